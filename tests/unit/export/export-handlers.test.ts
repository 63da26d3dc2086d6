import { beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeBase32 } from '../../../src/core/base32';
import { decodeMigrationUri, mergeMigrationBatches } from '../../../src/core/migration';
import { parseOtpauthUri } from '../../../src/core/otpauth';
import type { OtpParameters } from '../../../src/core/otp-types';
import { addEntry, emptyVault, serializeVault, type VaultData } from '../../../src/core/vault';
import type { ExtensionPageSender } from '../../../src/background/sender';
import { RequestError } from '../../../src/background/router';
import { cheapVault } from '../crypto/cheap-envelope';

// "Move to phone" and "Show QR code" in the worker: the real vault service over in-memory
// storage, with a cheap passphrase slot (no KDF upgrade) so each proof is quick.
const fake = vi.hoisted(() => ({
  local: new Map<string, unknown>(),
  session: new Map<string, unknown>(),
}));
vi.mock('webextension-polyfill', async () => {
  const { memoryArea } = await import('../support/memory-storage');
  return {
    default: { storage: { local: memoryArea(fake.local), session: memoryArea(fake.session) } },
  };
});
vi.mock('../../../src/core/crypto', async (original) => ({
  ...(await original<object>()),
  needsKdfUpgrade: () => false,
}));

const service = await import('../../../src/background/vault/vault-service');
const { exportHandlers } = await import('../../../src/background/export/export-handlers');

const passphrase = 'correct horse battery staple';
const page: ExtensionPageSender = {
  kind: 'extension-page',
  url: 'chrome-extension://x/',
  tabId: null,
};

const secretOf = (index: number) =>
  encodeBase32(new Uint8Array(20).map((_, byte) => (index * 7 + byte) & 0xff));
const totp = (index: number): OtpParameters => ({
  type: 'totp',
  secret: secretOf(index),
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
});

async function openVault(params: readonly OtpParameters[]): Promise<VaultData> {
  let data = emptyVault();
  params.forEach((entryParams, index) => {
    data = addEntry(data, {
      issuer: `Issuer ${index}`,
      account: `user${index}`,
      params: entryParams,
    }).vault;
  });
  const { envelope } = await cheapVault(serializeVault(data), { passphrase });
  fake.local.set('vault', envelope);
  await service.unlock(passphrase);
  return (await service.vaultData()).data;
}

function send(type: keyof typeof exportHandlers, payload: unknown) {
  const handler = exportHandlers[type] as {
    parse: (payload: unknown) => unknown;
    handle: (request: unknown, sender: ExtensionPageSender) => unknown;
  };
  return Promise.resolve().then(() => handler.handle(handler.parse(payload), page));
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error: unknown = await promise.then(
    () => expect.fail('expected a refusal'),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(RequestError);
  return (error as RequestError).code;
}

beforeEach(async () => {
  await service.lock();
  fake.local.clear();
  fake.session.clear();
});

describe('export/migration', () => {
  it('gives the chosen accounts, in the vault order, in QR-sized batches', async () => {
    const data = await openVault(Array.from({ length: 14 }, (_, index) => totp(index)));
    const chosen = data.entries.filter((_, index) => index !== 3);
    const reply = (await send('export/migration', {
      passphrase,
      ids: chosen.map((entry) => entry.id).reverse(),
    })) as { batches: string[]; unrepresentable: unknown[] };
    expect(reply.batches).toHaveLength(2);
    expect(reply.unrepresentable).toEqual([]);
    const merged = mergeMigrationBatches(reply.batches.map(decodeMigrationUri));
    if (!merged.complete) throw new Error('incomplete');
    expect(merged.accounts.map((result) => (result.ok ? result.account : null))).toEqual(
      chosen.map(({ issuer, account, params }) => ({ issuer, account, params })),
    );
  });

  it('refuses a wrong passphrase with the unlock error, and the vault stays open', async () => {
    const data = await openVault([totp(1)]);
    expect(
      await refusal(
        send('export/migration', { passphrase: 'not it at all!', ids: [data.entries[0]?.id] }),
      ),
    ).toBe('wrong-passphrase');
    expect(await service.vaultState()).toBe('unlocked');
  });

  it('gives nothing while the vault is locked, even with the right passphrase', async () => {
    const data = await openVault([totp(1)]);
    await service.lock();
    expect(
      await refusal(send('export/migration', { passphrase, ids: [data.entries[0]?.id] })),
    ).toBe('locked');
    expect(await service.vaultState()).toBe('locked');
  });

  it('names the accounts a Google Authenticator export cannot carry', async () => {
    const data = await openVault([totp(1), { type: 'steam', secret: secretOf(2) }]);
    const reply = (await send('export/migration', {
      passphrase,
      ids: data.entries.map((entry) => entry.id),
    })) as { batches: string[]; unrepresentable: unknown[] };
    expect(reply.unrepresentable).toEqual([
      { id: data.entries[1]?.id, issuer: 'Issuer 1', account: 'user1' },
    ]);
    expect(decodeMigrationUri(reply.batches[0] ?? '').accounts).toHaveLength(1);
  });

  it('refuses an account the vault no longer holds', async () => {
    await openVault([totp(1)]);
    expect(await refusal(send('export/migration', { passphrase, ids: ['gone'] }))).toBe(
      'not-found',
    );
  });

  it.each([
    ['no payload', null],
    ['no accounts', { passphrase, ids: [] }],
    ['ids that are not text', { passphrase, ids: [1] }],
    ['ids not a list', { passphrase, ids: 'a' }],
    ['no passphrase', { ids: ['a'] }],
  ])('rejects a malformed request (%s)', async (_name, payload) => {
    expect(await refusal(send('export/migration', payload))).toBe('bad-request');
  });
});

describe('export/account-uri', () => {
  it("gives the account's otpauth:// URI with the right passphrase", async () => {
    const data = await openVault([totp(1), totp(2)]);
    const entry = data.entries[1];
    const { uri } = (await send('export/account-uri', { passphrase, id: entry?.id })) as {
      uri: string;
    };
    expect(parseOtpauthUri(uri).account).toEqual({
      issuer: 'Issuer 1',
      account: 'user1',
      params: totp(2),
    });
  });

  it('refuses a wrong passphrase and an unknown account', async () => {
    const data = await openVault([totp(1)]);
    expect(
      await refusal(
        send('export/account-uri', { passphrase: 'wrong passphrase', id: data.entries[0]?.id }),
      ),
    ).toBe('wrong-passphrase');
    expect(await refusal(send('export/account-uri', { passphrase, id: 'gone' }))).toBe('not-found');
  });
});
