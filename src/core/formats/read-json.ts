import { fileError } from './file-errors';
import { MAX_IMPORT_BYTES } from './types';

/**
 * JSON from an import file, with the two ways it can be unreadable told apart: cut short
 * (a download or copy that stopped: 'truncated') or wrong ('malformed'). Engines word their
 * JSON.parse errors differently, so the difference is found by reading the text, not the error.
 */

export function readJson(text: string): unknown {
  checkSize(text);
  const body = withoutBom(text);
  try {
    return JSON.parse(body) as unknown;
  } catch {
    throw endsEarly(body)
      ? fileError('truncated', 'its JSON stops before it ends')
      : fileError('malformed', 'it is not valid JSON');
  }
}

/** For detect(): the value, or `undefined` when the text is not (small enough) JSON. */
export function parseJsonQuietly(text: string): unknown {
  if (text.length > MAX_IMPORT_BYTES) return undefined;
  try {
    return JSON.parse(withoutBom(text)) as unknown;
  } catch {
    return undefined;
  }
}

/** Decrypted JSON: it authenticated, so a parse failure is the writer's, never a cut. */
export function parseDecryptedJson(text: string): unknown {
  try {
    return JSON.parse(withoutBom(text)) as unknown;
  } catch {
    throw fileError('malformed', 'its decrypted contents are not valid JSON');
  }
}

export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** UTF-8 never takes fewer bytes than UTF-16 code units, so this bound is never too strict. */
export function checkSize(text: string): void {
  if (text.length > MAX_IMPORT_BYTES) throw fileError('too-large');
}

function withoutBom(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
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
