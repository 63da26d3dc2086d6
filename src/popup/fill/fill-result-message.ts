import type { MessageKey } from '../../shared/i18n';
import type { FillOnPageResult } from '../../shared/model/fill';
import { accountLabel } from '../../shared/account-label';

export interface FillMessage {
  readonly key: MessageKey;
  readonly substitutions: readonly string[];
  /** 'done': a confirmation; 'warning': a look-alike site (DESIGN 4.3); 'problem': the rest. */
  readonly tone: 'done' | 'warning' | 'problem';
}

/**
 * What "Fill code on this page" says, one specific sentence per outcome; null while
 * the user is to choose among several accounts (the choice buttons say it). Pure.
 */
export function fillResultMessage(result: FillOnPageResult): FillMessage | null {
  switch (result.status) {
    case 'filled':
      return message(result.copied ? 'popupFilledCopied' : 'popupFilled', 'done');
    case 'choose':
      return null;
    case 'no-account':
      return message('popupFillNoAccount', 'problem', result.origin);
    case 'hotp-only':
      return message('fillHotpOnly', 'problem', result.origin);
    case 'lookalike':
      return message('popupFillLookalike', 'warning', result.origin, result.boundOrigin);
    case 'other-host':
      return message('fillOtherHost', 'problem', accountLabel(result.account), result.origin);
    case 'insecure':
      return message('popupFillInsecure', 'problem');
    case 'no-field':
      return message('popupFillNoField', 'problem');
    case 'refused':
      return message('popupFillRefused', 'problem');
    case 'unavailable':
      return message('popupFillUnavailable', 'problem');
  }
}

function message(key: MessageKey, tone: FillMessage['tone'], ...substitutions: string[]) {
  return { key, substitutions, tone };
}
