import fc from 'fast-check';
import { expect } from 'vitest';
import {
  FormatError,
  type FileImporter,
  type ImportFileInput,
} from '../../../../src/core/formats/types';

/**
 * What every importer promises: a ParsedFile or a FormatError, nothing else, and never a
 * password in a message.
 */
export async function readsOrRefusesCleanly(
  importer: FileImporter,
  input: ImportFileInput,
): Promise<void> {
  expect(() => importer.detect(input)).not.toThrow();
  try {
    const parsed = await importer.read(input);
    expect(parsed.format).toBe(importer.format);
  } catch (error) {
    if (!(error instanceof FormatError)) throw error;
    if (input.password) expect(error.message).not.toContain(input.password);
  }
}

/** Like every parser's properties here: at least 10,000 runs, in the normal test run. */
export const HOSTILE_RUNS = 10_000;

/**
 * For every text `texts` makes, with any password (or none): a ParsedFile or a FormatError.
 */
export async function refusesCleanlyForAll(
  importer: FileImporter,
  texts: fc.Arbitrary<string>,
  file: (text: string, password: string | null) => ImportFileInput,
): Promise<void> {
  await fc.assert(
    fc.asyncProperty(texts, password, async (text, secret) => {
      await readsOrRefusesCleanly(importer, file(text, secret));
    }),
    { numRuns: HOSTILE_RUNS },
  );
}

/** Passwords that no message could contain by chance, so the check below means something. */
export const password: fc.Arbitrary<string | null> = fc.option(
  fc.string().map((text) => `pw:${text}`),
);

/** Text that is sometimes JSON, sometimes nearly. */
export const jsonishText: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.jsonValue().map((value) => JSON.stringify(value).slice(0, -1)),
);

/** The text cut at a random place, or with one character replaced. */
export function damaged(text: string): fc.Arbitrary<string> {
  return fc.oneof(
    fc.nat({ max: text.length }).map((end) => text.slice(0, end)),
    fc
      .tuple(
        fc.nat({ max: Math.max(0, text.length - 1) }),
        fc.string({ minLength: 1, maxLength: 1 }),
      )
      .map(([at, char]) => text.slice(0, at) + char + text.slice(at + 1)),
  );
}

/** Any value, biased towards the kinds the formats' fields hold. */
export const anyField: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constantFrom(
    'totp',
    'hotp',
    'steam',
    'TOTP',
    'HOTP',
    'STEAM',
    'motp',
    'SHA1',
    'SHA512',
    'MD5',
  ),
  fc.constantFrom('JBSWY3DPEHPK3PXP', 'JBSWY3DPEHPK3PXPJBSWY3DP', 'not base32!', ''),
  fc.jsonValue(),
);
