import { FormatError, type FormatErrorCode } from './types';

/**
 * One wording per file-level failure, so every importer says the same thing for the same
 * problem. `detail` names the part of the file at fault (structure, never content: no secret,
 * name or password ever goes in a message).
 */
const messages: Record<FormatErrorCode, string> = {
  'unknown-format': 'This file is not an export this extension can read.',
  'password-needed': 'This file is encrypted: enter its password.',
  'wrong-password': 'The password does not open this file.',
  'unknown-version':
    'This file was written by a version of the app that this extension does not read yet.',
  truncated: 'This file is damaged or cut short.',
  malformed: 'This file is damaged: its contents are not laid out the way this format is.',
  'unsupported-encryption': 'This file is encrypted in a way this extension cannot open.',
  'too-large': 'This file is too large to import.',
  'no-accounts': 'This file holds no accounts.',
};

export function fileError(code: FormatErrorCode, detail?: string): FormatError {
  const message = messages[code];
  return new FormatError(
    code,
    detail === undefined ? message : `${message.replace(/\.$/, '')} (${detail}).`,
  );
}
