import type { ExtraParameter, OtpauthWarning } from './types';
import { otpauthError } from './errors';

/**
 * Sorts the query into the settings the Key URI Format defines and the rest. Known names are
 * matched case-insensitively (some generators upper-case the whole URI so that the QR code
 * can use its compact alphanumeric mode); unknown ones are kept as written, in order.
 *
 * A known setting given twice: the same value twice is harmless and only warned about;
 * different values are refused. First-wins would let one QR code show one issuer or secret to
 * a human-readable preview and another to whatever reads the last value.
 */
export const knownParameterNames = [
  'secret',
  'issuer',
  'algorithm',
  'digits',
  'period',
  'counter',
  // KeePassXC and KeeWeb mark Steam accounts with `encoder=steam` on a totp URI.
  'encoder',
] as const;
export type KnownParameterName = (typeof knownParameterNames)[number];

export const isKnownParameterName = (name: string): name is KnownParameterName =>
  (knownParameterNames as readonly string[]).includes(name);

export interface SortedParameters {
  readonly known: Partial<Record<KnownParameterName, string>>;
  readonly extras: readonly ExtraParameter[];
  readonly warnings: readonly OtpauthWarning[];
}

export function sortParameters(parameters: readonly ExtraParameter[]): SortedParameters {
  const known: Partial<Record<KnownParameterName, string>> = {};
  const extras: ExtraParameter[] = [];
  const warnings: OtpauthWarning[] = [];
  for (const { name, value } of parameters) {
    const lowerName = name.toLowerCase();
    if (!isKnownParameterName(lowerName)) {
      if (name === '') {
        warnings.push({
          code: 'ignored-parameter',
          parameter: '',
          message: 'A setting without a name was ignored.',
        });
      } else {
        extras.push({ name, value });
      }
      continue;
    }
    const previous = known[lowerName];
    if (previous === undefined) {
      known[lowerName] = value;
    } else if (previous === value) {
      warnings.push({
        code: 'duplicate-parameter',
        parameter: lowerName,
        message: `The setup code gives "${lowerName}" twice; the repeat was ignored.`,
      });
    } else {
      throw otpauthError(
        'duplicate-parameter',
        `The setup code gives "${lowerName}" twice with different values.`,
      );
    }
  }
  return { known, extras, warnings };
}
