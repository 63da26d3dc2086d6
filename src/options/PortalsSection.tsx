import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { PortalsOverview } from '../shared/model/portal';
import { t } from '../shared/i18n';
import { sendFromPage } from '../shared/send';
import { PortalsAddForm } from './PortalsAddForm';
import { PortalsBuiltIn } from './PortalsBuiltIn';
import { PortalsList, type PortalsNotice } from './PortalsList';
import { PortalsManaged } from './PortalsManaged';
import { usePolicyChanged } from '../shared/use-policy-changed';

/**
 * Options -> Portals: where the extension runs. Built-in site profiles are listed
 * read-only; the user's own portals can be added (with the browser's permission) and removed.
 */
export function PortalsSection() {
  const [overview, setOverview] = useState<PortalsOverview | null>(null);
  const [notice, setNotice] = useState<PortalsNotice | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);

  const load = useCallback(() => {
    sendFromPage('portals/list', null).then(setOverview, () => {
      setNotice({ ok: false, text: t('optionsPortalsLoadFailed') });
    });
  }, []);
  useEffect(load, [load]);
  // The organisation's list of portals may have changed.
  usePolicyChanged(load);

  const changed = (next: PortalsOverview, text: string, moveFocus: boolean) => {
    setOverview(next);
    setNotice({ ok: true, text });
    // The Remove button that had focus is gone: keep keyboard users at the list.
    if (moveFocus) listHeading.current?.focus();
  };

  return (
    <section aria-labelledby="portals-heading">
      <h2 id="portals-heading">{t('optionsPortalsHeading')}</h2>
      <p>{t('optionsPortalsIntro')}</p>
      {overview && (
        <>
          <PortalsBuiltIn builtIn={overview.builtIn} />
          <PortalsManaged
            managed={overview.managed}
            onChanged={(next, text) => {
              changed(next, text, false);
            }}
            onNotice={setNotice}
          />
          <h3 id="portals-mine-heading" ref={listHeading} tabIndex={-1}>
            {t('optionsPortalsMineHeading')}
          </h3>
          <PortalsList
            portals={overview.portals}
            onChanged={(next, text) => {
              changed(next, text, true);
            }}
            onNotice={setNotice}
          />
          <PortalsAddForm
            overview={overview}
            onAdded={(next, text) => {
              changed(next, text, false);
            }}
            onAttempt={() => {
              setNotice(null);
            }}
          />
        </>
      )}
      {notice && (
        <p role={notice.ok ? 'status' : 'alert'} class={notice.ok ? 'saved' : 'error'}>
          {notice.text}
        </p>
      )}
    </section>
  );
}
