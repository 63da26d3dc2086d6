import { describe, expect, it } from 'vitest';
import { bitwardenImporter } from '../../../src/core/formats/bitwarden';
import { bitwardenProtected } from './support/cbc-writers';
import { failure, filesNamed } from './support/files';

const SECRET = 'JBSWY3DPEHPK3PXP';

function login(
  name: string,
  username: string | undefined,
  totp: unknown,
  notes: string | null = null,
) {
  return {
    id: crypto.randomUUID(),
    type: 1,
    name,
    notes,
    login: { username, password: 'pw', totp, uris: [] },
  };
}

const plainExport = {
  encrypted: false,
  folders: [],
  items: [
    login('GitHub', 'alice', `otpauth://totp/GitHub:alice?secret=${SECRET}&issuer=GitHub&digits=8`),
    login(
      'Mail',
      'bob@example.com',
      SECRET.toLowerCase().replace(/(.{4})/g, '$1 '),
      'recovery in safe',
    ),
    login('Steam', 'carol', `steam://${SECRET}`),
    login('No issuer in URI', 'dave', `otpauth://totp/dave?secret=${SECRET}`),
    login('No 2FA', 'erin', null),
    login('Blank 2FA', 'erin', '  '),
    { type: 2, name: 'A secure note', notes: 'text', secureNote: { type: 0 } },
    login('Broken', 'frank', 'otpauth://totp/Broken:frank?secret=!!!'),
    login('Short', 'gina', 'JBSWY3DP'),
  ],
};

const input = filesNamed('bitwarden_export.json');

describe('Bitwarden JSON', () => {
  it('imports items with login.totp (URI, bare base32, steam://), skips the rest, names the bad ones', async () => {
    const text = JSON.stringify(plainExport, null, 2);
    expect(bitwardenImporter.detect(input(text))).toBe(true);
    const parsed = await bitwardenImporter.read(input(text));
    expect(parsed.format).toBe('bitwarden');
    expect(parsed.accounts).toEqual([
      {
        issuer: 'GitHub',
        account: 'alice',
        note: '',
        params: { type: 'totp', secret: SECRET, algorithm: 'SHA1', digits: 8, period: 30 },
      },
      {
        issuer: 'Mail',
        account: 'bob@example.com',
        note: 'recovery in safe',
        params: { type: 'totp', secret: SECRET, algorithm: 'SHA1', digits: 6, period: 30 },
      },
      { issuer: 'Steam', account: 'carol', note: '', params: { type: 'steam', secret: SECRET } },
      {
        issuer: 'No issuer in URI',
        account: 'dave',
        note: '',
        params: { type: 'totp', secret: SECRET, algorithm: 'SHA1', digits: 6, period: 30 },
      },
    ]);
    expect(parsed.failed).toEqual([
      { label: 'Broken (frank)', code: 'bad-secret' },
      { label: 'Short (gina)', code: 'secret-too-short' },
    ]);
  });

  it('reads an organization export (collections instead of folders)', async () => {
    const text = JSON.stringify({
      encrypted: false,
      collections: [],
      items: [plainExport.items[0]],
    });
    expect((await bitwardenImporter.read(input(text))).accounts).toHaveLength(1);
  });

  it('decrypts a password-protected export (PBKDF2)', async () => {
    const text = await bitwardenProtected(plainExport, 'correct horse');
    expect(bitwardenImporter.detect(input(text))).toBe(true);
    const parsed = await bitwardenImporter.read(input(text, 'correct horse'));
    expect(parsed.accounts).toHaveLength(4);
    expect(parsed.failed).toHaveLength(2);
  });

  it('decrypts a password-protected export (Argon2id)', async () => {
    const text = await bitwardenProtected(plainExport, 'pässwörd', {
      kdfType: 1,
      kdfIterations: 2,
      kdfMemory: 16,
      kdfParallelism: 1,
    });
    expect((await bitwardenImporter.read(input(text, 'pässwörd'))).accounts).toHaveLength(4);
  });

  it('asks for the password, rejects a wrong one, and refuses costly or unknown settings', async () => {
    const text = await bitwardenProtected(plainExport, 'correct horse');
    expect((await failure(bitwardenImporter.read(input(text)))).code).toBe('password-needed');
    const wrong = await failure(bitwardenImporter.read(input(text, 'wrong')));
    expect(wrong.code).toBe('wrong-password');
    const file = JSON.parse(text) as Record<string, unknown>;
    const variant = (changes: Record<string, unknown>) =>
      bitwardenImporter.read(input(JSON.stringify({ ...file, ...changes }), 'correct horse'));
    expect((await failure(variant({ kdfIterations: 50_000_000 }))).code).toBe('too-large');
    expect((await failure(variant({ kdfIterations: 1 }))).code).toBe('malformed');
    expect((await failure(variant({ kdfType: 7 }))).code).toBe('unsupported-encryption');
    expect(
      (
        await failure(
          variant({ kdfType: 1, kdfIterations: 3, kdfMemory: 100_000, kdfParallelism: 1 }),
        )
      ).code,
    ).toBe('too-large');
    expect((await failure(variant({ data: 'not an enc string' }))).code).toBe('malformed');
    const data = file.data as string;
    // A changed ciphertext byte fails the data's MAC although the password checked out.
    const [head, ciphertext, mac] = data.split('|') as [string, string, string];
    const flipped = `${ciphertext.slice(0, 4)}${ciphertext[4] === 'A' ? 'B' : 'A'}${ciphertext.slice(5)}`;
    expect((await failure(variant({ data: `${head}|${flipped}|${mac}` }))).code).toBe('truncated');
    expect(
      (await failure(variant({ data: `${head}|${ciphertext.slice(0, 8)}|${mac}` }))).code,
    ).toBe('truncated');
  });

  it('explains that account-restricted exports cannot be read here', async () => {
    const text = JSON.stringify({
      encrypted: true,
      encKeyValidation_DO_NOT_EDIT: '2.AAAA|BBBB|CCCC',
      folders: [],
      items: [],
    });
    expect(bitwardenImporter.detect(input(text))).toBe(true);
    const error = await failure(bitwardenImporter.read(input(text, 'x')));
    expect(error.code).toBe('unsupported-encryption');
    expect(error.message).toMatch(/unencrypted JSON/);
  });

  it('types damaged and wrongly shaped files', async () => {
    const text = JSON.stringify(plainExport, null, 2);
    const cut = text.slice(0, text.length / 2);
    expect(bitwardenImporter.detect(input(cut))).toBe(true);
    expect((await failure(bitwardenImporter.read(input(cut)))).code).toBe('truncated');
    // Complete but wrong JSON is not a cut file.
    expect((await failure(bitwardenImporter.read(input('{"encrypted": false,}')))).code).toBe(
      'malformed',
    );
    expect((await failure(bitwardenImporter.read(input('{"encrypted": false}')))).code).toBe(
      'malformed',
    );
    expect(
      (await failure(bitwardenImporter.read(input('{"encrypted": "no", "items": []}')))).code,
    ).toBe('malformed');
    const badItems = JSON.stringify({ encrypted: false, items: [7, login('X', 'y', 42)] });
    expect((await bitwardenImporter.read(input(badItems))).failed).toEqual([
      { label: 'entry 1', code: 'malformed-entry' },
      { label: 'X (y)', code: 'malformed-entry' },
    ]);
  });

  it('does not claim other formats', () => {
    for (const text of [
      '[]',
      '{"version": 1, "header": {"slots": null, "params": null}, "db": {"version": 2, "entries": []}}',
      '{"services": [], "schemaVersion": 4}',
      '{"abc": {"secret": "JBSWY3DPEHPK3PXP", "encrypted": false}}',
      'otpauth://totp/a?secret=JBSWY3DPEHPK3PXP',
    ]) {
      expect(bitwardenImporter.detect(input(text))).toBe(false);
    }
  });
});
