import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../src/core/formats';
import { authenticatorExtensionImporter } from '../../../src/core/formats/authenticator-extension';
import { bitwardenImporter } from '../../../src/core/formats/bitwarden';
import { otpauthListImporter, writeOtpauthList } from '../../../src/core/formats/otpauth-list';
import {
  FormatError,
  type FileImporter,
  type ImportedAccount,
  type ImportFileInput,
} from '../../../src/core/formats/types';
import { bitwardenProtected } from './support/cbc-writers';
import { paramsArbitrary, secretArbitrary } from './support/accounts';
import { filesNamed } from './support/files';

const numRuns = 2000;
const importers: readonly FileImporter[] = [
  bitwardenImporter,
  authenticatorExtensionImporter,
  otpauthListImporter,
];

/** Every outcome is a ParsedFile or a FormatError, from the index and from each importer. */
async function readsOrThrowsTyped(input: ImportFileInput): Promise<void> {
  const attempts = [
    () => readImportFile(input),
    ...importers.map((importer) => () => importer.read(input)),
  ];
  for (const importer of importers) expect(typeof importer.detect(input)).toBe('boolean');
  for (const attempt of attempts) {
    try {
      const parsed = await attempt();
      expect(Array.isArray(parsed.accounts) && Array.isArray(parsed.failed)).toBe(true);
    } catch (error) {
      if (!(error instanceof FormatError)) throw error;
    }
  }
}

const nameArbitrary = fc
  .oneof(
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.string({
      unit: fc.constantFrom(':', '%', '&', '?', '#', '/', ' ', 'a', '@'),
      maxLength: 10,
    }),
  )
  .map((text) => text.trim())
  .filter((text) => !/\p{Cs}/u.test(text));

const accountArbitrary: fc.Arbitrary<ImportedAccount> = fc
  .record({ issuer: nameArbitrary, account: nameArbitrary, params: paramsArbitrary })
  .filter(({ account }) => account !== '')
  .map((account) => ({ ...account, note: '' }));

const accountsArbitrary = fc.array(accountArbitrary, { minLength: 1, maxLength: 6 });

/** Bitwarden's unencrypted export of these accounts, each as an otpauth URI in login.totp. */
function bitwardenExport(accounts: readonly ImportedAccount[]) {
  return {
    encrypted: false,
    folders: [],
    items: accounts.map((account, index) => ({
      id: String(index),
      type: 1,
      name: account.issuer || 'item',
      notes: account.note || null,
      login: { username: account.account, totp: writeOtpauthList([account]).trim() },
    })),
  };
}

/** The Authenticator extension's plain backup of these accounts. */
function extensionBackup(accounts: readonly ImportedAccount[]) {
  return Object.fromEntries(
    accounts.map(({ issuer, account, params }, index) => {
      const hash = `h${index}`;
      return [
        hash,
        {
          encrypted: false,
          hash,
          index,
          issuer,
          account,
          secret: params.secret,
          type: params.type,
          ...(params.type === 'steam'
            ? {}
            : {
                algorithm: params.algorithm,
                digits: params.digits,
                ...(params.type === 'totp'
                  ? { period: params.period }
                  : { counter: params.counter }),
              }),
        },
      ];
    }),
  );
}

const input = filesNamed('file');

const edit = fc.record({ at: fc.nat(), remove: fc.nat(4), insert: fc.string({ maxLength: 4 }) });

function garble(text: string, edits: readonly { at: number; remove: number; insert: string }[]) {
  let result = text;
  for (const { at, remove, insert } of edits) {
    const position = at % (result.length + 1);
    result = result.slice(0, position) + insert + result.slice(position + remove);
  }
  return result;
}

const anyFileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
  // Shapes close to each format, with arbitrary values where the fields go.
  fc
    .record({
      encrypted: fc.oneof(fc.boolean(), fc.jsonValue({ maxDepth: 1 })),
      passwordProtected: fc.option(fc.boolean()),
      items: fc.array(
        fc.oneof(
          fc.jsonValue({ maxDepth: 3 }),
          fc.record({
            type: fc.constant(1),
            name: fc.jsonValue({ maxDepth: 1 }),
            login: fc.record({
              username: fc.jsonValue({ maxDepth: 1 }),
              totp: fc.oneof(fc.string(), fc.jsonValue({ maxDepth: 1 })),
            }),
          }),
        ),
        { maxLength: 4 },
      ),
    })
    .map((value) => JSON.stringify(value)),
  fc
    .dictionary(
      fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('k', 'key', 'enc', 'hash')),
      fc.oneof(
        fc.jsonValue({ maxDepth: 2 }),
        fc.record({
          secret: fc.oneof(fc.string(), secretArbitrary),
          encrypted: fc.oneof(fc.boolean(), fc.jsonValue({ maxDepth: 1 })),
          type: fc.oneof(
            fc.constantFrom('totp', 'hotp', 'hex', 'hhex', 'steam', 'battle'),
            fc.string(),
          ),
          digits: fc.jsonValue({ maxDepth: 1 }),
          period: fc.jsonValue({ maxDepth: 1 }),
          counter: fc.jsonValue({ maxDepth: 1 }),
          algorithm: fc.jsonValue({ maxDepth: 1 }),
          index: fc.jsonValue({ maxDepth: 1 }),
        }),
        fc.record({
          dataType: fc.constantFrom('EncOTPStorage', 'Key', 'OTPStorage'),
          keyId: fc.constantFrom('k', 'key', 'x'),
          id: fc.constantFrom('k', 'key'),
          salt: fc.jsonValue({ maxDepth: 1 }),
          hash: fc.oneof(fc.string(), fc.constant('$argon2id$v=19$m=8,t=1,p=1$AAAAAAAAAAA$AAAAAA')),
          data: fc.string(),
          enc: fc.string(),
        }),
      ),
      { maxKeys: 4 },
    )
    .map((value) => JSON.stringify(value)),
  fc
    .array(
      fc.oneof(
        fc.string({ maxLength: 60 }),
        fc.constant('otpauth://totp/a:b?secret=JBSWY3DPEHPK3PXP'),
      ),
      {
        maxLength: 5,
      },
    )
    .map((lines) => ['otpauth://totp/x?secret=JBSWY3DPEHPK3PXP', ...lines].join('\n')),
);

describe('arbitrary and damaged files', { timeout: 120_000 }, () => {
  it('give only a ParsedFile or a FormatError', async () => {
    await fc.assert(
      fc.asyncProperty(
        anyFileText,
        fc.option(fc.string({ maxLength: 8 })),
        async (text, password) => {
          await readsOrThrowsTyped(input(text, password));
        },
      ),
      { numRuns },
    );
  });

  it('garbled real files too', async () => {
    await fc.assert(
      fc.asyncProperty(
        accountsArbitrary,
        fc.constantFrom('bitwarden', 'extension', 'list'),
        fc.array(edit, { minLength: 1, maxLength: 4 }),
        async (accounts, kind, edits) => {
          const text =
            kind === 'list'
              ? writeOtpauthList(accounts)
              : JSON.stringify(
                  kind === 'bitwarden' ? bitwardenExport(accounts) : extensionBackup(accounts),
                  null,
                  2,
                );
          await readsOrThrowsTyped(input(garble(text, edits)));
        },
      ),
      { numRuns },
    );
  });

  it('garbled password-protected Bitwarden exports too', async () => {
    await fc.assert(
      fc.asyncProperty(
        accountsArbitrary,
        fc.array(edit, { minLength: 1, maxLength: 3 }),
        async (accounts, edits) => {
          const text = await bitwardenProtected(bitwardenExport(accounts), 'pw');
          await readsOrThrowsTyped(input(garble(text, edits), 'pw'));
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('round trips', { timeout: 120_000 }, () => {
  it('otpauth list: read(write(accounts)) gives the accounts back', async () => {
    await fc.assert(
      fc.asyncProperty(accountsArbitrary, async (accounts) => {
        const parsed = await readImportFile(input(writeOtpauthList(accounts)));
        expect(parsed).toEqual({ format: 'otpauth-list', accounts, failed: [] });
      }),
      { numRuns },
    );
  });

  it('Bitwarden JSON and the Authenticator extension backup: built by a writer, read back', async () => {
    await fc.assert(
      fc.asyncProperty(accountsArbitrary, async (accounts) => {
        const bitwarden = await readImportFile(input(JSON.stringify(bitwardenExport(accounts))));
        expect(bitwarden.accounts).toEqual(
          accounts.map((account) => ({ ...account, issuer: account.issuer || 'item' })),
        );
        const extension = await readImportFile(input(JSON.stringify(extensionBackup(accounts))));
        expect(extension).toEqual({ format: 'authenticator-extension', accounts, failed: [] });
      }),
      { numRuns },
    );
  });

  it('labels of failed entries never carry the secret', async () => {
    await fc.assert(
      fc.asyncProperty(
        accountsArbitrary,
        fc.integer({ min: 9, max: 99 }),
        async (accounts, digits) => {
          const backup = extensionBackup(accounts);
          for (const value of Object.values(backup)) Object.assign(value, { digits, type: 'totp' });
          const parsed = await readImportFile(input(JSON.stringify(backup)));
          expect(parsed.failed).toHaveLength(accounts.length);
          for (const [index, failure] of parsed.failed.entries()) {
            expect(failure.code).toBe('bad-digits');
            expect(failure.label).not.toContain(accounts[index]?.params.secret);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
