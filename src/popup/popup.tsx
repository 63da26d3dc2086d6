import browser from 'webextension-polyfill';
import { render } from 'preact';
import { t } from '../shared/i18n';
import { answerOfSent } from '../shared/send';
import { App } from './App';
import { sendFirstRequests } from './first-requests';
import type { OpeningOverviews } from './hooks/use-overview';
import { FIRST_ROWS } from './list/first-rows';
import { readLocalOverview } from './local-overview';
import { applyTheme, cachedTheme } from './hooks/use-theme';

// Thin entry. The overview decides the first view, and the first code must show fast: the
// first rows were asked for before this script loaded (early.ts). When the vault is unlocked,
// the popup also reads it itself meanwhile: whichever comes first shows, so the first codes
// need not wait for the worker to wake.
performance.mark('popup:script-start'); // for `npm run bench`: how much is page load
const requests = (window.popupFirstRequests ??= sendFirstRequests());
const answered = new AbortController();
const opening: OpeningOverviews = {
  firstRows: answerOfSent(requests.firstRows),
  local: readLocalOverview(FIRST_ROWS, answered.signal),
};
opening.firstRows
  .catch(() => undefined)
  .finally(() => {
    answered.abort();
  });
document.documentElement.lang = browser.i18n.getUILanguage();
applyTheme(cachedTheme());
document.title = t('popupTitle');
const root = document.getElementById('app');
if (root) render(<App opening={opening} />, root);
