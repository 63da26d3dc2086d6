import { damagedExport, MigrationError } from './errors';

/**
 * The `otpauth-migration://offline?data=...` envelope. The query is split by hand rather than
 * with URLSearchParams: that turns an unencoded `+` (common in real exports) into a space.
 */

/** Largest payload accepted: real exports hold about ten accounts in well under 1 KB. */
export const MAX_PAYLOAD_BYTES = 64 * 1024;
/** Base64 of the largest payload. */
const MAX_DATA_CHARS = Math.ceil(MAX_PAYLOAD_BYTES / 3) * 4;
/** The same, fully percent-encoded (three characters per character), plus room for the rest. */
const MAX_URI_CHARS = MAX_DATA_CHARS * 3 + 1024;

const PREFIX = /^otpauth-migration:\/\/offline\/?\?/i;
const SCHEME = /^otpauth-migration:/i;

/** The base64 text of the `data` parameter, percent-decoding undone. */
export function extractMigrationData(uri: string): string {
  const trimmed = uri.trim();
  const prefix = PREFIX.exec(trimmed);
  if (!prefix) {
    throw new MigrationError(
      'not-a-migration-uri',
      SCHEME.test(trimmed)
        ? 'This looks like a Google Authenticator export, but not one this app can read.'
        : 'This is not a Google Authenticator export (otpauth-migration://offline?data=...).',
    );
  }
  if (trimmed.length > MAX_URI_CHARS) throw tooLarge();
  const query = trimmed.slice(prefix[0].length).split('#', 1)[0] ?? '';
  const encoded = query
    .split('&')
    .find((parameter) => parameter.startsWith('data='))
    ?.slice('data='.length);
  if (encoded === undefined || encoded === '') {
    throw new MigrationError(
      'missing-data',
      'This Google Authenticator export QR code carries no accounts (its "data" part is missing). ' +
        'Export the accounts again from Google Authenticator.',
    );
  }
  const data = percentDecode(encoded);
  if (data.length > MAX_DATA_CHARS) throw tooLarge();
  return data;
}

/** GA's own form: `+`, `/` and `=` percent-encoded. */
export function buildMigrationUri(base64: string): string {
  return `otpauth-migration://offline?data=${encodeURIComponent(base64)}`;
}

export function tooLarge(): MigrationError {
  return new MigrationError(
    'too-large',
    'This Google Authenticator export is far larger than any real one, so it was not read.',
  );
}

function percentDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    // URIError: a lone `%` or an escape that is not UTF-8.
    throw damagedExport('invalid-base64', 'its data has a broken %-escape');
  }
}
