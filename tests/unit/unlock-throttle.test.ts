import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  afterWrongPassphrase,
  delayAfter,
  FREE_ATTEMPTS,
  MAX_DELAY_MS,
  nextAttemptAt,
  NO_FAILURES,
  parsePassphraseFailures,
  withClockChecked,
  type PassphraseFailures,
} from '../../src/core/unlock-throttle';

// The wait after wrong passphrases in a row (core/unlock-throttle.ts).
const now = 1_700_000_000_000;
const count = fc.nat({ max: 10_000 });
const failures: fc.Arbitrary<PassphraseFailures> = fc.record({
  count,
  lastAt: fc.nat({ max: 4_000_000_000_000 }),
});

describe('the delay after wrong passphrases in a row', () => {
  it('costs nothing for the first three, then 2 s, doubling, up to 5 minutes', () => {
    expect([0, 1, 2, 3].map(delayAfter)).toEqual([0, 0, 0, 0]);
    expect([4, 5, 6, 7, 8, 9, 10, 11].map(delayAfter)).toEqual([
      2_000, 4_000, 8_000, 16_000, 32_000, 64_000, 128_000, 256_000,
    ]);
    expect([12, 13, 100, Number.MAX_SAFE_INTEGER].map(delayAfter)).toEqual(
      Array(4).fill(MAX_DELAY_MS),
    );
  });

  it('never shrinks as wrong passphrases add up, and never passes the cap', () => {
    fc.assert(
      fc.property(count, count, (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(delayAfter(low)).toBeLessThanOrEqual(delayAfter(high));
        expect(delayAfter(high)).toBeLessThanOrEqual(MAX_DELAY_MS);
        expect(delayAfter(high) > 0).toBe(high > FREE_ATTEMPTS);
      }),
    );
  });
});

describe('when the next passphrase may be checked', () => {
  it('is at once while the free attempts last', () => {
    let state = NO_FAILURES;
    for (let attempt = 1; attempt <= FREE_ATTEMPTS; attempt++) {
      state = afterWrongPassphrase(state, now);
      expect(nextAttemptAt(state, now)).toBeNull();
    }
    state = afterWrongPassphrase(state, now);
    expect(state).toEqual({ count: 4, lastAt: now });
    expect(nextAttemptAt(state, now)).toBe(now + 2_000);
  });

  it('runs from the last wrong passphrase, and is over once its delay has passed', () => {
    const state = { count: 5, lastAt: now };
    expect(nextAttemptAt(state, now + 3_999)).toBe(now + 4_000);
    expect(nextAttemptAt(state, now + 4_000)).toBeNull();
  });

  it('is never more than the delay away, even with the clock set back, once checked', () => {
    fc.assert(
      fc.property(failures, fc.nat({ max: 4_000_000_000_000 }), (state, at) => {
        const checked = withClockChecked(state, at);
        expect(checked.count).toBe(state.count);
        const next = nextAttemptAt(checked, at);
        if (next === null) return;
        expect(next).toBeGreaterThan(at);
        expect(next - at).toBeLessThanOrEqual(delayAfter(state.count));
      }),
    );
    // A wrong passphrase "an hour from now" by a clock that was then set back an hour.
    const ahead = { count: 4, lastAt: now + 3_600_000 };
    expect(nextAttemptAt(withClockChecked(ahead, now), now)).toBe(now + 2_000);
  });
});

describe('the stored count', () => {
  it('reads back what was stored', () => {
    fc.assert(
      fc.property(failures, (state) => {
        expect(parsePassphraseFailures(structuredClone(state))).toEqual(state);
      }),
    );
  });

  it('is refused, never thrown on, when it is not one', () => {
    for (const stored of [
      null,
      'x',
      4,
      [],
      {},
      { count: -1, lastAt: now },
      { count: 1.5, lastAt: now },
      { count: '4', lastAt: now },
      { count: 4, lastAt: Number.NaN },
      { count: 4, lastAt: -1 },
      { count: 4 },
    ]) {
      expect(parsePassphraseFailures(stored)).toBeUndefined();
    }
    fc.assert(
      fc.property(fc.anything(), (stored) => {
        const parsed = parsePassphraseFailures(stored);
        if (parsed) expect(Number.isSafeInteger(parsed.count)).toBe(true);
      }),
    );
  });
});
