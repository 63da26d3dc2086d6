import { FormatError } from './types';

/**
 * JSON files, parsed once for every detector and reader that looks at the same text (the
 * index asks each importer in turn; each would otherwise parse up to MAX_IMPORT_BYTES again).
 */

type Parsed = { readonly ok: true; readonly value: unknown } | { readonly ok: false };

let last: { readonly text: string; readonly parsed: Parsed } | null = null;

function parse(text: string): Parsed {
  if (last !== null && last.text === text) return last.parsed;
  let parsed: Parsed;
  try {
    parsed = { ok: true, value: JSON.parse(stripBom(text)) as unknown };
  } catch {
    parsed = { ok: false };
  }
  last = { text, parsed };
  return parsed;
}

/** Drops the remembered parse: it holds the file's secrets, so it must not outlive an import. */
export function forgetJson(): void {
  last = null;
}

/** The text's JSON value, or undefined when it is not JSON (never throws: for detectors). */
export function peekJson(text: string): unknown {
  const parsed = parse(text);
  return parsed.ok ? parsed.value : undefined;
}

/** The text's JSON value; damaged JSON is a file cut short (or otherwise damaged). */
export function readJson(text: string, what: string): unknown {
  const parsed = parse(text);
  if (!parsed.ok) {
    throw new FormatError(
      'truncated',
      `This ${what} file is damaged or incomplete (its JSON does not parse). Export it again.`,
    );
  }
  return parsed.value;
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export type JsonObject = Readonly<Record<string, unknown>>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first few KB, for detectors that sniff a file whose JSON is damaged. */
export function head(text: string): string {
  return stripBom(text).slice(0, 4096);
}

export function malformed(what: string, detail: string): FormatError {
  return new FormatError('malformed', `This is not a valid ${what} file: ${detail}.`);
}
