import { fileError } from './file-errors';
import { MAX_IMPORT_BYTES } from './types';

/**
 * JSON from an import file. Parsed once for every detector and reader that looks at the same
 * text (the index asks each importer in turn; each would otherwise parse up to MAX_IMPORT_BYTES
 * again), and the two ways it can be unreadable told apart: cut short (a download or copy that
 * stopped: 'truncated') or wrong ('malformed'). Engines word their JSON.parse errors
 * differently, so the difference is found by reading the text, not the error.
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

/** For detect(): the value, or `undefined` when the text is not (small enough) JSON. */
export function peekJson(text: string): unknown {
  if (text.length > MAX_IMPORT_BYTES) return undefined;
  const parsed = parse(text);
  return parsed.ok ? parsed.value : undefined;
}

/** The text's JSON value; unreadable JSON is said to be cut short or malformed. */
export function readJson(text: string): unknown {
  checkSize(text);
  const parsed = parse(text);
  if (parsed.ok) return parsed.value;
  throw endsEarly(stripBom(text))
    ? fileError('truncated', 'its JSON stops before it ends')
    : fileError('malformed', 'it is not valid JSON');
}

/** Decrypted JSON: it authenticated, so a parse failure is the writer's, never a cut. */
export function parseDecryptedJson(text: string): unknown {
  // Not cached: decrypted secrets are not kept past the call.
  try {
    return JSON.parse(stripBom(text)) as unknown;
  } catch {
    throw fileError('malformed', 'its decrypted contents are not valid JSON');
  }
}

/** UTF-8 never takes fewer bytes than UTF-16 code units, so this bound is never too strict. */
export function checkSize(text: string): void {
  if (text.length > MAX_IMPORT_BYTES) throw fileError('too-large');
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

/**
 * True when the text could be the start of a JSON document: it ends inside a string or with
 * brackets still open, and no bracket was closed by the wrong kind. An empty file is a cut one.
 */
function endsEarly(text: string): boolean {
  const open: string[] = [];
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') open.push(char === '{' ? '}' : ']');
    else if (char === '}' || char === ']') {
      if (open.pop() !== char) return false;
      if (open.length === 0 && text.slice(index + 1).trim() !== '') return false;
    }
  }
  return inString || open.length > 0 || text.trim() === '';
}
