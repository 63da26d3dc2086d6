import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { offerableSite, sitesChanged } from '../logic/pending-sites';
import { siteName } from '../logic/site-name';
import { AllowSite } from './AllowSite';

interface AccountSitesProps {
  /** "{issuer} {account}", named in the confirmation. */
  readonly accountName: string;
  /** The sites stored for the account. */
  readonly stored: readonly string[];
  /** The sites as the form will save them. */
  readonly sites: readonly string[];
  /** The active tab's site if an account may be allowed there (the worker's judgement). */
  readonly allowable: string | null;
  readonly onRemove: (origin: string) => void;
  readonly onAllow: (origin: string) => void;
}

/** Where to put the focus once the list changed: the removed site's place, or a new site. */
type FocusAfter = { readonly index: number } | { readonly origin: string };

/**
 * The sites where the account's codes are filled, in the edit form: remove one, or allow the
 * active tab's after a confirmation. Nothing is stored before the form's Save.
 */
export function AccountSites(props: AccountSitesProps) {
  const { sites, allowable } = props;
  const list = useRef<HTMLDivElement>(null);
  const focusAfter = useRef<FocusAfter | null>(null);
  const offer = offerableSite(sites, allowable);

  // A removed site's button is gone: the next one (or the previous, or the section) takes the
  // focus. A site just allowed: its own Remove button, where the confirmation was.
  useLayoutEffect(() => {
    const target = focusAfter.current;
    const root = list.current;
    focusAfter.current = null;
    if (target === null || root === null) return;
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('button[data-site]')];
    const found =
      'origin' in target
        ? buttons.find((button) => button.dataset.site === target.origin)
        : (buttons[Math.min(target.index, buttons.length - 1)] ??
          root.querySelector<HTMLElement>('.allow-site'));
    (found ?? root).focus();
  }, [sites]);

  return (
    <fieldset class="sites">
      <legend>{t('popupSitesHeading')}</legend>
      <div ref={list} tabIndex={-1}>
        {sites.length === 0 ? (
          <p class="hint">{t('popupSitesNone')}</p>
        ) : (
          <ul>
            {sites.map((origin, index) => (
              <li key={origin}>
                <span class="site-name">{siteName(origin)}</span>
                <button
                  type="button"
                  class="remove-site"
                  data-site={origin}
                  aria-label={t('popupSiteRemove', siteName(origin))}
                  onClick={() => {
                    focusAfter.current = { index };
                    props.onRemove(origin);
                  }}
                >
                  {t('popupSiteRemoveShort')}
                </button>
              </li>
            ))}
          </ul>
        )}
        {offer !== null && (
          <AllowSite
            key={offer}
            accountName={props.accountName}
            origin={offer}
            onAllow={(origin) => {
              focusAfter.current = { origin };
              props.onAllow(origin);
            }}
          />
        )}
        {sitesChanged(props.stored, sites) && <p class="hint">{t('popupSiteChangesOnSave')}</p>}
      </div>
    </fieldset>
  );
}
