import { beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeBase64 } from '../../../src/core/crypto/encoding';
import { emptyVault, serializeVault } from '../../../src/core/vault';
import type { VaultEnvelope } from '../../../src/core/crypto';
import { cheapVault } from '../crypto/cheap-envelope';

// The worker's passkey requests with storage in memory: a passkey is added only after the
// passphrase, with the worker's salt; it opens the vault; once removed, it opens neither
// generation.
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

const { passkeyHandlers, forgetPasskeyGrants } =
  await import('../../../src/background/vault/passkey-handlers');
const service = await import('../../../src/background/vault/vault-service');
const { RequestError } = await import('../../../src/background/router');

const passphrase = 'correct horse battery staple';
const sender = { kind: 'extension-page' } as never;

function call(type: keyof typeof passkeyHandlers, payload: unknown) {
  const handler = passkeyHandlers[type];
  // Each handler's own parse, as the router does, then its handle.
  return Promise.resolve().then(() =>
    (handler.handle as (request: unknown, from: unknown) => Promise<unknown>)(
      handler.parse(payload),
      sender,
    ),
  );
}

async function refusal(promise: Promise<unknown>) {
  const error: unknown = await promise.then(
    () => expect.fail('expected a refusal'),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(RequestError);
  const { code, reason } = error as InstanceType<typeof RequestError>;
  return { code, reason };
}

const randomBase64 = (length: number) =>
  encodeBase64(crypto.getRandomValues(new Uint8Array(length)));

async function addPasskey(name = 'Security key') {
  const registration = (await call('passkey/begin', { passphrase })) as { grant: string };
  const credentialId = randomBase64(48);
  const prfOutput = randomBase64(32);
  await call('passkey/add', { grant: registration.grant, name, credentialId, prfOutput });
  return { credentialId, prfOutput };
}

beforeEach(async () => {
  fake.local.clear();
  fake.session.clear();
  forgetPasskeyGrants();
  await service.lock();
  const { envelope } = await cheapVault(serializeVault(emptyVault()), { passphrase });
  fake.local.set('vault', envelope);
  await service.unlock(passphrase);
});

describe('passkey requests', () => {
  it('add a passkey after the passphrase; it unlocks the locked vault', async () => {
    const passkey = await addPasskey();
    expect(await call('passkey/list', null)).toMatchObject({
      passkeys: [{ name: 'Security key', credentialId: passkey.credentialId }],
    });

    await service.lock();
    await call('vault/unlock-passkey', passkey);
    expect(await service.vaultState()).toBe('unlocked');
  });

  it('refuse a wrong passphrase, a used or unknown grant, and a bad name', async () => {
    expect(await refusal(call('passkey/begin', { passphrase: 'wrong' }))).toMatchObject({
      code: 'wrong-passphrase',
    });
    const { grant } = (await call('passkey/begin', { passphrase })) as { grant: string };
    const added = {
      grant,
      name: 'Key',
      credentialId: randomBase64(48),
      prfOutput: randomBase64(32),
    };
    await call('passkey/add', added);
    expect(
      await refusal(call('passkey/add', { ...added, credentialId: randomBase64(48) })),
    ).toEqual({
      code: 'passkey',
      reason: 'passkey-expired',
    });
    expect(await refusal(call('passkey/add', { ...added, name: '\u0007' }))).toMatchObject({
      code: 'invalid-input',
      reason: 'invalid-name',
    });
  });

  it('a removed passkey opens neither the vault nor its previous generation', async () => {
    const passkey = await addPasskey();
    const [{ slotId }] = ((await call('passkey/list', null)) as { passkeys: { slotId: string }[] })
      .passkeys as [{ slotId: string }];
    expect(await call('passkey/remove', { slotId })).toEqual({ passkeys: [] });
    const previous = fake.local.get('vaultPrevious') as VaultEnvelope;
    expect(previous.slots.map((slot) => slot.kind)).toEqual(['passphrase']);

    await service.lock();
    expect(await refusal(call('vault/unlock-passkey', passkey))).toEqual({
      code: 'passkey',
      reason: 'slot-not-found',
    });
    expect(await service.vaultState()).toBe('locked');
  });

  it('a wrong PRF output does not unlock; the passphrase slot cannot be removed here', async () => {
    const passkey = await addPasskey();
    const envelope = fake.local.get('vault') as VaultEnvelope;
    const passphraseSlot = envelope.slots.find((slot) => slot.kind === 'passphrase');
    expect(await refusal(call('passkey/remove', { slotId: passphraseSlot?.id }))).toMatchObject({
      code: 'not-found',
    });

    await service.lock();
    expect(
      await refusal(call('vault/unlock-passkey', { ...passkey, prfOutput: randomBase64(32) })),
    ).toEqual({ code: 'passkey', reason: 'wrong-key' });
    expect(await service.vaultState()).toBe('locked');
  });

  it('a lock forgets a registration under way', async () => {
    const { grant } = (await call('passkey/begin', { passphrase })) as { grant: string };
    forgetPasskeyGrants();
    await service.unlock(passphrase);
    const added = {
      grant,
      name: 'Key',
      credentialId: randomBase64(48),
      prfOutput: randomBase64(32),
    };
    expect(await refusal(call('passkey/add', added))).toMatchObject({ reason: 'passkey-expired' });
  });

  it('count a wrong passphrase before a passkey is added; a passkey unlock clears the count', async () => {
    const passkey = await addPasskey();
    expect(await refusal(call('passkey/begin', { passphrase: 'not it at all' }))).toMatchObject({
      code: 'wrong-passphrase',
    });
    expect(fake.local.get('passphraseFailures')).toMatchObject({ count: 1 });

    // A run of wrong passphrases: the passkey still opens the vault, and the wait is over.
    fake.local.set('passphraseFailures', { count: 9, lastAt: Date.now() });
    await service.lock();
    await call('vault/unlock-passkey', passkey);
    expect(await service.vaultState()).toBe('unlocked');
    expect(fake.local.has('passphraseFailures')).toBe(false);
  });
});
