import type { OtpParameters } from '../otp-types';
import { otpauthError } from './errors';
import { hasLoneSurrogate, splitLabel } from './label';
import { MAX_NAME_LENGTH, MAX_URI_LENGTH } from './limits';
import { sortParameters, type KnownParameterName } from './parameters';
import { parseQuery, percentDecode } from './query';
import { readParameters } from './read-parameters';
import type { OtpauthWarning, ParsedOtpauth } from './types';

/**
 * `otpauth://TYPE/LABEL?PARAMETERS` (Key URI Format) into an account, strictly: every
 * failure is an OtpauthError. Checks run in the order the URI reads: scheme, type, label,
 * parameters; then the names the label and the issuer parameter give.
 */
export function parseOtpauthUri(uri: string): ParsedOtpauth {
  const { type, rawLabel, query } = splitUri(uri);
  const label = percentDecode(rawLabel);
  if (label.trim() === '') throw otpauthError('empty-label');
  const { known, extras, warnings } = sortParameters(parseQuery(query));
  const params = readParameters(type, known);
  const trimmedIssuer = known.issuer?.trim();
  const parameterIssuer = trimmedIssuer === '' ? undefined : trimmedIssuer;
  const { labelIssuer, account } = splitLabel(label, parameterIssuer);
  if (account === '') throw otpauthError('empty-label');
  const issuer = parameterIssuer ?? labelIssuer ?? '';
  if ([issuer, labelIssuer ?? '', account].some((name) => name.length > MAX_NAME_LENGTH)) {
    throw otpauthError(
      'oversized',
      `The issuer or account name is too long (at most ${MAX_NAME_LENGTH} characters).`,
    );
  }
  return {
    account: { issuer, account, params },
    extraParameters: extras,
    warnings: [
      ...warnings,
      ...ignoredParameters(params, known),
      ...nameWarnings(params, issuer, labelIssuer),
    ],
  };
}

interface UriParts {
  readonly type: string;
  readonly rawLabel: string;
  readonly query: string;
}

const schemePattern = /^([a-z][a-z0-9+.-]*):/i;

function splitUri(uri: string): UriParts {
  // Typed callers always pass a string; messages from other contexts may not.
  if (typeof uri !== 'string') throw otpauthError('not-a-uri');
  if (uri.length > MAX_URI_LENGTH) throw otpauthError('oversized');
  // QR decoders and clipboards add line breaks and spaces at the ends.
  const text = uri.trim();
  const scheme = schemePattern.exec(text)?.[1]?.toLowerCase();
  if (scheme === undefined || hasLoneSurrogate(text)) throw otpauthError('not-a-uri');
  if (scheme === 'otpauth-migration') throw otpauthError('migration-uri');
  if (scheme === 'http' || scheme === 'https') {
    throw otpauthError('wrong-scheme', 'This QR code is a web link, not a two-factor setup code.');
  }
  if (scheme !== 'otpauth') throw otpauthError('wrong-scheme');
  const rest = text.slice('otpauth:'.length);
  if (!rest.startsWith('//')) throw otpauthError('not-a-uri');
  // No generator writes a fragment; a raw '#' means text we would otherwise silently drop.
  if (rest.includes('#')) throw otpauthError('unexpected-fragment');
  const questionMark = rest.indexOf('?');
  const path = questionMark === -1 ? rest.slice(2) : rest.slice(2, questionMark);
  const query = questionMark === -1 ? '' : rest.slice(questionMark + 1);
  const slash = path.indexOf('/');
  const type = (slash === -1 ? path : path.slice(0, slash)).toLowerCase();
  if (type !== 'totp' && type !== 'hotp' && type !== 'steam') throw otpauthError('unknown-type');
  return { type, rawLabel: slash === -1 ? '' : path.slice(slash + 1), query };
}

/** Settings that were valid but mean nothing for the type, so nothing keeps them. */
function ignoredParameters(
  params: OtpParameters,
  known: Partial<Record<KnownParameterName, string>>,
): OtpauthWarning[] {
  const ignored: KnownParameterName[] =
    params.type === 'totp' ? ['counter'] : params.type === 'hotp' ? ['period'] : ['counter'];
  return ignored
    .filter((name) => known[name] !== undefined)
    .map((name) => ({
      code: 'ignored-parameter',
      parameter: name,
      message: `The setup code's "${name}" setting means nothing for this kind of code and was ignored.`,
    }));
}

function nameWarnings(
  params: OtpParameters,
  issuer: string,
  labelIssuer: string | undefined,
): OtpauthWarning[] {
  const warnings: OtpauthWarning[] = [];
  // Case-only differences ("github" vs "GitHub") are cosmetic, not worth a warning.
  if (labelIssuer !== undefined && labelIssuer.toLowerCase() !== issuer.toLowerCase()) {
    warnings.push({
      code: 'issuer-mismatch',
      labelIssuer,
      parameterIssuer: issuer,
      message:
        'The setup code names two different issuers; the one in its issuer setting was used.',
    });
  }
  if (params.type === 'totp' && issuer.toLowerCase() === 'steam') {
    warnings.push({
      code: 'possibly-steam',
      message: 'This looks like a Steam Guard account: Steam expects 5-character Steam codes.',
    });
  }
  return warnings;
}
