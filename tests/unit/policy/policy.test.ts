import { describe, expect, it } from 'vitest';
import schema from '../../../public/managed_schema.json';
import {
  isManaged,
  noPolicy,
  noticeTextFor,
  POLICY_KEYS,
  readPolicy,
} from '../../../src/core/policy/policy';

describe('readPolicy', () => {
  it('reads nothing as no policy (Firefox without policies, an empty managed area)', () => {
    for (const raw of [undefined, null, {}, [], 'text']) {
      expect(readPolicy(raw)).toEqual({ policy: noPolicy, ignored: [] });
    }
    expect(isManaged(noPolicy)).toBe(false);
  });

  it('reads every key of a full policy, normalising portal addresses', () => {
    const { policy, ignored } = readPolicy({
      portals: ['portal.example.com', 'https://*.example.org/login', 'portal.example.com'],
      autoLockMinutes: 5,
      maxAutoLockMinutes: 60,
      fillOnSignIn: false,
      fillOnSignInUserMayChange: true,
      clipboardClearSeconds: 20,
      submitAfterFillOrigins: ['https://portal.example.com/', 'https://other.example.com'],
      disablePlainExports: true,
      disableSync: true,
      insightsNoticeText: { en: ' Ask IT first. ', fr: 'Demandez aux TI.', de: 'ignoriert' },
    });
    expect(ignored).toEqual([]);
    expect(policy).toEqual({
      portals: ['https://portal.example.com/*', 'https://*.example.org/*'],
      autoLockMinutes: 5,
      maxAutoLockMinutes: 60,
      fillOnSignIn: false,
      fillOnSignInUserMayChange: true,
      clipboardClearSeconds: 20,
      submitAfterFillOrigins: ['https://portal.example.com', 'https://other.example.com'],
      disablePlainExports: true,
      disableSync: true,
      insightsNoticeText: { en: 'Ask IT first.', fr: 'Demandez aux TI.' },
    });
    expect(isManaged(policy)).toBe(true);
  });

  it('ignores each bad value on its own, names it, and applies the rest', () => {
    const { policy, ignored } = readPolicy({
      portals: ['https://portal.example.com', 'ftp://files.example.com'],
      autoLockMinutes: 0,
      maxAutoLockMinutes: 2.5,
      fillOnSignIn: 'no',
      clipboardClearSeconds: 601,
      submitAfterFillOrigins: ['http://portal.example.com'],
      disablePlainExports: 1,
      insightsNoticeText: { en: 'x'.repeat(601) },
      disableSync: true,
      someFutureKey: 'kept for a newer version',
    });
    expect(ignored).toEqual([
      'portals',
      'autoLockMinutes',
      'maxAutoLockMinutes',
      'fillOnSignIn',
      'clipboardClearSeconds',
      'submitAfterFillOrigins',
      'disablePlainExports',
      'insightsNoticeText',
    ]);
    expect(policy).toEqual({ ...noPolicy, disableSync: true });
  });

  it('refuses a portal list too long to be a list of portals', () => {
    const portals = Array.from({ length: 65 }, (_, index) => `p${String(index)}.example.com`);
    expect(readPolicy({ portals }).ignored).toEqual(['portals']);
  });

  it('gives the organisation text in the UI language, else the one there is', () => {
    const both = readPolicy({ insightsNoticeText: { en: 'English', fr: 'Français' } }).policy;
    expect(noticeTextFor(both, 'fr')).toBe('Français');
    const english = readPolicy({ insightsNoticeText: { en: 'English' } }).policy;
    expect(noticeTextFor(english, 'fr')).toBe('English');
    expect(noticeTextFor(noPolicy, 'en')).toBeNull();
  });
});

describe('public/managed_schema.json', () => {
  const types: Record<string, string> = {
    portals: 'array',
    submitAfterFillOrigins: 'array',
    autoLockMinutes: 'integer',
    maxAutoLockMinutes: 'integer',
    clipboardClearSeconds: 'integer',
    fillOnSignIn: 'boolean',
    fillOnSignInUserMayChange: 'boolean',
    disablePlainExports: 'boolean',
    disableSync: 'boolean',
    insightsNoticeText: 'object',
  };

  it('declares exactly the keys the extension reads, with their types', () => {
    // Chromium drops values the schema does not declare: a key missing there never arrives.
    expect(Object.keys(schema.properties).sort()).toEqual([...POLICY_KEYS].sort());
    for (const [key, declared] of Object.entries(schema.properties)) {
      expect({ key, type: declared.type }).toEqual({ key, type: types[key] });
    }
  });

  it('accepts in Chromium only what the extension accepts at the bounds', () => {
    const bounds = schema.properties;
    expect(readPolicy({ autoLockMinutes: bounds.autoLockMinutes.minimum }).ignored).toEqual([]);
    expect(readPolicy({ autoLockMinutes: bounds.autoLockMinutes.maximum }).ignored).toEqual([]);
    const { minimum, maximum } = bounds.clipboardClearSeconds;
    expect(readPolicy({ clipboardClearSeconds: minimum }).ignored).toEqual([]);
    expect(readPolicy({ clipboardClearSeconds: maximum }).ignored).toEqual([]);
    expect(readPolicy({ clipboardClearSeconds: maximum + 1 }).ignored).toEqual([
      'clipboardClearSeconds',
    ]);
  });
});
