import { unusableQrKey } from '../../../shared/error-text';
import type { MessageKey } from '../../../shared/i18n';
import type { ImportFound } from '../../../shared/model/imports';

export type NothingFound = Exclude<ImportFound, { status: 'accounts' }>;

export interface LocalText {
  readonly key: MessageKey;
  readonly substitutions: readonly string[];
  /** A sentence of its own, said in the UI language, that takes the key's last placeholder. */
  readonly detail?: MessageKey;
}

const unscannable: Readonly<
  Record<Extract<NothingFound, { status: 'unscannable' }>['reason'], MessageKey>
> = {
  'not-web': 'popupUnscannableNotWeb',
  'web-store': 'popupUnscannableWebStore',
  'file-access': 'popupUnscannableFileAccess',
  'no-access': 'popupUnscannableNoAccess',
  'tab-changed': 'popupUnscannableTabChanged',
};

/**
 * Why a scan or an image gave nothing to save, as a specific sentence ("clear,
 * specific errors"): no code, a code of something else, a damaged one, a page the browser
 * keeps extensions out of.
 */
export function foundMessage(found: NothingFound, source: 'page' | 'image'): LocalText {
  switch (found.status) {
    case 'no-code':
      return text(source === 'page' ? 'popupNoCodeOnPage' : 'popupNoCodeInImage');
    case 'not-authenticator':
      return text('popupNotAuthenticator');
    case 'unusable':
      return { key: 'popupQrUnusable', substitutions: [], detail: unusableQrKey(found.reason) };
    case 'unscannable':
      return text(unscannable[found.reason]);
  }
}

function text(key: MessageKey, ...substitutions: string[]): LocalText {
  return { key, substitutions };
}
