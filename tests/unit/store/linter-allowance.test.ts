import { describe, expect, it } from 'vitest';
import { judgeWarnings } from '../../../scripts/store/linter-allowance';

describe("the add-on linter's accepted warnings", () => {
  const allowed = [{ code: 'UNSAFE', file: 'assets/*.js', reason: 'why' }];

  it('accepts a listed warning in a hashed file, not one elsewhere or of another code', () => {
    const { unexpected, stale } = judgeWarnings(
      [
        { code: 'UNSAFE', file: 'assets/chunk-a1B2.js' },
        { code: 'UNSAFE', file: 'assets/deep/x.js' },
        { code: 'OTHER', file: 'assets/chunk-a1B2.js' },
      ],
      allowed,
    );
    expect(unexpected).toEqual([
      { code: 'UNSAFE', file: 'assets/deep/x.js' },
      { code: 'OTHER', file: 'assets/chunk-a1B2.js' },
    ]);
    expect(stale).toEqual([]);
  });

  it('reports an entry no warning needs any more, and one without a reason', () => {
    expect(judgeWarnings([], allowed).stale).toEqual(allowed);
    expect(() => judgeWarnings([], [{ code: 'X', reason: ' ' }])).toThrow(/reason/);
  });
});
