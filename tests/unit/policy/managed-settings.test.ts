import { describe, expect, it } from 'vitest';
import {
  autoLockAllowed,
  effectiveSettings,
  lockedSettings,
  refusedChange,
} from '../../../src/core/policy/managed-settings';
import { noPolicy, readPolicy, type Policy } from '../../../src/core/policy/policy';

const own = {
  autoLockMinutes: 15 as number | null,
  clipboardClearSeconds: 30,
  fillOnSignIn: true,
  submitAfterFillOrigins: ['https://mine.example.com'],
  theme: 'dark' as const,
};

const policy = (raw: Record<string, unknown>): Policy => readPolicy(raw).policy;

describe('effectiveSettings', () => {
  it('is the user’s own settings when nothing is managed', () => {
    expect(effectiveSettings(own, noPolicy)).toEqual(own);
    expect(lockedSettings(noPolicy).size).toBe(0);
  });

  it('applies a fixed auto-lock time, whatever the user chose', () => {
    const fixed = policy({ autoLockMinutes: 5 });
    expect(effectiveSettings(own, fixed).autoLockMinutes).toBe(5);
    expect(effectiveSettings({ ...own, autoLockMinutes: 1 }, fixed).autoLockMinutes).toBe(5);
    expect(effectiveSettings({ ...own, autoLockMinutes: null }, fixed).autoLockMinutes).toBe(5);
    expect(lockedSettings(fixed)).toEqual(new Set(['autoLockMinutes']));
  });

  it('caps the auto-lock time at the maximum, and keeps a shorter choice', () => {
    const capped = policy({ maxAutoLockMinutes: 10 });
    expect(effectiveSettings(own, capped).autoLockMinutes).toBe(10);
    expect(effectiveSettings({ ...own, autoLockMinutes: 1 }, capped).autoLockMinutes).toBe(1);
    // "Only when the browser closes" is longer than any maximum.
    expect(effectiveSettings({ ...own, autoLockMinutes: null }, capped).autoLockMinutes).toBe(10);
    expect(lockedSettings(capped).size).toBe(0);
  });

  it('forces automatic fill unless users may change it', () => {
    expect(effectiveSettings(own, policy({ fillOnSignIn: false })).fillOnSignIn).toBe(false);
    const recommended = policy({ fillOnSignIn: false, fillOnSignInUserMayChange: true });
    expect(effectiveSettings(own, recommended).fillOnSignIn).toBe(true);
    expect(lockedSettings(recommended).has('fillOnSignIn')).toBe(false);
  });

  it('fixes the clipboard delay and adds the organisation’s submit origins to the user’s', () => {
    const managed = policy({
      clipboardClearSeconds: 0,
      submitAfterFillOrigins: ['https://org.example.com', 'https://mine.example.com'],
    });
    const applied = effectiveSettings(own, managed);
    expect(applied.clipboardClearSeconds).toBe(0);
    expect(applied.submitAfterFillOrigins).toEqual([
      'https://org.example.com',
      'https://mine.example.com',
    ]);
    expect(applied.theme).toBe('dark');
  });
});

describe('refusedChange', () => {
  it('refuses changing what the organisation fixed, but not setting it to its own value', () => {
    const managed = policy({ autoLockMinutes: 5, clipboardClearSeconds: 20, fillOnSignIn: false });
    expect(refusedChange({ autoLockMinutes: 30 }, managed)).toBe('autoLockMinutes');
    expect(refusedChange({ autoLockMinutes: null }, managed)).toBe('autoLockMinutes');
    expect(refusedChange({ clipboardClearSeconds: 30 }, managed)).toBe('clipboardClearSeconds');
    expect(refusedChange({ fillOnSignIn: true }, managed)).toBe('fillOnSignIn');
    expect(
      refusedChange(
        { autoLockMinutes: 5, clipboardClearSeconds: 20, fillOnSignIn: false },
        managed,
      ),
    ).toBeNull();
    expect(refusedChange({ submitAfterFillOrigins: [] }, managed)).toBeNull();
  });

  it('refuses an auto-lock time longer than the maximum, or none', () => {
    const capped = policy({ maxAutoLockMinutes: 10 });
    expect(refusedChange({ autoLockMinutes: 15 }, capped)).toBe('autoLockMinutes');
    expect(refusedChange({ autoLockMinutes: null }, capped)).toBe('autoLockMinutes');
    expect(refusedChange({ autoLockMinutes: 10 }, capped)).toBeNull();
    expect(autoLockAllowed(1, capped)).toBe(true);
  });

  it('lets users change automatic fill when the organisation allows it', () => {
    const recommended = policy({ fillOnSignIn: false, fillOnSignInUserMayChange: true });
    expect(refusedChange({ fillOnSignIn: true }, recommended)).toBeNull();
  });
});
