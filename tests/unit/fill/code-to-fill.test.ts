import { describe, expect, it } from 'vitest';
import { codeToFill, ROLLOVER_MARGIN_MS } from '../../../src/background/fill/code-to-fill';

// Issue 6: with under 3 s left, the next period's code is filled at rollover instead.
const validUntil = 1_700_000_010_000;
const codes = { id: 'a', current: '111111', next: '222222', validUntil };

describe('codeToFill', () => {
  it('gives the current code while 3 s or more remain', () => {
    expect(codeToFill(codes, validUntil - ROLLOVER_MARGIN_MS)).toEqual({
      code: '111111',
      validFrom: null,
    });
    expect(codeToFill(codes, validUntil - 29_000)).toEqual({ code: '111111', validFrom: null });
  });

  it('gives the next code and when it becomes valid when under 3 s remain', () => {
    expect(codeToFill(codes, validUntil - ROLLOVER_MARGIN_MS + 1)).toEqual({
      code: '222222',
      validFrom: validUntil,
    });
    expect(codeToFill(codes, validUntil - 1)).toEqual({ code: '222222', validFrom: validUntil });
  });

  it('gives an HOTP code (no period) as it is', () => {
    const hotp = { id: 'h', current: '333333', next: null, validUntil: null };
    expect(codeToFill(hotp, 0)).toEqual({ code: '333333', validFrom: null });
  });
});
