import { describe, expect, it } from 'vitest';
import { readImportText } from '../../../src/background/import/read-import';
import { encodeBase32 } from '../../../src/core/base32';
import { encodeMigrationUri, splitIntoMigrationBatches } from '../../../src/core/migration';
import type { OtpAccount } from '../../../src/core/otp-types';

// Issue 5: what the popup can import from a QR code's text: one account, the accounts of a
// Google Authenticator export gathered across its QR codes, or a specific reason for nothing.
const totp = (account: string, seed: number): OtpAccount => ({
  issuer: 'Export',
  account,
  params: {
    type: 'totp',
    secret: encodeBase32(Uint8Array.from({ length: 20 }, (_, index) => index + seed)),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
  },
});

describe('readImportText', () => {
  it('reads one otpauth:// account', () => {
    const read = readImportText(
      'otpauth://totp/Example:alice?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Example',
    );
    expect(read).toMatchObject({ kind: 'accounts', failed: [], batch: null });
    expect(read.kind === 'accounts' && read.drafts.map((draft) => draft.account)).toEqual([
      'alice',
    ]);
  });

  it.each(['https://example.com/', 'WIFI:S:home;T:WPA;P:secret;;', 'hello'])(
    'says %j holds no authenticator account',
    (text) => {
      expect(readImportText(text)).toEqual({
        kind: 'nothing',
        found: { status: 'not-authenticator' },
      });
    },
  );

  it('says why a damaged otpauth:// code cannot be used', () => {
    const read = readImportText('otpauth://totp/Example:alice?issuer=Example');
    expect(read).toEqual({
      kind: 'nothing',
      found: { status: 'unusable', reason: 'missing-secret' },
    });
  });

  it('says why a damaged export cannot be used', () => {
    expect(readImportText('otpauth-migration://offline?data=%%%')).toMatchObject({
      kind: 'nothing',
      found: { status: 'unusable' },
    });
  });

  it('reads a one-QR export as its accounts, with no batch progress', () => {
    const read = readImportText(encodeMigrationUri([totp('one', 1), totp('two', 2)]));
    expect(read).toMatchObject({ kind: 'accounts', failed: [], batch: null });
    expect(read.kind === 'accounts' && read.drafts.map((draft) => draft.account)).toEqual([
      'one',
      'two',
    ]);
  });

  it('gathers the QR codes of one export, in any order, and says which are missing', () => {
    const accounts = [totp('a', 1), totp('b', 2), totp('c', 3), totp('d', 4), totp('e', 5)];
    const [first, second, third] = splitIntoMigrationBatches(accounts, 2, 424242);
    const afterThird = readImportText(third ?? '');
    expect(afterThird).toMatchObject({ batch: { size: 3, scanned: [3], missing: [1, 2] } });
    const afterFirst = readImportText(first ?? '');
    expect(afterFirst).toMatchObject({ batch: { size: 3, scanned: [1, 3], missing: [2] } });
    expect(afterFirst.kind === 'accounts' && afterFirst.drafts.map((d) => d.account)).toEqual([
      'a',
      'b',
      'e',
    ]);
    // The same QR code twice changes nothing.
    readImportText(first ?? '');
    const complete = readImportText(second ?? '');
    expect(complete).toMatchObject({ batch: { size: 3, scanned: [1, 2, 3], missing: [] } });
    expect(complete.kind === 'accounts' && complete.drafts.map((d) => d.account)).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
    ]);
  });

  it('refuses a QR code that contradicts one already read for the same export', () => {
    readImportText(
      encodeMigrationUri([totp('x', 1)], { batchSize: 2, batchIndex: 0, batchId: 77 }),
    );
    const contradiction = encodeMigrationUri([totp('y', 2)], {
      batchSize: 2,
      batchIndex: 0,
      batchId: 77,
    });
    expect(readImportText(contradiction)).toMatchObject({
      kind: 'nothing',
      found: { status: 'unusable', reason: 'batch-mismatch' },
    });
  });

  it('lists the accounts an export cannot carry over, with their reason, and keeps the rest', () => {
    const read = readImportText(exportWithMd5Account());
    expect(read.kind === 'accounts' && read.drafts.map((draft) => draft.account)).toEqual(['good']);
    expect(read.kind === 'accounts' && read.failed).toEqual([
      {
        issuer: 'Legacy',
        account: 'old',
        code: 'unsupported-algorithm',
      },
    ]);
  });
});

/** An export whose second account uses MD5, written field by field (protobuf). */
function exportWithMd5Account(): string {
  const varint = (value: number) => {
    const out: number[] = [];
    let rest = value;
    while (rest >= 0x80) {
      out.push((rest & 0x7f) | 0x80);
      rest >>>= 7;
    }
    return [...out, rest];
  };
  const num = (field: number, value: number) => [...varint((field << 3) | 0), ...varint(value)];
  const len = (field: number, body: readonly number[] | string) => {
    const bytes = typeof body === 'string' ? [...new TextEncoder().encode(body)] : [...body];
    return [...varint((field << 3) | 2), ...varint(bytes.length), ...bytes];
  };
  const secret = Array.from({ length: 10 }, (_, index) => index + 1);
  const entry = (fields: number[]) => len(1, [...len(1, secret), ...fields]);
  const bytes = [
    ...entry(len(2, 'Export:good')),
    ...entry([...len(2, 'Legacy:old'), ...len(3, 'Legacy'), ...num(4, 4)]),
    ...num(2, 1),
    ...num(5, 991),
  ];
  return `otpauth-migration://offline?data=${encodeURIComponent(Buffer.from(bytes).toString('base64'))}`;
}
