import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  base64Decoder,
  decodeBase64,
  encodeBase64,
  encodeHex,
} from '../../../src/core/crypto/encoding';

// Mostly valid characters, so that many candidates decode and the canonical check matters.
const base64ish = fc.string({
  unit: fc.constantFrom('A', 'B', 'Q', 'g', 'w', '/', '+', '=', '8', ' ', '\n'),
  maxLength: 16,
});

/**
 * The engine's `Uint8Array.fromBase64(text, { lastChunkHandling: 'strict' })` as specified
 * (Node 20 has none): ASCII whitespace skipped, everything else strict, SyntaxError otherwise.
 */
function engineFromBase64(text: string): Uint8Array<ArrayBuffer> {
  const bytes = decodeBase64(text.replace(/[\t\n\f\r ]/g, ''));
  if (!bytes) throw new SyntaxError('not base64');
  return bytes;
}

describe.each([
  ['our decoder', decodeBase64],
  ["over the engine's decoder", base64Decoder(engineFromBase64)],
])('base64 (strict, canonical), %s', (_name, decode) => {
  it('matches Node’s encoder and round-trips', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const text = encodeBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(decode(text)).toEqual(bytes);
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts only the canonical spelling of the bytes it decodes to', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 24 }), base64ish), (text) => {
        const bytes = decode(text);
        if (bytes !== null) expect(encodeBase64(bytes)).toBe(text);
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ['AA', 'missing padding'],
    ['AA=', 'short padding'],
    ['AB==', 'non-zero spare bits'],
    ['AAB=', 'non-zero spare bits'],
    ['A===', 'too much padding'],
    ['AA==AA==', 'padding inside'],
    ['AA A', 'whitespace'],
    ['AA\nA', 'a newline'],
    ['QUJD    ', 'trailing spaces'],
    ['QU\nJD\n\n\n', 'newlines between whole groups'],
    ['-_AA', 'the URL-safe alphabet'],
    ['ÀAAA', 'a non-ASCII letter'],
  ])('refuses %j (%s)', (text) => {
    expect(decode(text)).toBeNull();
  });

  it('decodes the RFC 4648 section 10 vectors', () => {
    const vectors = {
      '': '',
      f: 'Zg==',
      fo: 'Zm8=',
      foo: 'Zm9v',
      foob: 'Zm9vYg==',
      fooba: 'Zm9vYmE=',
      foobar: 'Zm9vYmFy',
    };
    for (const [plain, text] of Object.entries(vectors)) {
      expect(decode(text)).toEqual(new TextEncoder().encode(plain));
      expect(encodeBase64(new TextEncoder().encode(plain))).toBe(text);
    }
  });
});

it('hex-encodes in lower case', () => {
  expect(encodeHex(Uint8Array.of(0, 15, 171, 255))).toBe('000fabff');
});
