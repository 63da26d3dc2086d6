import browser from 'webextension-polyfill';
import { render } from 'preact';
import { t } from '../shared/i18n';
import { sendFromPage } from '../shared/send';
import { App } from './App';
import { applyTheme, cachedTheme } from './hooks/use-theme';

// Thin entry. The overview is asked for before anything renders: it decides the first view,
// and the first code must show fast.
performance.mark('popup:script-start'); // for `npm run bench`: how much is page load
const firstOverview = sendFromPage('vault/overview', null);
// Handled in App once it mounts; this only keeps an early failure from being reported as unhandled.
firstOverview.catch(() => undefined);
document.documentElement.lang = browser.i18n.getUILanguage();
applyTheme(cachedTheme());
document.title = t('popupTitle');
const root = document.getElementById('app');
if (root) render(<App firstOverview={firstOverview} />, root);
