import { nextAfterRefusal, type FillVerdict } from '../../../core/fill-policy';
import { periodOf, stepEnd } from '../../../core/otp';
import type { RefusedCode } from '../../../shared/model/fill';
import type { ContentScriptSender } from '../../sender';
import { noteRefused } from './sign-in-outcomes';

/**
 * The portal refused the code filled last on this tab: counted, and what to fill next
 * (core/fill-policy.ts): a key on standby at once, the account's own next code only when its
 * next period begins, since a portal refuses a code it has seen (replay) however often asked.
 */
export function refusalSeen(
  sender: ContentScriptSender,
  verdict: FillVerdict,
  now = Date.now(),
): RefusedCode | null {
  const refused = noteRefused(sender.tabId, sender.origin, now);
  if (!refused) return null;
  const next = nextAfterRefusal(verdict, refused.id, refused.refusals);
  if (!next) return null;
  const period = periodOf(next.entry.params);
  const from =
    next.samePeriod || period === null ? now : Math.max(now, stepEnd(period, refused.filledAt));
  return { nextId: next.entry.id, from, refusals: refused.refusals };
}
