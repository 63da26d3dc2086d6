import { isPassphraseLongEnough } from '../../core/passphrase';

/**
 * A live strength hint for the first-run passphrase. Deliberately small: an entropy
 * estimate from length and character classes, with runs, sequences, keyboard rows and a short
 * list of the most common passwords counted as (almost) free. The background enforces only the
 * minimum length (core/passphrase.ts, asked here too); this is advice, not a gate.
 */

export type StrengthLevel = 'too-short' | 'weak' | 'fair' | 'good' | 'strong';

export interface Strength {
  readonly level: StrengthLevel;
  /** Estimated bits of entropy, rounded down. */
  readonly bits: number;
}

// The most used passwords and their stems; a dictionary attack tries them first.
const COMMON = [
  'password',
  'passw0rd',
  'motdepasse',
  'qwerty',
  'azerty',
  'letmein',
  'welcome',
  'bienvenue',
  'admin',
  'iloveyou',
  'monkey',
  'dragon',
  'sunshine',
  'princess',
  'football',
  'baseball',
  'hockey',
  'master',
  'shadow',
  'superman',
  'trustno1',
  'secret',
  'sonar',
  'net2phone',
  'canada',
  'montreal',
  'toronto',
];

const KEYBOARD_ROWS = [
  'qwertyuiop',
  'asdfghjkl',
  'zxcvbnm',
  'azertyuiop',
  'qsdfghjklm',
  '1234567890',
];

/** What a repeated or predictable character is worth, in characters of the pool. */
const PREDICTABLE_WEIGHT = 0.25;

export function estimateStrength(passphrase: string): Strength {
  const bits = Math.floor(effectiveLength(passphrase) * Math.log2(poolSize(passphrase) || 1));
  if (!isPassphraseLongEnough(passphrase)) return { level: 'too-short', bits };
  return { level: levelFor(bits), bits };
}

function levelFor(bits: number): StrengthLevel {
  if (bits < 50) return 'weak';
  if (bits < 65) return 'fair';
  if (bits < 80) return 'good';
  return 'strong';
}

function poolSize(text: string): number {
  let size = 0;
  if (/[a-z]/.test(text)) size += 26;
  if (/[A-Z]/.test(text)) size += 26;
  if (/\d/.test(text)) size += 10;
  if (/[ -/:-@[-`{-~]/.test(text)) size += 33;
  if (/[^\x20-\x7e]/.test(text)) size += 100;
  return size;
}

/** Characters that add entropy: a common password counts as one, predictable ones as a quarter. */
function effectiveLength(passphrase: string): number {
  const lower = passphrase.toLowerCase();
  // UTF-16 offsets covered by a common word (the words are ASCII, so offsets suffice).
  const covered = new Set<number>();
  let length = 0;
  for (const word of COMMON) {
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length)) {
      for (let offset = at; offset < at + word.length; offset++) covered.add(offset);
      length += 1;
    }
  }
  let offset = 0;
  let previous: string | undefined;
  for (const character of lower) {
    if (!covered.has(offset)) length += isPredictable(previous, character) ? PREDICTABLE_WEIGHT : 1;
    previous = character;
    offset += character.length;
  }
  return length;
}

/** The same as the previous character, or one step along the alphabet, digits or a keyboard row. */
function isPredictable(previous: string | undefined, current: string): boolean {
  if (previous === undefined) return false;
  if (previous === current) return true;
  const step = (current.codePointAt(0) ?? 0) - (previous.codePointAt(0) ?? 0);
  if (Math.abs(step) === 1 && /[a-z0-9]/.test(current)) return true;
  const pair = previous + current;
  const reversed = current + previous;
  return KEYBOARD_ROWS.some((row) => row.includes(pair) || row.includes(reversed));
}
