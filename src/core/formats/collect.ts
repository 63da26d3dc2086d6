import { labelOf, readEntry, type EntryFields, type EntryResult } from './entry';
import { fileError } from './file-errors';
import type { FailedEntry, ImportFormat, ImportedAccount, ParsedFile } from './types';

/** An item that is not laid out as an entry at all; its names, when it has any, label it. */
export interface MalformedItem {
  readonly malformed: true;
  readonly issuer?: unknown;
  readonly account?: unknown;
}

/**
 * A format's list of entries into a ParsedFile: each item through `toFields` (the format's own
 * field names) and then readEntry (the one rule for a usable account), so a bad entry fails
 * alone, named, and the others still import.
 */
export function collectEntries(
  format: ImportFormat,
  items: readonly unknown[],
  toFields: (item: unknown) => EntryFields | MalformedItem,
): ParsedFile {
  if (items.length === 0) throw fileError('no-accounts');
  return parsedFile(
    format,
    items.map((item, index): EntryResult => {
      const fields = toFields(item);
      if (!('malformed' in fields)) return readEntry(fields, index + 1);
      const label = labelOf(textOrNull(fields.issuer), textOrNull(fields.account), index + 1);
      return { ok: false, failure: { label, code: 'malformed-entry' } };
    }),
  );
}

/**
 * Entries already read, in file order, into a ParsedFile: the accounts to preview and the
 * failures to name. `null` is an item that is no account at all, left out of both.
 */
export function parsedFile(
  format: ImportFormat,
  results: Iterable<EntryResult | null>,
): ParsedFile {
  const accounts: ImportedAccount[] = [];
  const failed: FailedEntry[] = [];
  for (const result of results) {
    if (result === null) continue;
    if (result.ok) accounts.push(result.account);
    else failed.push(result.failure);
  }
  return { format, accounts, failed };
}

function textOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value.trim() : null;
}
