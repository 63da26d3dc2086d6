import { render } from 'preact';
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import { sendFromPage } from '../shared/send';
import { applyTheme } from '../options/theme';
import { MoveToPhoneApp } from './MoveToPhoneApp';

// Thin entry: localise the document, follow the chosen theme, mount the page.
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('exportMoveToPhone');
sendFromPage('settings/get', null).then(
  (settings) => {
    applyTheme(settings.theme);
  },
  () => undefined,
);
const root = document.getElementById('app');
if (root) render(<MoveToPhoneApp />, root);
