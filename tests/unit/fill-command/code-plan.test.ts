import { generateSync } from 'otplib';
import { describe, expect, it } from 'vitest';
import { planCode, ROLLOVER_MARGIN_MS } from '../../../src/background/fill-command/code-plan';
import { entry, SECRET } from './entries';

// Issue 6: the code is fresh when it reaches the page; under 3 s left, the next one is
// filled as its period starts.
const account = entry('alice', ['https://example.com']);
const periodStart = 1_700_000_010_000; // a multiple of 30 s
const codeAt = (ms: number) =>
  generateSync({ secret: SECRET, epoch: Math.floor(ms / 1000), period: 30, digits: 6 });

describe('planCode', () => {
  it('fills the current code at once while it has time left', () => {
    const now = periodStart + 30_000 - ROLLOVER_MARGIN_MS;
    expect(planCode(account, now)).toEqual({ code: codeAt(now), fillAt: now });
  });

  it('waits for the next period, and fills its code, when under 3 s are left', () => {
    const now = periodStart + 30_000 - ROLLOVER_MARGIN_MS + 1;
    const plan = planCode(account, now);
    expect(plan.fillAt).toBe(periodStart + 30_000);
    expect(plan.code).toBe(codeAt(periodStart + 30_000));
    expect(plan.code).not.toBe(codeAt(now));
  });

  it('fills an HOTP code at once: it does not expire', () => {
    const hotp = {
      ...account,
      params: { type: 'hotp', secret: SECRET, algorithm: 'SHA1', digits: 6, counter: 3 },
    } as const;
    const now = periodStart + 29_999;
    expect(planCode(hotp, now)).toMatchObject({ fillAt: now });
    expect(planCode(hotp, now).code).toMatch(/^\d{6}$/);
  });
});
