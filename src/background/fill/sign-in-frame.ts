import { RequestError } from '../router';
import type { ContentScriptSender } from '../sender';
import { siteProfileForUrl } from '../portals/profile-for-url';

/**
 * Who may ask for sign-in codes (issue 6, DESIGN 4.3): a content script (the router's map
 * already says so) in the top frame of a secure page (https or loopback) that is a portal
 * (a built-in site profile or one the user added). Decided from what the browser stamped on
 * the sender (sender.ts), never from the message body.
 */
export async function requireSignInFrame(sender: ContentScriptSender): Promise<void> {
  if (!sender.isTopFrame || !sender.isSecureContext || !(await siteProfileForUrl(sender.url))) {
    throw new RequestError('forbidden', 'Codes are filled only in the top frame of a portal.');
  }
}
