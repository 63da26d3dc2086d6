import { describe, expect, it } from 'vitest';
import {
  earliestExpiry,
  nextCodeChange,
  secondsLeft,
  shownCode,
} from '../../../src/popup/logic/time-left';

const totp = { id: 'a', current: '111111', next: '222222', validUntil: 30_000 };
const hotp = { id: 'h', current: '333333', next: null, validUntil: null };

describe('shownCode', () => {
  it('shows the next code only in the last five seconds', () => {
    expect(shownCode(totp, 30, 0)).toEqual({ current: '111111', next: null, validUntil: 30_000 });
    expect(shownCode(totp, 30, 25_000).next).toBeNull();
    expect(shownCode(totp, 30, 25_001).next).toBe('222222');
    expect(shownCode(totp, 30, 29_999)).toMatchObject({ current: '111111', next: '222222' });
  });

  it('rolls over to the next code by itself when the current one expires', () => {
    expect(shownCode(totp, 30, 30_000)).toEqual({
      current: '222222',
      next: null,
      validUntil: 60_000,
    });
  });

  it('has no expiry for HOTP', () => {
    expect(shownCode(hotp, null, 123)).toEqual({ current: '333333', next: null, validUntil: null });
  });
});

describe('secondsLeft', () => {
  it('counts whole seconds down, rounding up', () => {
    expect(secondsLeft(30_000, 30, 0)).toBe(30);
    expect(secondsLeft(30_000, 30, 10_500)).toBe(20);
    expect(secondsLeft(30_000, 30, 29_999)).toBe(1);
  });

  it('goes on counting the following periods once the code has expired, never 0', () => {
    expect(secondsLeft(30_000, 30, 30_000)).toBe(30);
    expect(secondsLeft(30_000, 30, 30_001)).toBe(30);
    expect(secondsLeft(30_000, 30, 59_000)).toBe(1);
    expect(secondsLeft(30_000, 30, 95_000)).toBe(25);
  });
});

describe('nextCodeChange', () => {
  it('is when the next code shows or the code expires, whichever comes first', () => {
    const other = { ...totp, id: 'b', validUntil: 40_000 };
    expect(nextCodeChange([totp, other, hotp], 0)).toBe(25_000);
    expect(nextCodeChange([totp, other, hotp], 25_000)).toBe(30_000);
    expect(nextCodeChange([totp, other, hotp], 30_000)).toBe(35_000);
    expect(nextCodeChange([totp, other, hotp], 35_000)).toBe(40_000);
    expect(nextCodeChange([totp, other, hotp], 40_000)).toBeNull();
    expect(nextCodeChange([hotp], 0)).toBeNull();
  });
});

describe('earliestExpiry', () => {
  it('is the soonest expiry, ignoring HOTP', () => {
    expect(earliestExpiry([totp, { ...totp, id: 'b', validUntil: 15_000 }, hotp])).toBe(15_000);
    expect(earliestExpiry([hotp])).toBeNull();
    expect(earliestExpiry([])).toBeNull();
  });
});

describe('stale codes', () => {
  it('shows no code once even the next one has expired (a refresh failed)', () => {
    const codes = { id: 'a', current: '111111', next: '222222', validUntil: 30_000 };
    expect(shownCode(codes, 30, 59_999).current).toBe('222222');
    expect(shownCode(codes, 30, 60_000)).toEqual({ current: null, next: null, validUntil: null });
  });
});
