import { openItem, sealItem, type SealedItem } from '../crypto';
import { isRecord } from '../vault/validate-params';
import { revisionOf } from './clock';
import { decodeRecord, encodeRecord } from './codec';
import type { SyncRecord } from './record';

/**
 * The layout of storage.sync: one item per account, `a.<id>` -> { r, n, c }, where `r` is the
 * record's revision (its version vector as text) and `n`/`c` the record sealed under the vault
 * key with the format, the id and the revision as associated data. Ids and revisions are all
 * that is in clear: no secret, issuer, account name or origin.
 */

export const SYNC_FORMAT = 'sonar-authenticator-sync';
export const SYNC_VERSION = 1;
const ACCOUNT_PREFIX = 'a.';

/** The browsers' limits for storage.sync (Chromium's; Firefox's are the same or looser). */
export const SYNC_LIMITS = {
  totalBytes: 102_400,
  itemBytes: 8192,
  items: 512,
} as const;

export interface AccountItem extends SealedItem {
  readonly r: string;
}

export function accountItemKey(id: string): string {
  return `${ACCOUNT_PREFIX}${id}`;
}

/** The account id of an item key, or null for any other item. */
export function accountIdOf(key: string): string | null {
  return key.startsWith(ACCOUNT_PREFIX) ? key.slice(ACCOUNT_PREFIX.length) : null;
}

export function isAccountItem(value: unknown): value is AccountItem {
  return (
    isRecord(value) &&
    typeof value.r === 'string' &&
    value.r.length <= 2048 &&
    typeof value.n === 'string' &&
    typeof value.c === 'string'
  );
}

/**
 * A record's revision: its version vector, and a digest of its content. The vector alone
 * would name two different records alike if a device ever stamped two writes with one
 * counter (a write uploaded, then lost locally before its counter was stored); the digest
 * tells them apart, so the browsers exchange them instead of each keeping its own.
 */
export function recordRevision(record: SyncRecord): string {
  return `${revisionOf(record.vv)}#${digest(encodeRecord(record))}`;
}

/** Two 32-bit FNV-1a hashes of the text (not a security measure: the items are sealed). */
function digest(text: string): string {
  let first = 0x811c9dc5;
  let second = 0x01000193 ^ text.length;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    first = Math.imul(first ^ code, 0x01000193) >>> 0;
    second = Math.imul(second ^ code, 0x0100019d) >>> 0;
  }
  return first.toString(16).padStart(8, '0') + second.toString(16).padStart(8, '0');
}

const label = (id: string, revision: string) => [
  SYNC_FORMAT,
  SYNC_VERSION,
  'account',
  id,
  revision,
];

export async function sealRecord(key: CryptoKey, record: SyncRecord): Promise<AccountItem> {
  const r = recordRevision(record);
  const plaintext = new TextEncoder().encode(encodeRecord(record));
  return { r, ...(await sealItem(key, label(record.id, r), plaintext)) };
}

/** The record, or null when the item does not open (damaged, moved, another key) or parse. */
export async function openRecord(
  key: CryptoKey,
  id: string,
  item: AccountItem,
): Promise<SyncRecord | null> {
  const plaintext = await openItem(key, label(id, item.r), item);
  if (!plaintext) return null;
  const record = decodeRecord(new TextDecoder().decode(plaintext), id);
  return record && recordRevision(record) === item.r ? record : null;
}

/** How storage.sync counts an item against its quotas: the key plus the value's JSON. */
export function itemBytes(key: string, value: unknown): number {
  return (
    new TextEncoder().encode(key).length + new TextEncoder().encode(JSON.stringify(value)).length
  );
}

export interface Fit {
  readonly fits: boolean;
  /** How many of the accounts (in list order) fit with everything else. */
  readonly accountsThatFit: number;
}

/**
 * Whether the whole synced copy fits the browser's quotas: `fixed` items (the key item,
 * tombstones) always go; `accounts` are the live accounts' item sizes in list order.
 */
export function fitOf(fixed: readonly number[], accounts: readonly number[]): Fit {
  let bytes = fixed.reduce((sum, size) => sum + size, 0);
  let items = fixed.length;
  const tooLarge = (size: number) => size > SYNC_LIMITS.itemBytes;
  if (fixed.some(tooLarge)) return { fits: false, accountsThatFit: 0 };
  let count = 0;
  for (const size of accounts) {
    if (tooLarge(size) || bytes + size > SYNC_LIMITS.totalBytes || items + 1 > SYNC_LIMITS.items)
      break;
    bytes += size;
    items += 1;
    count += 1;
  }
  return { fits: count === accounts.length, accountsThatFit: count };
}
