import browser from 'webextension-polyfill';
import { render } from 'preact';
import { t } from '../shared/i18n';
import { App } from './App';

// Thin entry: localise the document, then mount the app.
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('popupTitle');
const root = document.getElementById('app');
if (root) render(<App />, root);
