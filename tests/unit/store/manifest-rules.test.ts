import { describe, expect, it } from 'vitest';
import {
  badIcons,
  badVersion,
  chromeManifestProblems,
  textTooLong,
  unresolvedMessages,
  unusedPermissions,
} from '../../../scripts/store/manifest-rules';

const locales = {
  en: { appName: { message: 'Name' }, desc: { message: 'x'.repeat(132) } },
  fr: { APPNAME: { message: 'Nom' }, desc: { message: 'é'.repeat(133) } },
};

describe('store manifest rules', () => {
  it('resolves messages case-insensitively, per locale', () => {
    expect(unresolvedMessages({ name: '__MSG_appName__', a: ['__MSG_gone__'] }, locales)).toEqual([
      '__MSG_gone__ missing in en',
      '__MSG_gone__ missing in fr',
    ]);
  });

  it('counts characters, not bytes, against each limit', () => {
    expect(textTooLong({ description: '__MSG_desc__' }, locales)).toEqual([
      'description in fr is 133 characters (limit 132)',
    ]);
    expect(textTooLong({ short_name: 'Thirteen char' }, locales)).toHaveLength(2);
  });

  it("takes Chrome's version format only", () => {
    for (const ok of ['0.1.0', '1', '1.2.3.4', '65535.0']) expect(badVersion(ok)).toEqual([]);
    for (const bad of ['1.2.3.4.5', '01.0', '1.0-beta', '65536', '', 1]) {
      expect(badVersion(bad)).toHaveLength(1);
    }
  });

  it('wants every icon present at its declared size', () => {
    const sizes: Record<string, { width: number; height: number }> = {
      'a.png': { width: 16, height: 16 },
      'b.png': { width: 32, height: 32 },
    };
    const manifest = {
      icons: { '16': 'a.png', '48': 'b.png' },
      action: { default_icon: { '16': 'a.png', '32': 'c.png' } },
    };
    expect(badIcons(manifest, (path) => sizes[path])).toEqual([
      'icon b.png is 32x32, declared 48',
      'icon c.png is missing',
    ]);
  });

  it('names permissions whose API the code never calls', () => {
    const code = 'e.storage.local.get();e.alarms.create();navigator.clipboard.writeText(c)';
    expect(
      unusedPermissions(['storage', 'alarms', 'clipboardWrite', 'idle', 'activeTab'], code),
    ).toEqual(['permission idle is declared but its API is never used']);
  });

  it('refuses a key and another manifest version', () => {
    const problems = chromeManifestProblems({
      manifest: { manifest_version: 2, key: 'abc', version: '1.0' },
      locales: {},
      sizeOf: () => undefined,
      scripts: '',
    });
    expect(problems).toEqual([
      'manifest_version is not 3',
      'a "key" field: the stores assign the id',
    ]);
  });
});
