import { t } from '../../shared/i18n';
import { onTrusted } from './prompt-host';
import { promptStyle } from './prompt-style';

/**
 * A short notice from the extension in the bottom corner of the page (the top one holds most
 * portals' user menus, where the user goes next), for news that has no element to
 * sit beside (the set-up was saved and the portal reloaded). Closed shadow root, pinned look
 * (DESIGN 4.4); announced as a status; one at a time; gone on "Close" or after a while.
 */

const SHOWN_FOR_MS = 60_000;

let shown: HTMLElement | null = null;

export function showPageNotice(text: string): void {
  shown?.remove();
  const host = document.createElement('div');
  host.setAttribute(
    'style',
    [
      'all: initial',
      'position: fixed',
      'bottom: 16px',
      'right: 16px',
      'z-index: 2147483647',
      'display: block',
      'max-width: 380px',
      'opacity: 1',
      'visibility: visible',
      'transform: none',
      'pointer-events: auto',
    ]
      .map((rule) => `${rule} !important`)
      .join('; '),
  );
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = `${promptStyle}\n:host { margin: 0; }`;
  const panel = document.createElement('section');
  panel.className = 'prompt';
  panel.setAttribute('role', 'status');
  panel.setAttribute('aria-label', t('pageNoticeLabel'));
  const message = document.createElement('p');
  message.textContent = text;
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = t('promptClose');
  const buttons = document.createElement('div');
  buttons.className = 'buttons';
  buttons.append(close);
  panel.append(message, buttons);
  root.append(style, panel);
  onTrusted(host, close, 'click', () => {
    host.remove();
  });
  document.documentElement.append(host);
  shown = host;
  setTimeout(() => {
    host.remove();
  }, SHOWN_FOR_MS);
}
