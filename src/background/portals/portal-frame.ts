import type { SiteProfile } from '../../sites/site-profile';
import { RequestError } from '../router';
import type { ContentScriptSender } from '../sender';
import { siteProfileForUrl } from './profile-for-url';

/**
 * Who may use the in-page features, capture and sign-in fill (DESIGN 4.3): a content script
 * (the router's map already says so) in the top frame of a secure page (https or loopback)
 * that is a portal (a built-in site profile or one the user added), whatever the manifest's
 * `all_frames` says. Decided from what the browser stamped (sender.ts), never from the body.
 */
export async function portalFrame(sender: ContentScriptSender): Promise<SiteProfile> {
  const profile = await siteProfileForUrl(sender.url);
  if (!profile || !sender.isTopFrame || !sender.isSecureContext) {
    throw new RequestError('forbidden', 'Not the top frame of a portal page.');
  }
  return profile;
}
