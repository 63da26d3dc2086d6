import { t } from '../../shared/i18n';
import { createPromptHost, onTrusted } from './prompt-host';

/**
 * A short notice from the extension in the bottom corner of the page (the top one holds most
 * portals' user menus, where the user goes next), for news that has no element to sit beside
 * (the set-up was saved and the portal reloaded). The prompt's closed root and pinned look
 * (DESIGN 4.4), pinned to the viewport; announced as a status; one at a time; gone on
 * "Close" or after a while.
 */

const SHOWN_FOR_MS = 60_000;

let shown: (() => void) | null = null;

export function showPageNotice(text: string): void {
  shown?.();
  const prompt = createPromptHost(document.body, { margin: '0' });
  const place = { position: 'fixed', bottom: '16px', right: '16px', 'z-index': '2147483647' };
  for (const [name, value] of Object.entries(place)) {
    prompt.host.style.setProperty(name, value, 'important');
  }
  prompt.panel.setAttribute('role', 'status');
  prompt.panel.setAttribute('aria-label', t('pageNoticeLabel'));
  const message = document.createElement('p');
  message.textContent = text;
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = t('promptClose');
  const remove = () => {
    prompt.remove();
  };
  onTrusted(prompt.host, close, 'click', remove);
  prompt.panel.append(message, close);
  shown = remove;
  setTimeout(remove, SHOWN_FOR_MS);
}
