import type { FillVerdict } from '../../../core/fill-policy';
import type { SiteProfile } from '../../../sites/site-profile';
import { askingFrame, type ContentScriptSender } from '../../sender';
import { verdictFor } from '../fill-verdict';
import { fillContext } from '../tab-context';

/** The fill policy's verdict for a portal frame with what its tab told us (portalFrame's profile). */
export function signInVerdict(
  sender: ContentScriptSender,
  profile: SiteProfile,
): Promise<FillVerdict> {
  return verdictFor(askingFrame(sender), fillContext(sender.tabId, sender.origin, profile));
}
