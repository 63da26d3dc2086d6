/**
 * What the stores require of a built manifest, as pure checks (no file system): the e2e store
 * test feeds them the built extension, the unit tier the locale files. Each returns the
 * problems found, in words; none means the rule holds.
 */

/** Character limits: the Chrome Web Store's for name and description; short_name's, Chrome's. */
export const MANIFEST_TEXT_LIMITS = { name: 75, short_name: 12, description: 132 } as const;

export type Messages = Record<string, { message: string }>;
/** Locale name -> its messages.json. */
export type Locales = Record<string, Messages>;

const MESSAGE = /^__MSG_(\w+)__$/;

/** A manifest string as one locale shows it; undefined when its message is missing. */
export function localized(value: string, messages: Messages): string | undefined {
  const key = MESSAGE.exec(value)?.[1];
  if (key === undefined) return value;
  // Message names are case-insensitive for the browser.
  const found = Object.entries(messages).find(([name]) => name.toLowerCase() === key.toLowerCase());
  return found?.[1].message;
}

/** Every `__MSG_x__` anywhere in the manifest resolves in every locale. */
export function unresolvedMessages(manifest: unknown, locales: Locales): string[] {
  const problems: string[] = [];
  for (const value of strings(manifest)) {
    for (const [locale, messages] of Object.entries(locales)) {
      if (localized(value, messages) === undefined) problems.push(`${value} missing in ${locale}`);
    }
  }
  return problems;
}

/** name, short_name and description within the stores' limits in every locale. */
export function textTooLong(manifest: Record<string, unknown>, locales: Locales): string[] {
  const problems: string[] = [];
  for (const [field, limit] of Object.entries(MANIFEST_TEXT_LIMITS)) {
    const value = manifest[field];
    if (typeof value !== 'string') continue;
    for (const [locale, messages] of Object.entries(locales)) {
      const text = localized(value, messages);
      // Code points: an accented letter counts once, as the stores count it.
      const length = text === undefined ? 0 : Array.from(text).length;
      if (length > limit)
        problems.push(`${field} in ${locale} is ${length} characters (limit ${limit})`);
    }
  }
  return problems;
}

/** Chrome's version: one to four dot-separated integers 0-65535, no leading zeros. */
export function badVersion(version: unknown): string[] {
  const part = '(0|[1-9]\\d{0,4})';
  const ok =
    typeof version === 'string' &&
    new RegExp(`^${part}(\\.${part}){0,3}$`).test(version) &&
    version.split('.').every((n) => Number(n) <= 65535);
  return ok ? [] : [`version ${JSON.stringify(version)} is not 1-4 integers 0-65535`];
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** Every declared icon exists, square, at the size its key names. */
export function badIcons(
  manifest: { icons?: Record<string, string>; action?: { default_icon?: Record<string, string> } },
  sizeOf: (path: string) => Size | undefined,
): string[] {
  const all = [
    ...Object.entries(manifest.icons ?? {}),
    ...Object.entries(manifest.action?.default_icon ?? {}),
  ];
  const problems = new Set<string>();
  for (const [key, path] of all) {
    const size = sizeOf(path);
    if (size === undefined) problems.add(`icon ${path} is missing`);
    else if (size.width !== Number(key) || size.height !== Number(key)) {
      problems.add(`icon ${path} is ${size.width}x${size.height}, declared ${key}`);
    }
  }
  return [...problems];
}

/**
 * Permissions whose API the bundle never names (minifiers keep property names). Permissions
 * without an API of their own (activeTab) cannot be told apart this cheaply and are skipped.
 */
const API_OF: Record<string, RegExp> = {
  storage: /\.storage\b/,
  alarms: /\.alarms\b/,
  idle: /\.idle\b/,
  offscreen: /\.offscreen\b/,
  scripting: /\.scripting\b/,
  contextMenus: /\.(contextMenus|menus)\b/,
  clipboardWrite: /\bwriteText\b|execCommand\(\s*[`'"]copy/,
  clipboardRead: /\breadText\b|execCommand\(\s*[`'"]paste/,
  tabs: /\.tabs\.(query|get)\b/,
};

export function unusedPermissions(permissions: readonly string[], scripts: string): string[] {
  return permissions
    .filter((permission) => API_OF[permission]?.test(scripts) === false)
    .map((permission) => `permission ${permission} is declared but its API is never used`);
}

/** Every rule above, on a built Chrome manifest. */
export function chromeManifestProblems(input: {
  manifest: Record<string, unknown>;
  locales: Locales;
  sizeOf: (path: string) => Size | undefined;
  scripts: string;
}): string[] {
  const { manifest, locales, sizeOf, scripts } = input;
  const permissions = [manifest.permissions, manifest.optional_permissions].flatMap((list) =>
    Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string') : [],
  );
  return [
    ...(manifest.manifest_version === 3 ? [] : ['manifest_version is not 3']),
    ...('key' in manifest ? ['a "key" field: the stores assign the id'] : []),
    ...badVersion(manifest.version),
    ...unresolvedMessages(manifest, locales),
    ...textTooLong(manifest, locales),
    ...badIcons(manifest, sizeOf),
    ...unusedPermissions(permissions, scripts),
  ];
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}
