import { useEffect, useState } from 'preact/hooks';
import type { AboutInfo, ActiveTabStatus } from '../shared/messages';
import { t } from '../shared/i18n';
import { sendFromPage } from '../shared/send';
import { PortalStatusLine } from './PortalStatusLine';

type State =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly about: AboutInfo; readonly tab: ActiveTabStatus }
  | { readonly kind: 'failed' };

export function App() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    Promise.all([sendFromPage('page/about', null), sendFromPage('page/active-tab', null)]).then(
      ([about, tab]) => {
        setState({ kind: 'ready', about, tab });
      },
      () => {
        setState({ kind: 'failed' });
      },
    );
  }, []);

  return (
    <>
      <h1>{t('popupTitle')}</h1>
      {state.kind === 'failed' && <p role="alert">{t('popupLoadFailed')}</p>}
      {state.kind === 'ready' && (
        <>
          <PortalStatusLine tab={state.tab} />
          <p class="version">{t('popupVersion', state.about.version)}</p>
        </>
      )}
    </>
  );
}
