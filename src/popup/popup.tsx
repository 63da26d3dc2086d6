import browser from 'webextension-polyfill';
import { render } from 'preact';
import { t } from '../shared/i18n';
import { sendFromPage } from '../shared/send';
import { App } from './App';
import { FIRST_ROWS } from './list/AccountList';
import { readLocalOverview } from './local-overview';
import { applyTheme, cachedTheme } from './hooks/use-theme';

// Thin entry. The overview is asked for before anything renders: it decides the first view,
// and the first code must show fast, so only the first rows' codes are asked for (the rest
// follow). When the vault is unlocked, the popup also reads it itself meanwhile: whichever
// comes first shows, so the first codes need not wait for the worker to wake.
performance.mark('popup:script-start'); // for `npm run bench`: how much is page load
const answered = new AbortController();
const localOverview = readLocalOverview(FIRST_ROWS, answered.signal);
const firstOverview = sendFromPage('vault/overview', { firstCodes: FIRST_ROWS });
// Handled in App once it mounts; this only keeps an early failure from being reported as unhandled.
firstOverview
  .catch(() => undefined)
  .finally(() => {
    answered.abort();
  });
document.documentElement.lang = browser.i18n.getUILanguage();
applyTheme(cachedTheme());
document.title = t('popupTitle');
const root = document.getElementById('app');
if (root) render(<App firstOverview={firstOverview} localOverview={localOverview} />, root);
