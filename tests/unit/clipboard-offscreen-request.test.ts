import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseOffscreenRequest } from '../../src/offscreen/offscreen-request';

describe('parseOffscreenRequest', () => {
  it('accepts the two requests of the offscreen protocol', () => {
    const later = {
      type: 'offscreen/clear-clipboard-later',
      payload: { code: '123456', delayMs: 30_000 },
    };
    expect(parseOffscreenRequest(later)).toEqual(later);
    const cancel = { type: 'offscreen/cancel-clipboard-clear', payload: null };
    expect(parseOffscreenRequest(cancel)).toEqual(cancel);
  });

  it('ignores page requests and other messages every extension page also receives', () => {
    for (const message of [
      { type: 'clipboard/copied', payload: { code: '123456' } },
      { type: 'vault/unlock', payload: { passphrase: 'x' } },
      { type: 'content/hello', payload: null },
      'offscreen/clear-clipboard-later',
      null,
      undefined,
      42,
    ]) {
      expect(parseOffscreenRequest(message)).toBeNull();
    }
  });

  it('refuses malformed payloads', () => {
    const type = 'offscreen/clear-clipboard-later';
    for (const payload of [
      null,
      {},
      { code: '', delayMs: 1_000 },
      { code: '1'.repeat(17), delayMs: 1_000 },
      { code: 123456, delayMs: 1_000 },
      { code: '123456', delayMs: -1 },
      { code: '123456', delayMs: 600_001 },
      { code: '123456', delayMs: 1.5 },
      { code: '123456', delayMs: Number.NaN },
      { code: '123456', delayMs: '1000' },
    ]) {
      expect(parseOffscreenRequest({ type, payload })).toBeNull();
    }
    expect(
      parseOffscreenRequest({ type: 'offscreen/cancel-clipboard-clear', payload: {} }),
    ).toBeNull();
  });

  it('never throws, and whatever it accepts is well formed', () => {
    const type = fc.constantFrom(
      'offscreen/clear-clipboard-later',
      'offscreen/cancel-clipboard-clear',
      'offscreen/copy',
      'clipboard/copied',
    );
    const payload = fc.oneof(
      fc.record({ code: fc.anything(), delayMs: fc.anything() }, { requiredKeys: [] }),
      fc.record({
        code: fc.string({ maxLength: 20 }),
        delayMs: fc.integer({ min: -10, max: 700_000 }),
      }),
      fc.anything(),
    );
    const message = fc.oneof(fc.record({ type, payload }), fc.anything());
    fc.assert(
      fc.property(message, (input) => {
        const request = parseOffscreenRequest(input);
        if (request === null) return;
        if (request.type === 'offscreen/cancel-clipboard-clear') {
          expect(request.payload).toBeNull();
          return;
        }
        const { code } = request.payload;
        expect(typeof code === 'string' && code.length >= 1 && code.length <= 16).toBe(true);
        if (request.type === 'offscreen/copy') {
          expect(Object.keys(request.payload)).toEqual(['code']);
          return;
        }
        const { delayMs } = request.payload;
        expect(Number.isSafeInteger(delayMs) && delayMs >= 0 && delayMs <= 600_000).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
