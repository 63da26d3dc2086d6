import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../src/core/formats';
import { failure, filesNamed } from './support/files';
import {
  FormatError,
  MAX_IMPORT_BYTES,
  type ImportFileInput,
} from '../../../src/core/formats/types';

const SECRET = 'JBSWY3DPEHPK3PXP';
const input = filesNamed('export');

async function code(text: string): Promise<string> {
  return (await failure(readImportFile(input(text)))).code;
}

describe('readImportFile', () => {
  it('sends each file to the importer that recognises it', async () => {
    const bitwarden = JSON.stringify({
      encrypted: false,
      items: [{ type: 1, name: 'A', login: { username: 'a', totp: SECRET } }],
    });
    const extension = JSON.stringify({ h: { secret: SECRET, encrypted: false, issuer: 'B' } });
    const list = `otpauth://totp/C:c?secret=${SECRET}`;
    expect((await readImportFile(input(bitwarden))).format).toBe('bitwarden');
    expect((await readImportFile(input(extension))).format).toBe('authenticator-extension');
    expect((await readImportFile(input(list))).format).toBe('otpauth-list');
  });

  it('refuses what no importer reads, files that are too large, and files without accounts', async () => {
    expect(await code('just some text')).toBe('unknown-format');
    // Callers across a message boundary are not type-checked.
    const notText = { name: 'x', text: 42, password: null } as unknown as ImportFileInput;
    await expect(readImportFile(notText)).rejects.toBeInstanceOf(FormatError);
    expect(await code('{"unrelated": true}')).toBe('unknown-format');
    expect(await code(`otpauth://totp/a?secret=${SECRET}\n${'#'.repeat(MAX_IMPORT_BYTES)}`)).toBe(
      'too-large',
    );
    // Under the limit in characters, over it in UTF-8 bytes.
    expect(await code(`# ${'é'.repeat(MAX_IMPORT_BYTES / 2)}`)).toBe('too-large');
    expect(await code(JSON.stringify({ encrypted: false, items: [] }))).toBe('no-accounts');
    expect(await code('# only a comment\n')).toBe('unknown-format');
    // A file whose only entry is bad is not empty: the user is told what failed.
    expect((await readImportFile(input('# a comment\notpauth://totp/?secret='))).failed).toEqual([
      { label: 'line 2', code: 'bad-name' },
    ]);
  });
});
