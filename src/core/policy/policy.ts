import { isSecureOrigin, originOf } from '../origin';
import { normalisePortalAddress } from '../portals/portal-address';

/**
 * An organisation's managed policy (`storage.managed`): what administrators may preset or
 * lock. Chromium checks values against public/managed_schema.json and drops what does not
 * fit; Firefox checks nothing, so every key is validated here, on its own: one bad value is
 * ignored and named, the rest still apply. Pure, so the pages and the worker read it alike.
 */

export type Locale = 'en' | 'fr';

export interface Policy {
  /** Portal match patterns (normalised as Options -> Portals does). */
  readonly portals: readonly string[];
  /** The auto-lock time, fixed: users cannot change it. */
  readonly autoLockMinutes: number | null;
  /** The longest auto-lock time users may choose; "only when the browser closes" is not offered. */
  readonly maxAutoLockMinutes: number | null;
  /** Automatic fill at sign-in, on or off; null: the user's choice. */
  readonly fillOnSignIn: boolean | null;
  /** With `fillOnSignIn`: users may change it (the organisation's value is then a default). */
  readonly fillOnSignInUserMayChange: boolean;
  /** Seconds before a copied code is cleared, fixed; 0: never. */
  readonly clipboardClearSeconds: number | null;
  /** Origins where the form is submitted after a fill, besides the user's own. */
  readonly submitAfterFillOrigins: readonly string[];
  readonly disablePlainExports: boolean;
  readonly disableSync: boolean;
  /** The organisation's own words appended to the Insights notice, per language. */
  readonly insightsNoticeText: Readonly<Partial<Record<Locale, string>>> | null;
}

export const noPolicy: Policy = {
  portals: [],
  autoLockMinutes: null,
  maxAutoLockMinutes: null,
  fillOnSignIn: null,
  fillOnSignInUserMayChange: false,
  clipboardClearSeconds: null,
  submitAfterFillOrigins: [],
  disablePlainExports: false,
  disableSync: false,
  insightsNoticeText: null,
};

export type PolicyKey = keyof Policy;

export interface ReadPolicy {
  readonly policy: Policy;
  /** Keys whose value this version could not use (unknown keys are not listed: a newer version's). */
  readonly ignored: readonly PolicyKey[];
}

export const POLICY_LIMITS = {
  portals: 64,
  origins: 256,
  noticeChars: 600,
  maxMinutes: 24 * 60,
  maxClearSeconds: 600,
} as const;

type Reader<Value> = (value: unknown) => Value | undefined;

const minutes: Reader<number> = (value) =>
  Number.isInteger(value) && (value as number) >= 1 && (value as number) <= POLICY_LIMITS.maxMinutes
    ? (value as number)
    : undefined;

const flag: Reader<boolean> = (value) => (typeof value === 'boolean' ? value : undefined);

const clearSeconds: Reader<number> = (value) =>
  Number.isInteger(value) &&
  (value as number) >= 0 &&
  (value as number) <= POLICY_LIMITS.maxClearSeconds
    ? (value as number)
    : undefined;

function list<Item>(value: unknown, max: number, item: Reader<Item>): Item[] | undefined {
  if (!Array.isArray(value) || value.length > max) return undefined;
  const items: Item[] = [];
  for (const entry of value as unknown[]) {
    const read = item(entry);
    if (read === undefined) return undefined;
    if (!items.includes(read)) items.push(read);
  }
  return items;
}

const portal: Reader<string> = (value) => {
  if (typeof value !== 'string') return undefined;
  const normalised = normalisePortalAddress(value);
  return normalised.ok ? normalised.pattern : undefined;
};

/** An origin as written (`https://portal.example.com`, a trailing slash tolerated); secure only. */
const secureOrigin: Reader<string> = (value) => {
  if (typeof value !== 'string') return undefined;
  const origin = originOf(value.trim());
  return origin !== null && isSecureOrigin(origin) && value.trim().replace(/\/$/, '') === origin
    ? origin
    : undefined;
};

const noticeText: Reader<Readonly<Partial<Record<Locale, string>>>> = (value) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const text: Partial<Record<Locale, string>> = {};
  for (const [language, words] of Object.entries(value as Record<string, unknown>)) {
    if (language !== 'en' && language !== 'fr') continue; // a language we do not show
    if (typeof words !== 'string' || words.length > POLICY_LIMITS.noticeChars) return undefined;
    if (words.trim() !== '') text[language] = words.trim();
  }
  return Object.keys(text).length > 0 ? text : undefined;
};

const readers: { readonly [Key in PolicyKey]: Reader<Policy[Key]> } = {
  portals: (value) => list(value, POLICY_LIMITS.portals, portal),
  autoLockMinutes: minutes,
  maxAutoLockMinutes: minutes,
  fillOnSignIn: flag,
  fillOnSignInUserMayChange: flag,
  clipboardClearSeconds: clearSeconds,
  submitAfterFillOrigins: (value) => list(value, POLICY_LIMITS.origins, secureOrigin),
  disablePlainExports: flag,
  disableSync: flag,
  insightsNoticeText: noticeText,
};

export const POLICY_KEYS = Object.keys(readers) as readonly PolicyKey[];

/** Whatever `storage.managed.get()` gave (or failed to give), as a policy. */
export function readPolicy(raw: unknown): ReadPolicy {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { policy: noPolicy, ignored: [] };
  }
  const values = raw as Record<string, unknown>;
  const policy: Record<string, unknown> = { ...noPolicy };
  const ignored: PolicyKey[] = [];
  for (const key of POLICY_KEYS) {
    if (!(key in values) || values[key] === undefined || values[key] === null) continue;
    const read = readers[key](values[key]);
    if (read === undefined) ignored.push(key);
    else policy[key] = read;
  }
  return { policy: policy as unknown as Policy, ignored };
}

/** Whether any key is set: Options then says some settings come from the organisation. */
export function isManaged(policy: Policy): boolean {
  return POLICY_KEYS.some((key) => JSON.stringify(policy[key]) !== JSON.stringify(noPolicy[key]));
}

/** The organisation's words for the Insights notice in both languages, or null. */
export function organisationNotice(policy: Policy): Readonly<Record<Locale, string>> | null {
  const en = noticeTextFor(policy, 'en');
  const fr = noticeTextFor(policy, 'fr');
  return en === null || fr === null ? null : { en, fr };
}

/** The organisation's words in the UI's language, else in the other one. */
export function noticeTextFor(policy: Policy, locale: Locale): string | null {
  const text = policy.insightsNoticeText;
  if (!text) return null;
  return text[locale] ?? text.en ?? text.fr ?? null;
}
