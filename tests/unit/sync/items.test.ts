import { describe, expect, it } from 'vitest';
import { itemKey } from '../../../src/core/crypto';
import { decodeRecord, encodeRecord } from '../../../src/core/sync/codec';
import {
  accountIdOf,
  accountItemKey,
  fitOf,
  itemBytes,
  openRecord,
  recordRevision,
  sealRecord,
  SYNC_LIMITS,
} from '../../../src/core/sync/items';
import { syncRound } from '../../../src/core/sync/round';
import { emptySyncState } from '../../../src/core/sync/state';
import { mergeRecords, type SyncRecord } from '../../../src/core/sync/record';
import { addEntry, emptyVault } from '../../../src/core/vault';

const secret = 'JBSWY3DPEHPK3PXP';
const origin = 'https://sonar.net2phone.ca';

function oneRecord(): SyncRecord {
  const vault = addEntry(
    emptyVault(),
    {
      issuer: 'Sonar',
      account: '101@organization.com',
      note: 'front desk',
      origins: [origin],
      params: { type: 'totp', secret, algorithm: 'SHA1', digits: 6, period: 30 },
    },
    { now: 1_750_000_000_000, id: '0b0f1a2c-6f1e-4c55-9d7a-2a1f3e4d5c6b' },
  ).vault;
  const { state } = syncRound({
    state: emptySyncState(),
    vault,
    incoming: [],
    device: 'dev1',
    now: 1_750_000_000_000,
  });
  const [record] = state.records.values();
  if (!record) throw new Error('no record');
  return record;
}

const key = () => itemKey(crypto.getRandomValues(new Uint8Array(32)));

describe('sync items', () => {
  it('seal and open an account record; nothing of the account is in clear', async () => {
    const record = oneRecord();
    const vaultKey = await key();
    const item = await sealRecord(vaultKey, record);
    const stored = JSON.stringify({ [accountItemKey(record.id)]: item });
    for (const clear of [secret, 'Sonar', '101@organization.com', 'front desk', 'net2phone'])
      expect(stored).not.toContain(clear);
    expect(await openRecord(vaultKey, record.id, item)).toEqual(record);
    expect(accountIdOf(accountItemKey(record.id))).toBe(record.id);
  });

  it('refuses an item moved to another id, given another revision, or under another key', async () => {
    const record = oneRecord();
    const vaultKey = await key();
    const item = await sealRecord(vaultKey, record);
    expect(await openRecord(vaultKey, 'another-id', item)).toBeNull();
    expect(await openRecord(vaultKey, record.id, { ...item, r: 'dev1:1' })).toBeNull();
    expect(await openRecord(await key(), record.id, item)).toBeNull();
    expect(await openRecord(vaultKey, record.id, { ...item, c: item.c.slice(4) })).toBeNull();
  });

  it('gives two records with one version vector but different content different revisions', () => {
    const record = oneRecord();
    const reused = {
      ...record,
      fields: { ...record.fields, issuer: { ...record.fields.issuer, v: 'Sonar CA' } },
    };
    expect(reused.vv).toEqual(record.vv);
    expect(recordRevision(reused)).not.toBe(recordRevision(record));
    // The same record built with its keys in another order: the same revision.
    const reordered = Object.fromEntries(Object.entries(record).reverse()) as unknown as SyncRecord;
    expect(recordRevision(reordered)).toBe(recordRevision(record));
    // And merging the two either way keeps the same one of the values.
    expect(mergeRecords(record, reused)).toEqual(mergeRecords(reused, record));
  });

  it('decodes only well-formed records', () => {
    const record = oneRecord();
    const text = encodeRecord(record);
    expect(decodeRecord(text, record.id)).toEqual(record);
    expect(decodeRecord(text, 'other')).toBeNull();
    expect(decodeRecord('{', record.id)).toBeNull();
    const broken = JSON.parse(text) as Record<string, unknown>;
    for (const change of [
      { vv: { 'Not A Device': 1 } },
      { params: [] },
      { deleted: { seen: {}, at: 'yesterday' } },
      { fields: { ...(broken.fields as object), pos: { v: 'UPPER', s: [1, 'dev1'] } } },
    ]) {
      expect(decodeRecord(JSON.stringify({ ...broken, ...change }), record.id)).toBeNull();
    }
  });

  it('counts what fits in the browser quotas, in list order', () => {
    const size = 1000;
    const fixed = [itemBytes('meta', { x: 'y'.repeat(900) })];
    const accounts = Array.from({ length: 150 }, () => size);
    const fit = fitOf(fixed, accounts);
    expect(fit.fits).toBe(false);
    expect(fit.accountsThatFit).toBe(Math.floor((SYNC_LIMITS.totalBytes - (fixed[0] ?? 0)) / size));
    expect(fitOf(fixed, accounts.slice(0, 50))).toEqual({ fits: true, accountsThatFit: 50 });
    expect(fitOf(fixed, [SYNC_LIMITS.itemBytes + 1]).accountsThatFit).toBe(0);
  });
});
