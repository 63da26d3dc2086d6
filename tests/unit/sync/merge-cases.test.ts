import { describe, expect, it } from 'vitest';
import { syncRound, TOMBSTONE_DAYS } from '../../../src/core/sync/round';
import { emptySyncState } from '../../../src/core/sync/state';
import type { SyncRecord } from '../../../src/core/sync/record';
import { keyBetween, reposition } from '../../../src/core/sync/positions';
import { addEntry, emptyVault, moveEntry, removeEntry, updateEntry } from '../../../src/core/vault';

/** Two browsers and a store, synced by hand: the cases the property test finds only rarely. */
function world() {
  const store = new Map<string, SyncRecord>();
  let now = 1_750_000_000_000;
  const browser = (device: string) => {
    const self = {
      state: emptySyncState(),
      vault: emptyVault(),
      sync(at = (now += 1000)) {
        const result = syncRound({
          state: self.state,
          vault: self.vault,
          incoming: [...store.values()],
          device,
          now: at,
        });
        self.state = result.state;
        self.vault = result.vault;
        for (const id of result.collected) store.delete(id);
        for (const record of result.state.records.values()) store.set(record.id, record);
      },
    };
    return self;
  };
  return { store, a: browser('aaaa'), b: browser('bbbb'), now: () => (now += 1000) };
}

const totp = (secret: string) =>
  ({ type: 'totp', secret, algorithm: 'SHA1', digits: 6, period: 30 }) as const;
const sonar = {
  issuer: 'Sonar',
  account: '101@organization.com',
  params: totp('JBSWY3DPEHPK3PXP'),
};

describe('sync merge cases', () => {
  it('keeps an account deleted in one browser while it was edited in the other', () => {
    const { a, b, now } = world();
    a.vault = addEntry(a.vault, sonar, { now: now(), id: 'x' }).vault;
    a.sync();
    b.sync();
    a.vault = removeEntry(a.vault, 'x');
    b.vault = updateEntry(b.vault, 'x', { note: 'front desk' }, { now: now() });
    a.sync();
    b.sync();
    a.sync();
    expect(a.vault.entries.map((entry) => entry.note)).toEqual(['front desk']);
    expect(b.vault).toEqual(a.vault);
  });

  it('deletes everywhere when the delete had seen every edit', () => {
    const { a, b, now } = world();
    a.vault = addEntry(a.vault, sonar, { now: now(), id: 'x' }).vault;
    a.sync();
    b.sync();
    b.vault = removeEntry(b.vault, 'x');
    b.sync();
    a.sync();
    expect(a.vault.entries).toEqual([]);
  });

  it('keeps both secrets when 2FA is set up again in two browsers at once, the copy named', () => {
    const { a, b, now } = world();
    a.vault = addEntry(a.vault, sonar, { now: now(), id: 'x' }).vault;
    a.sync();
    b.sync();
    a.vault = updateEntry(a.vault, 'x', { params: totp('GEZDGNBVGY3TQOJQ') }, { now: now() });
    b.vault = updateEntry(b.vault, 'x', { params: totp('MFRGGZDFMZTWQ2LK') }, { now: now() });
    a.sync();
    b.sync();
    a.sync();
    expect(b.vault).toEqual(a.vault);
    const byId = new Map(a.vault.entries.map((entry) => [entry.id, entry]));
    expect(byId.get('x')?.params.secret).toBe('MFRGGZDFMZTWQ2LK');
    const copy = a.vault.entries.find((entry) => entry.id !== 'x');
    expect(copy?.params.secret).toBe('GEZDGNBVGY3TQOJQ');
    expect(copy?.account).toMatch(/^101@organization\.com \(\d{4}-\d{2}-\d{2}\)$/);
  });

  it('merges edits of different fields, and origins added on each side', () => {
    const { a, b, now } = world();
    a.vault = addEntry(
      a.vault,
      { ...sonar, origins: ['https://a.net2phone.ca'] },
      { now: now(), id: 'x' },
    ).vault;
    a.sync();
    b.sync();
    a.vault = updateEntry(
      a.vault,
      'x',
      { note: 'desk', origins: ['https://a.net2phone.ca', 'https://b.net2phone.ca'] },
      { now: now() },
    );
    b.vault = updateEntry(
      b.vault,
      'x',
      { issuer: 'Sonar CA', origins: ['https://a.net2phone.ca', 'https://c.net2phone.ca'] },
      { now: now() },
    );
    a.sync();
    b.sync();
    a.sync();
    const [entry] = a.vault.entries;
    expect(entry).toMatchObject({ note: 'desk', issuer: 'Sonar CA' });
    expect(entry?.origins).toEqual([
      'https://a.net2phone.ca',
      'https://b.net2phone.ca',
      'https://c.net2phone.ca',
    ]);
    expect(b.vault).toEqual(a.vault);
  });

  it('makes one account of the same one added in both browsers', () => {
    const { a, b, now } = world();
    a.vault = addEntry(
      a.vault,
      { ...sonar, origins: ['https://a.net2phone.ca'] },
      { now: now(), id: 'x1' },
    ).vault;
    b.vault = addEntry(
      b.vault,
      { ...sonar, origins: ['https://b.net2phone.ca'] },
      { now: now(), id: 'x2' },
    ).vault;
    a.sync();
    b.sync();
    a.sync();
    expect(a.vault.entries.map((entry) => [entry.id, entry.origins])).toEqual([
      ['x1', ['https://a.net2phone.ca', 'https://b.net2phone.ca']],
    ]);
    expect(b.vault).toEqual(a.vault);
  });

  it('keeps a twin merged into an account that another browser, which never saw the twin, deleted', () => {
    const { a, b, now } = world();
    b.vault = addEntry(b.vault, sonar, { now: now(), id: 'x1' }).vault;
    b.sync();
    b.vault = removeEntry(b.vault, 'x1');
    a.vault = addEntry(a.vault, sonar, { now: now(), id: 'x2' }).vault;
    a.sync();
    b.sync();
    a.sync();
    expect(a.vault.entries.map((entry) => entry.id)).toEqual(['x2']);
    expect(b.vault).toEqual(a.vault);
  });

  it('a twin gives the account it merges into its note, its later unbinds and its HOTP count', () => {
    const { a, b, now } = world();
    const hotp = (counter: number) =>
      ({
        type: 'hotp',
        secret: 'JBSWY3DPEHPK3PXP',
        algorithm: 'SHA1',
        digits: 6,
        counter,
      }) as const;
    a.vault = addEntry(
      a.vault,
      { ...sonar, params: hotp(5), origins: ['https://a.net2phone.ca'] },
      { now: now(), id: 'x1' },
    ).vault;
    b.vault = addEntry(
      b.vault,
      {
        ...sonar,
        params: hotp(40),
        note: 'recovery: 1234-5678',
        origins: ['https://a.net2phone.ca'],
      },
      { now: now(), id: 'x2' },
    ).vault;
    b.sync();
    // A's own copy: bound, stored, then unbound later than B bound its twin.
    a.sync();
    a.vault = updateEntry(a.vault, 'x1', { origins: [] }, { now: now() });
    a.sync();
    b.sync();
    a.sync();
    const [entry] = a.vault.entries;
    expect(a.vault.entries).toHaveLength(1);
    expect(entry?.note).toBe('recovery: 1234-5678');
    expect(entry?.params).toMatchObject({ counter: 40 });
    expect(entry?.origins).toEqual([]);
    expect(b.vault).toEqual(a.vault);
  });

  it('mends an account two valid edits made invalid, instead of hiding it', () => {
    const { a, b, now } = world();
    a.vault = addEntry(a.vault, sonar, { now: now(), id: 'x' }).vault;
    a.sync();
    b.sync();
    a.vault = updateEntry(a.vault, 'x', { issuer: '' }, { now: now() });
    b.vault = updateEntry(b.vault, 'x', { account: '' }, { now: now() });
    a.sync();
    b.sync();
    a.sync();
    expect(a.vault.entries.map((entry) => [entry.issuer, entry.account])).toEqual([
      ['', 'Unnamed account'],
    ]);
    expect(b.vault).toEqual(a.vault);
  });

  it('merges moves: the order each browser chose for its own move', () => {
    const { a, b, now } = world();
    for (const id of ['p', 'q', 'r', 's']) {
      a.vault = addEntry(
        a.vault,
        {
          ...sonar,
          account: id,
          params: totp(`JBSWY3DPEHPK3PX${'ABCD'.charAt('pqrs'.indexOf(id))}`),
        },
        { now: now(), id },
      ).vault;
    }
    a.sync();
    b.sync();
    a.vault = moveEntry(a.vault, 's', 0);
    b.vault = moveEntry(b.vault, 'p', 3);
    a.sync();
    b.sync();
    a.sync();
    expect(a.vault.entries.map((entry) => entry.id)).toEqual(['s', 'q', 'r', 'p']);
    expect(b.vault).toEqual(a.vault);
  });

  it(`collects tombstones after ${TOMBSTONE_DAYS} days, not before`, () => {
    const { a, b, store, now } = world();
    a.vault = addEntry(a.vault, sonar, { now: now(), id: 'x' }).vault;
    a.sync();
    b.sync();
    a.vault = removeEntry(a.vault, 'x');
    const deletedAt = now();
    a.sync(deletedAt);
    a.sync(deletedAt + (TOMBSTONE_DAYS - 1) * 86_400_000);
    expect(store.has('x')).toBe(true);
    a.sync(deletedAt + (TOMBSTONE_DAYS + 1) * 86_400_000);
    expect(store.has('x')).toBe(false);
    expect(a.state.records.has('x')).toBe(false);
  });
});

describe('position keys', () => {
  it('finds a key between any two, and after the last', () => {
    expect(keyBetween('', null) < keyBetween(keyBetween('', null), null)).toBe(true);
    for (const [low, high] of [
      ['1', '11'],
      ['', '01'],
      ['a', 'b'],
      ['zz', null],
    ] as const) {
      const key = keyBetween(low, high);
      expect(key > low).toBe(true);
      if (high !== null) expect(key < high).toBe(true);
      expect(key.endsWith('0')).toBe(false);
    }
  });

  it('moves only what moved', () => {
    const keys = new Map([
      ['p', '1'],
      ['q', '2'],
      ['r', '3'],
    ]);
    const changes = reposition(['q', 'r', 'p'], keys);
    expect([...changes.keys()]).toEqual(['p']);
    expect((changes.get('p') ?? '') > '3').toBe(true);
  });
});
