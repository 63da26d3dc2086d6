import type { ClassifiedSender } from './sender';

/**
 * What pushes auto-lock back (DESIGN 4.2): the user acting in the extension's own pages,
 * never a content script. A page decides when its content script talks (a QR code redrawn
 * every few seconds, a code step that keeps coming back), so nothing a content script sends,
 * `capture/save` and `fill/code` included, may keep the vault open. The sender's class is the
 * one sender.ts decided, never the message's name.
 *
 * Among the extension's pages: unlocking and acting on accounts, "Fill code on this page"
 * included. Not the popup's periodic code refresh (`vault/overview`), or a popup
 * left open in a tab would never lock.
 */
export function countsAsActivity(sender: ClassifiedSender, type: string): boolean {
  if (sender.kind !== 'extension-page') return false;
  return (
    (type.startsWith('vault/') && type !== 'vault/overview' && type !== 'vault/lock') ||
    type === 'clipboard/copied' ||
    type === 'fill/active-tab'
  );
}
