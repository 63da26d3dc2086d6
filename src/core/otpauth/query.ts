import type { ExtraParameter } from './types';
import { otpauthError } from './errors';

/**
 * The query of an otpauth URI as an ordered list of decoded name/value pairs. Decoding is the
 * form decoding of HTML (`+` is a space, then percent escapes): Android's Google
 * Authenticator reads parameters that way and PHP's http_build_query writes them that way.
 */

/** Percent-decodes, mapping a damaged escape (or invalid UTF-8 inside one) to `bad-escape`. */
export function percentDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw otpauthError('bad-escape');
  }
}

export function parseQuery(query: string): ExtraParameter[] {
  const parameters: ExtraParameter[] = [];
  for (const piece of query.split('&')) {
    // `a=1&&b=2` and a trailing `&` are common in hand-built URIs: empty pieces mean nothing.
    if (piece === '') continue;
    const equals = piece.indexOf('=');
    const [rawName, rawValue] =
      equals === -1 ? [piece, ''] : [piece.slice(0, equals), piece.slice(equals + 1)];
    parameters.push({
      name: percentDecode(rawName.replaceAll('+', ' ')),
      value: percentDecode(rawValue.replaceAll('+', ' ')),
    });
  }
  return parameters;
}

/** The inverse for one pair; encodeURIComponent leaves only unreserved characters bare. */
export function encodeParameter(name: string, value: string): string {
  return `${encodeURIComponent(name)}=${encodeURIComponent(value)}`;
}
