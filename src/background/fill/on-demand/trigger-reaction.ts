import type { MessageKey } from '../../../shared/i18n';
import { accountLabel } from '../../../shared/account-label';
import type { FillAttempt } from './fill-on-tab';

/**
 * What the keyboard command and the context menu do after a fill attempt: they
 * have no window to talk in. The popup opens where the user must act (unlock, or choose one
 * of several accounts); a problem shows briefly as a badge on the toolbar button, its reason
 * in the button's tooltip; a fill needs nothing more. Pure.
 */
export type TriggerReaction =
  | { readonly kind: 'none' }
  | { readonly kind: 'open-popup' }
  | { readonly kind: 'badge'; readonly reason: MessageKey; readonly substitutions: string[] };

export type TriggerAttempt = FillAttempt | { readonly status: 'subframe' };

export function reactionTo(attempt: TriggerAttempt): TriggerReaction {
  switch (attempt.status) {
    case 'filled':
      return { kind: 'none' };
    case 'locked':
    case 'choose':
      return { kind: 'open-popup' };
    case 'no-account':
      return badge('popupFillNoAccount', attempt.origin);
    case 'hotp-only':
      return badge('fillHotpOnly', attempt.origin);
    case 'lookalike':
      return badge('popupFillLookalike', attempt.origin, attempt.boundOrigin);
    case 'other-host':
      return badge('fillOtherHost', accountLabel(attempt.account), attempt.origin);
    case 'insecure':
      return badge('popupFillInsecure');
    case 'no-field':
      return badge('popupFillNoField');
    case 'refused':
      return badge('popupFillRefused');
    case 'subframe':
      return badge('fillSubframe');
    case 'unavailable':
      return badge('popupFillUnavailable');
  }
}

/** When the popup cannot be opened (older browsers): say where to click instead. */
export const popupFallback: TriggerReaction = {
  kind: 'badge',
  reason: 'fillOpenPopup',
  substitutions: [],
};

function badge(reason: MessageKey, ...substitutions: string[]): TriggerReaction {
  return { kind: 'badge', reason, substitutions };
}
