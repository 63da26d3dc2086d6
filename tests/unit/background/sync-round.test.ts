import { beforeEach, describe, expect, it, vi } from 'vitest';
import { addEntry, type VaultData } from '../../../src/core/vault';
import type { ExtensionPageSender } from '../../../src/background/sender';

/**
 * Two browsers' workers in one process, each with its own storage in memory; storage.sync is
 * carried from one to the other by the test (as the browsers' sync service would). What is
 * checked: a round writes ciphertext only, a second browser joins and gets the accounts, and
 * a vault that outgrows the quota writes nothing and says how many accounts fit.
 */
type Area = Map<string, unknown>;
interface Profile {
  local: Area;
  session: Area;
  sync: Area;
  /** The organisation's policy (storage.managed); null: none (Firefox then rejects). */
  managed: Record<string, unknown> | null;
}
const fake = vi.hoisted(() => ({ current: null as unknown as Profile, refuseLocalWrites: 0 }));

vi.mock('webextension-polyfill', () => {
  const bytesOf = (items: Map<string, unknown>) =>
    [...items].reduce((sum, [key, value]) => sum + key.length + JSON.stringify(value).length, 0);
  const area = (pick: (profile: Profile) => Map<string, unknown>, quota = Infinity) => ({
    get: (keys: string | string[] | null) => {
      const items = pick(fake.current);
      const wanted = keys === null ? [...items.keys()] : typeof keys === 'string' ? [keys] : keys;
      const found: Record<string, unknown> = {};
      for (const key of wanted) if (items.has(key)) found[key] = structuredClone(items.get(key));
      return Promise.resolve(found);
    },
    set: (values: Record<string, unknown>) => {
      const items = pick(fake.current);
      if (items === fake.current.local && fake.refuseLocalWrites > 0) {
        fake.refuseLocalWrites -= 1;
        return Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
      }
      const next = new Map(items);
      for (const [key, value] of Object.entries(values)) next.set(key, structuredClone(value));
      // Like Chromium: a write over quota is refused whole.
      if (bytesOf(next) > quota) return Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
      for (const [key, value] of next) items.set(key, value);
      return Promise.resolve();
    },
    remove: (keys: string | string[]) => {
      for (const key of typeof keys === 'string' ? [keys] : keys) pick(fake.current).delete(key);
      return Promise.resolve();
    },
  });
  return {
    default: {
      storage: {
        local: area((profile) => profile.local),
        session: area((profile) => profile.session),
        sync: area((profile) => profile.sync, 102_400),
        managed: {
          get: () =>
            fake.current.managed === null
              ? Promise.reject(new Error('Managed storage manifest not found'))
              : Promise.resolve(structuredClone(fake.current.managed)),
        },
        onChanged: { addListener: () => undefined },
      },
      alarms: { create: () => Promise.resolve(), onAlarm: { addListener: () => undefined } },
    },
  };
});

const passphrase = 'correct horse battery staple';
const sender: ExtensionPageSender = { kind: 'extension-page', url: 'x', tabId: null };

/**
 * A browser profile with its own worker modules (vault service state included); given an
 * existing profile, the same storage with a restarted worker (a policy is read anew).
 */
async function browserProfile(
  profile: Profile = { local: new Map(), session: new Map(), sync: new Map(), managed: null },
) {
  vi.resetModules();
  fake.current = profile;
  const vault = await import('../../../src/background/vault/vault-service');
  const { syncHandlers } = await import('../../../src/background/sync/sync-handlers');
  const { runSyncRound } = await import('../../../src/background/sync/sync-round');
  const { syncNow } = await import('../../../src/background/sync/sync-schedule');
  const use = () => {
    fake.current = profile;
  };
  return { profile, vault, syncHandlers, runSyncRound, syncNow, use };
}

function account(index: number) {
  const secret = `JBSWY3DPEHPK3P${'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'.charAt(index % 32)}${'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'.charAt(Math.floor(index / 32))}`;
  return {
    issuer: 'Sonar',
    account: `${String(100 + index)}@organization.com`,
    origins: ['https://sonar.net2phone.ca'],
    params: { type: 'totp', secret, algorithm: 'SHA1', digits: 6, period: 30 } as const,
  };
}

const addAccounts = (from: number, count: number) => (data: VaultData) => {
  let next = data;
  for (let index = from; index < from + count; index += 1)
    next = addEntry(next, account(index)).vault;
  return next;
};

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('sync rounds between two browsers', () => {
  it('syncs ciphertext only; a second browser joins with the passphrase and gets the accounts', async () => {
    const first = await browserProfile();
    await first.vault.createNewVault(passphrase);
    await first.vault.updateVault(addAccounts(0, 2));
    await first.syncHandlers['sync/enable'].handle(null, sender);
    const items = Object.fromEntries(first.profile.sync);
    expect(Object.keys(items).sort()).toEqual([
      expect.stringMatching(/^a\./),
      expect.stringMatching(/^a\./),
      'key',
    ]);
    const text = JSON.stringify(items);
    for (const clear of ['JBSWY3DPEHPK3P', 'Sonar', 'organization.com', 'net2phone'])
      expect(text).not.toContain(clear);
    const status = await first.syncHandlers['sync/status'].handle(null, sender);
    expect(status).toMatchObject({
      enabled: true,
      joinable: false,
      accountsSynced: 2,
      problem: null,
    });

    const second = await browserProfile();
    for (const [key, value] of first.profile.sync) second.profile.sync.set(key, value);
    expect(await second.syncHandlers['sync/status'].handle(null, sender)).toMatchObject({
      joinable: true,
    });
    await expect(
      second.syncHandlers['sync/join'].handle({ passphrase: 'not the passphrase' }, sender),
    ).rejects.toMatchObject({ code: 'wrong-passphrase' });
    // The join form guesses a passphrase too: it counts with the vault's wrong ones.
    expect(second.profile.local.get('passphraseFailures')).toMatchObject({ count: 1 });
    await second.syncHandlers['sync/join'].handle({ passphrase }, sender);
    expect(second.profile.local.has('passphraseFailures')).toBe(false);
    const { data } = await second.vault.vaultData();
    expect(data.entries.map((entry) => entry.account)).toEqual([
      '100@organization.com',
      '101@organization.com',
    ]);
  });

  it('writes nothing when the vault outgrows the quota, and says how many accounts fit', async () => {
    const first = await browserProfile();
    await first.vault.createNewVault(passphrase);
    await first.vault.updateVault(addAccounts(0, 3));
    await first.syncHandlers['sync/enable'].handle(null, sender);
    const before = JSON.stringify([...first.profile.sync]);

    await first.vault.updateVault(addAccounts(3, 200));
    await first.runSyncRound();
    expect(JSON.stringify([...first.profile.sync])).toBe(before);
    const status = await first.syncHandlers['sync/status'].handle(null, sender);
    expect(status.problem).toMatchObject({ code: 'too-big', accounts: 203 });
    const fit = status.problem?.code === 'too-big' ? status.problem.fit : 0;
    expect(fit).toBeGreaterThan(50);
    expect(fit).toBeLessThan(203);
  });

  it('says in Options when a round fails, and the next round mends it', async () => {
    const first = await browserProfile();
    await first.vault.createNewVault(passphrase);
    await first.syncHandlers['sync/enable'].handle(null, sender);
    await first.vault.updateVault(addAccounts(0, 1));
    fake.refuseLocalWrites = 1;
    await first.syncNow();
    expect((await first.syncHandlers['sync/status'].handle(null, sender)).problem).toEqual({
      code: 'failed',
    });
    await first.syncNow();
    expect(await first.syncHandlers['sync/status'].handle(null, sender)).toMatchObject({
      problem: null,
      accountsSynced: 1,
    });
  });

  it('does nothing the organisation turned off: no round, no join, nothing offered', async () => {
    const first = await browserProfile();
    await first.vault.createNewVault(passphrase);
    await first.vault.updateVault(addAccounts(0, 1));
    await first.syncHandlers['sync/enable'].handle(null, sender);
    const synced = new Map(first.profile.sync);

    // The policy arrives; the worker reads it as it starts again.
    first.profile.managed = { disableSync: true };
    const managed = await browserProfile(first.profile);
    await managed.vault.unlock(passphrase);
    await managed.vault.updateVault(addAccounts(1, 1));
    expect(await managed.runSyncRound()).toBeNull();
    expect(first.profile.sync).toEqual(synced);
    expect(await managed.syncHandlers['sync/status'].handle(null, sender)).toMatchObject({
      enabled: false,
      forbidden: true,
      joinable: false,
    });
    await expect(managed.syncHandlers['sync/enable'].handle(null, sender)).rejects.toMatchObject({
      code: 'forbidden',
    });

    const second = await browserProfile();
    second.profile.managed = { disableSync: true };
    for (const [key, value] of synced) second.profile.sync.set(key, value);
    expect(await second.syncHandlers['sync/status'].handle(null, sender)).toMatchObject({
      joinable: false,
    });
    await expect(
      second.syncHandlers['sync/join'].handle({ passphrase }, sender),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect(second.profile.local.has('vault')).toBe(false);
  });
});
