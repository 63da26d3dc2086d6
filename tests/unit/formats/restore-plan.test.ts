import { describe, expect, it } from 'vitest';
import { applyRestore, planRestore } from '../../../src/core/formats/restore-plan';
import type { VaultData, VaultEntry } from '../../../src/core/vault';

function entry(id: string, secret: string, extra: Partial<VaultEntry> = {}): VaultEntry {
  return {
    id,
    issuer: 'Sonar',
    account: `user-${id}`,
    params: { type: 'totp', secret, algorithm: 'SHA1', digits: 6, period: 30 },
    origins: ['https://a.example'],
    siteId: null,
    note: '',
    standby: null,
    createdAt: 1,
    updatedAt: 1,
    ...extra,
  };
}

const vault = (entries: VaultEntry[]): VaultData => ({ schemaVersion: 2, entries });
const S1 = 'JBSWY3DPEHPK3PXPJBSWY3DP';
const S2 = 'GEZDGNBVGY3TQOJQGEZDGNBVGY';
const S3 = 'MFRGGZDFMZTWQ2LKNNWG23TPOA';

describe('planRestore', () => {
  it('skips exact duplicates, keeps conflicts side by side under a dated name, adds the rest in order', () => {
    const current = vault([entry('a', S1), entry('b', S2)]);
    const backup = [
      entry('x', S1, { account: 'user-a', createdAt: 9 }), // identical but for id and dates
      entry('b', S2, { note: 'changed later' }), // same id, differs
      entry('c', S3),
    ];
    let next = 0;
    const plan = planRestore(current, backup, '2026-12-04', () => `new-${++next}`);
    expect(plan.skipped).toBe(1);
    expect(plan.conflicts).toEqual(['Sonar (user-b)']);
    expect(plan.add.map((added) => [added.id, added.account])).toEqual([
      ['new-1', 'user-b (2026-12-04)'],
      ['c', 'user-c'],
    ]);
    expect(plan.add[0]?.note).toBe('changed later');
    const restored = applyRestore(current, plan);
    expect(restored.entries.map((stored) => stored.id)).toEqual(['a', 'b', 'new-1', 'c']);
  });

  it('treats a different HOTP counter or bound origin as a conflict, not a duplicate', () => {
    const hotp = { type: 'hotp', secret: S1, algorithm: 'SHA1', digits: 6, counter: 3 } as const;
    const current = vault([entry('a', S1, { params: hotp })]);
    const plan = planRestore(
      current,
      [
        entry('a', S1, { params: { ...hotp, counter: 7 } }),
        entry('a', S1, { params: hotp, origins: ['https://b.example'] }),
      ],
      '2026-01-01',
    );
    expect(plan.skipped).toBe(0);
    expect(plan.conflicts).toHaveLength(2);
    expect(new Set(plan.add.map((added) => added.id)).size).toBe(2);
  });

  it('refuses to go over the vault limit', () => {
    const plan = {
      add: Array.from({ length: 10_001 }, (_, i) => entry(`n${i}`, S3)),
      skipped: 0,
      conflicts: [],
    };
    expect(() => applyRestore(vault([]), plan)).toThrow(/at most/);
  });
});
