import { describe, expect, it } from 'vitest';
import {
  noPortals,
  parseStoredPortals,
  serialisePortals,
} from '../../../src/background/portals/portal-list';

// Issue 5: the stored portal list is validated on read and loses nothing it cannot read.
describe('parseStoredPortals', () => {
  const good = { pattern: 'https://portal.example.com/*', addedAt: 1_700_000_000_000 };

  it('reads nothing stored as an empty list', () => {
    expect(parseStoredPortals(undefined)).toEqual(noPortals);
  });

  it('keeps valid entries in order', () => {
    const other = { pattern: 'https://*.example.org/*', addedAt: 5 };
    expect(parseStoredPortals([good, other]).entries).toEqual([good, other]);
  });

  it('sets aside entries it cannot read, and writes them back untouched', () => {
    const bad = [
      { pattern: 'https://*/*', addedAt: 1 },
      { pattern: 'http://portal.example.com/*', addedAt: 1 },
      { pattern: 'portal.example.com', addedAt: 1 },
      { pattern: 'https://portal.example.net/*', addedAt: -1 },
      { pattern: 'https://portal.example.net/*', addedAt: Number.NaN },
      { pattern: 'https://portal.example.net/*' },
      'https://portal.example.net/*',
      null,
      [good],
    ];
    const parsed = parseStoredPortals([good, ...bad]);
    expect(parsed.entries).toEqual([good]);
    expect(parsed.unreadable).toEqual(bad);
    expect(serialisePortals(parsed)).toEqual([good, ...bad]);
  });

  it('keeps a whole value that is not a list, rather than overwriting it', () => {
    const stored = { version: 2, portals: [good] };
    const parsed = parseStoredPortals(stored);
    expect(parsed.entries).toEqual([]);
    expect(serialisePortals(parsed)).toEqual([stored]);
  });

  it('keeps fields a newer version added to an entry', () => {
    const newer = { ...good, label: 'Head office' };
    expect(serialisePortals(parseStoredPortals([newer]))).toEqual([newer]);
  });

  it('reads the same pattern twice as one entry, the first', () => {
    const later = { ...good, addedAt: 9 };
    expect(parseStoredPortals([good, later]).entries).toEqual([good]);
  });
});
