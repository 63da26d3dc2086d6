import type { FillVerdict } from '../../../core/fill-policy';
import type { SiteProfile } from '../../../sites/site-profile';
import { askingFrame, type ContentScriptSender } from '../../sender';
import { verdictFor } from '../fill-verdict';
import { loginNameFor } from './login-names';

/**
 * The fill policy's verdict for a portal frame with what its tab told us: the login name
 * typed there, and the portal's patterns (its other hosts). `profile` is portalFrame's.
 */
export function signInVerdict(
  sender: ContentScriptSender,
  profile: SiteProfile,
): Promise<FillVerdict> {
  return verdictFor(askingFrame(sender), {
    loginName: loginNameFor(sender.tabId, sender.origin),
    portalMatches: profile.matches,
  });
}
