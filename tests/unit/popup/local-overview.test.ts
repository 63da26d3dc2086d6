import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encryptPayload, type VaultEnvelope } from '../../../src/core/crypto';
import { decodeBase64, encodeBase64 } from '../../../src/core/crypto/encoding';
import { randomBytes } from '../../../src/core/crypto/random';
import { addEntry, emptyVault, serializeVault, type EntryDraft } from '../../../src/core/vault';
import { cheapVault } from '../crypto/cheap-envelope';

// The overview the popup builds itself as it opens (popup/local-overview.ts) against the
// worker's `vault/overview` answer, both over the same storage (storage.local, storage.session
// and the active tab, in memory): the same accounts, order and codes when the vault is plainly
// unlocked; nothing at all, and nothing written, in every other case.

const fake = vi.hoisted(() => ({
  local: new Map<string, unknown>(),
  session: new Map<string, unknown>(),
  activeTab: 7,
  writes: 0,
}));

vi.mock('webextension-polyfill', async () => {
  const { memoryArea } = await import('../support/memory-storage');
  const area = (items: Map<string, unknown>) =>
    memoryArea(items, () => {
      fake.writes++;
    });
  return {
    default: {
      storage: { local: area(fake.local), session: area(fake.session) },
      tabs: {
        query: () => Promise.resolve([{ id: fake.activeTab }]),
      },
    },
  };
});

const { readLocalOverview } = await import('../../../src/popup/local-overview');
const { vaultHandlers } = await import('../../../src/background/vault/vault-handlers');
const service = await import('../../../src/background/vault/vault-service');

const portal = 'https://portal.net2phone.ca';
const totp = { type: 'totp', algorithm: 'SHA1', digits: 6, period: 30 } as const;
const drafts: EntryDraft[] = Array.from({ length: 24 }, (_, index) => ({
  issuer: ['Sonar', 'GitHub', 'AWS'][index % 3] ?? 'Sonar',
  account: `user${index}`,
  params: { ...totp, secret: encodeBase32ish(index) },
  origins: index % 5 === 0 ? [portal] : [],
}));
const data = drafts.reduce(
  (vault, draft, index) => addEntry(vault, draft, { now: 1_000 + index, id: `id-${index}` }).vault,
  emptyVault(),
);

/** A distinct valid base32 secret per account. */
function encodeBase32ish(index: number): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  return Array.from({ length: 16 }, (_, at) => letters[(index * 7 + at * 3) % 32]).join('');
}

let envelope: VaultEnvelope;
let vaultKey: Uint8Array;

/** The vault stored and unlocked as the worker leaves it: the key in storage.session. */
async function storeUnlocked() {
  ({ envelope, vaultKey } = await cheapVault(serializeVault(data), { passphrase: 'p' }));
  fake.local.set('vault', envelope);
  fake.session.set('vaultKey', Array.from(vaultKey));
}

function workerOverview(firstRows: number | null) {
  const handler = vaultHandlers['vault/overview'];
  const sender = { kind: 'extension-page' } as Parameters<typeof handler.handle>[1];
  return handler.handle(handler.parse(firstRows === null ? null : { firstRows }), sender);
}

const open = () => new AbortController().signal;

beforeEach(async () => {
  await service.lock();
  fake.local.clear();
  fake.session.clear();
  fake.activeTab = 7;
  vi.useFakeTimers({ now: 1_700_000_000_000, toFake: ['Date'] });
  await storeUnlocked();
  fake.writes = 0;
});

afterEach(() => {
  vi.useRealTimers();
});

describe("the popup's own overview", () => {
  it("is the worker's answer: same first accounts, order, labels and codes", async () => {
    const local = await readLocalOverview(10, open());
    expect(local).toEqual(await workerOverview(10));
    expect(local?.codes).toHaveLength(10);
    expect(local?.accounts).toHaveLength(10);
    expect(local?.accountCount).toBe(24);
    // Everything from the worker afterwards: the first ones are the same.
    const every = await workerOverview(null);
    expect(every.state === 'unlocked' && every.accounts).toHaveLength(24);
    expect(every.state === 'unlocked' && every.accounts.slice(0, 10)).toEqual(local?.accounts);
    expect(every.state === 'unlocked' && every.codes.slice(0, 10)).toEqual(local?.codes);
  });

  it("lists the active tab's portal accounts first, as the worker does", async () => {
    fake.session.set('tabPortal:7', {
      origin: portal,
      isSecureContext: true,
      site: { id: 'sonar', name: 'Sonar' },
    });
    fake.local.set('lastBackupAt', 1_012);
    const local = await readLocalOverview(10, open());
    expect(local?.accounts.slice(0, 5).map(({ id }) => id)).toEqual([
      'id-0',
      'id-5',
      'id-10',
      'id-15',
      'id-20',
    ]);
    expect(local?.backupNeeded).toBe(true);
    expect(local).toEqual(await workerOverview(10));
  });

  it('is null, writing nothing, when the vault is locked, missing or not opened by the key', async () => {
    fake.session.delete('vaultKey');
    expect(await readLocalOverview(10, open())).toBeNull();

    fake.session.set('vaultKey', Array.from(randomBytes(32)));
    expect(await readLocalOverview(10, open())).toBeNull();

    fake.session.set('vaultKey', Array.from(vaultKey));
    fake.local.delete('vault');
    expect(await readLocalOverview(10, open())).toBeNull();

    fake.local.set('vault', { format: 'not a vault' });
    expect(await readLocalOverview(10, open())).toBeNull();
    expect(fake.writes).toBe(0);
  });

  it('leaves a damaged newest generation to the worker, which opens the previous one', async () => {
    const bytes = decodeBase64(envelope.ciphertext) ?? new Uint8Array(0);
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    const previous = await encryptPayload(envelope, vaultKey, serializeVault(emptyVault()));
    fake.local.set('vault', { ...envelope, ciphertext: encodeBase64(bytes) });
    fake.local.set('vaultPrevious', previous);
    expect(await readLocalOverview(10, open())).toBeNull();
    expect(fake.writes).toBe(0);
    expect(await workerOverview(10)).toMatchObject({ state: 'unlocked', recovered: true });
  });

  it('stops once the worker has answered', async () => {
    const answered = new AbortController();
    const local = readLocalOverview(10, answered.signal);
    answered.abort();
    expect(await local).toBeNull();
  });
});
