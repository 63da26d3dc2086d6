import { describe, expect, it, vi } from 'vitest';
import english from '../../public/_locales/en/messages.json';
import french from '../../public/_locales/fr/messages.json';
import type { Handlers } from '../../src/background/router';
import type { ExtensionPageSender } from '../../src/background/sender';
import type { VaultCryptoErrorCode } from '../../src/core/crypto/errors';
import type { MigrationErrorCode } from '../../src/core/migration/errors';
import type { OtpauthErrorCode } from '../../src/core/otpauth/errors';
import type { VaultEntry } from '../../src/core/vault';
import type { VaultErrorCode } from '../../src/core/vault/errors';
import type { ErrorCode, ErrorReason } from '../../src/shared/protocol/envelope';
import { getMessage, type Messages } from './support/locale-messages';

// What the extension's pages say about a refusal: only locale text, chosen by the error's code
// and reason; the worker's English message never reaches a French UI.

const page = vi.hoisted(() => ({
  route: null as ((message: unknown) => Promise<unknown>) | null,
  locale: {},
}));
vi.mock('webextension-polyfill', () => ({ default: {} }));
vi.mock('../../src/shared/webext', () => ({
  webext: {
    i18n: { getMessage: (key: string, subs?: string[]) => getMessage(page.locale, key, subs) },
    runtime: { sendMessage: (message: unknown) => page.route?.(message) },
  },
}));

const { createRouter, RequestError } = await import('../../src/background/router');
const { draftFromInput, parseAccountInput } =
  await import('../../src/background/vault/account-input');
const { withVaultErrors } = await import('../../src/background/vault/vault-errors');
const { addEntry, emptyVault, LIMITS } = await import('../../src/core/vault');
const { readImportText } = await import('../../src/background/import/read-import');
const { importResult } = await import('../../src/popup/import/import-result');
const { errorTextFor } = await import('../../src/shared/error-text');
const { describeError } = await import('../../src/shared/describe-error');
const { MessageError, sendFromPage } = await import('../../src/shared/send');
const { changeFailureText } = await import('../../src/options/change-failure-text');

const inBoth = (key: string) => {
  expect(Object.keys(english), key).toContain(key);
  expect(Object.keys(french), key).toContain(key);
};

describe('errorTextFor', () => {
  const codes: readonly (ErrorCode | 'no-reply')[] = [
    'forbidden',
    'unknown-type',
    'bad-request',
    'internal',
    'locked',
    'no-vault',
    'vault-exists',
    'wrong-passphrase',
    'passphrase-changed',
    'weak-passphrase',
    'invalid-input',
    'duplicate',
    'not-found',
    'storage',
    'no-reply',
  ];
  const otpauthCodes: readonly OtpauthErrorCode[] = [
    'not-a-uri',
    'wrong-scheme',
    'migration-uri',
    'unknown-type',
    'unexpected-fragment',
    'bad-escape',
    'oversized',
    'empty-label',
    'duplicate-parameter',
    'missing-secret',
    'invalid-base32',
    'secret-too-short',
    'secret-too-long',
    'bad-algorithm',
    'bad-digits',
    'bad-period',
    'hotp-without-counter',
    'bad-counter',
    'bad-name',
    'bad-extra-parameter',
  ];
  const vaultCodes: readonly VaultErrorCode[] = [
    'invalid-entry',
    'corrupt-data',
    'unsupported-schema',
    'too-many-entries',
  ];
  const cryptoCodes: readonly VaultCryptoErrorCode[] = [
    'tampered',
    'corrupt-envelope',
    'unsupported-version',
    'kdf-parameters-out-of-range',
    'crypto-unavailable',
  ];
  const migrationCodes: readonly MigrationErrorCode[] = ['malformed-protobuf', 'batch-mismatch'];

  it('has a sentence in English and French for every error code', () => {
    for (const code of codes) inBoth(errorTextFor(code));
  });

  it.each([
    ['invalid-input', [...otpauthCodes, ...vaultCodes, 'unreadable-image']],
    ['storage', [...vaultCodes, ...cryptoCodes, 'storage-full', 'storage-damaged']],
  ] as const)('has a sentence in both languages for every reason of %s', (code, reasons) => {
    for (const reason of reasons) inBoth(errorTextFor(code, reason));
  });

  it('tells an unlock with the passphrase another browser replaced from a wrong one', () => {
    expect(errorTextFor('passphrase-changed')).toBe('popupErrorPassphraseChanged');
    expect(getMessage(english, errorTextFor('passphrase-changed'))).toBe(
      'That was the old passphrase: it was changed in another browser. Enter the new one.',
    );
  });

  it('says the reason where it has a sentence of its own, else the code', () => {
    expect(errorTextFor('invalid-input', 'invalid-base32')).toBe('popupSecretInvalid');
    expect(errorTextFor('invalid-input', 'too-many-entries')).toBe('popupErrorVaultFull');
    expect(errorTextFor('storage', 'storage-full')).toBe('popupErrorStorageFull');
    expect(errorTextFor('storage', 'unsupported-version')).toBe('popupErrorNewerVersion');
    expect(errorTextFor('invalid-input', 'invalid-entry')).toBe('popupErrorInvalidInput');
    expect(errorTextFor('locked', 'invalid-base32')).toBe('popupErrorLocked');
    for (const reason of migrationCodes) inBoth(errorTextFor('invalid-input', reason));
  });

  it('gives the general sentence for a code or reason this version does not know', () => {
    expect(errorTextFor('something-new')).toBe('popupErrorUnexpected');
    expect(errorTextFor('toString')).toBe('popupErrorUnexpected');
    expect(errorTextFor('storage', 'toString' as ErrorReason)).toBe('popupErrorStorage');
  });
});

describe('a refusal from the worker, in a French UI', () => {
  const sender: ExtensionPageSender = {
    kind: 'extension-page',
    url: 'chrome-extension://x/',
    tabId: null,
  };
  // As many accounts as a vault may hold (the limit is checked before anything else).
  const full = { ...emptyVault(), entries: new Array<VaultEntry>(LIMITS.entries) };
  let vault = emptyVault();
  let thrown: () => unknown = () => null;
  const handlers = {
    content: {},
    page: {
      // The worker's own "Add account" parsing and vault rules; then whatever a test throws.
      'vault/add': {
        parse: parseAccountInput,
        handle: (input: Parameters<typeof draftFromInput>[0]) =>
          withVaultErrors(() => Promise.resolve(addEntry(vault, draftFromInput(input)))),
      },
      'vault/lock': { parse: () => null, handle: () => thrown() },
    },
  } as unknown as Handlers;
  const route = createRouter(handlers);
  page.route = (message) => route(message, sender);

  async function frenchFailure(send: () => Promise<unknown>) {
    page.locale = french;
    const error: unknown = await send().then(
      () => expect.fail('expected a refusal'),
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(MessageError);
    return { error: error as InstanceType<typeof MessageError>, said: describeError(error) };
  }

  const frenchText = (key: keyof typeof french) => french[key].message;
  const fields = {
    kind: 'fields',
    secret: 'JBSWY3DPEHPK3PXP',
    issuer: 'Sonar',
    account: 'a',
    type: 'totp',
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    counter: 0,
  } as const;

  it.each([
    [
      'a broken setup link',
      { kind: 'uri', uri: 'otpauth://totp/Sonar:a?secret=1!!' },
      'popupSecretInvalid',
    ],
    [
      'an unsupported code type',
      { kind: 'uri', uri: 'otpauth://motp/a?secret=JBSWY3DPEHPK3PXP' },
      'popupUriUnsupportedType',
    ],
    ['settings the vault refuses', { ...fields, digits: 9 }, 'popupErrorInvalidInput'],
    ['a full vault', fields, 'popupErrorVaultFull'],
  ] as const)('says %s in French only', async (name, input, key) => {
    vault = name === 'a full vault' ? full : emptyVault();
    const { error, said } = await frenchFailure(() => sendFromPage('vault/add', input));
    expect(error.message.length).toBeGreaterThan(0);
    expect(said).toBe(frenchText(key));
    expect(said).not.toContain(error.message);
  });

  it.each([
    [
      'a full storage',
      new RequestError(
        'storage',
        'The vault could not be saved (storage is full).',
        'storage-full',
      ),
      'popupErrorStorageFull',
    ],
    [
      'a vault from a newer version',
      new RequestError(
        'storage',
        'This vault was saved by a newer version.',
        'unsupported-version',
      ),
      'popupErrorNewerVersion',
    ],
    [
      'a storage failure of no known reason',
      new RequestError('storage', 'Something new and English.'),
      'popupErrorStorage',
    ],
    [
      'a short passphrase',
      new RequestError('weak-passphrase', 'The passphrase must have at least 12 characters.'),
      'popupErrorWeakPassphrase',
    ],
  ] as const)('says %s in French only', async (_name, refusal, key) => {
    thrown = () => {
      throw refusal;
    };
    const { said } = await frenchFailure(() => sendFromPage('vault/lock', null));
    expect(said).toBe(frenchText(key));
    expect(said).not.toContain(refusal.message);
  });

  it('says a code from a newer worker with the general French sentence', async () => {
    page.route = () =>
      Promise.resolve({ ok: false, error: { code: 'brand-new', message: 'English words.' } });
    const { said } = await frenchFailure(() => sendFromPage('vault/lock', null));
    expect(said).toBe(frenchText('popupErrorUnexpected'));
    page.route = (message) => route(message, sender);
  });

  it('says why a change of passphrase failed in French (options page)', async () => {
    thrown = () => {
      throw new RequestError('weak-passphrase', 'The passphrase must have at least 12 characters.');
    };
    const { error } = await frenchFailure(() => sendFromPage('vault/lock', null));
    expect(changeFailureText(error)).toBe(frenchText('popupErrorWeakPassphrase'));
    thrown = () => {
      throw new RequestError('storage', 'The stored vault is damaged.', 'storage-damaged');
    };
    const damaged = await frenchFailure(() => sendFromPage('vault/lock', null));
    expect(changeFailureText(damaged.error)).toBe(frenchText('popupErrorVaultDamaged'));
  });

  it('says why a scanned QR code cannot be used in French only', () => {
    page.locale = french;
    const read = readImportText('otpauth://totp/Example:alice?issuer=Example');
    if (read.kind !== 'nothing') return expect.fail('expected nothing to import');
    const { problem } = importResult(read.found, 'page') as { problem: string };
    expect(problem).toBe(
      getMessage(french as Messages, 'popupQrUnusable', [frenchText('popupSecretInvalid')]),
    );
    expect(problem).not.toMatch(/secret|cannot|missing/i);
  });
});

describe('the hint for a Google Authenticator export pasted as a setup link', () => {
  it("names the popup's own import buttons, in both languages", () => {
    for (const messages of [english, french]) {
      expect(messages.popupUriMigration.message).toContain(messages.popupImportImage.message);
      expect(messages.popupUriMigration.message).toContain(messages.popupScanPage.message);
    }
    expect(english.popupUriMigration.message).not.toMatch(/options/i);
  });
});
