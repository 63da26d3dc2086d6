import { describe, expect, it } from 'vitest';
import { readEntry } from '../../../src/core/formats/entry';

describe('readEntry', () => {
  it('calls an entry of a type we cannot run unsupported, whatever its secret looks like', () => {
    // mOTP secrets are hex, Yandex's may be longer: the type is the reason, not the secret.
    for (const type of ['motp', 'yandex', 'MOTP', 7, '']) {
      expect(
        readEntry({ issuer: 'Old Bank', account: 'pin', type, secret: '0189abcd' }, 1),
      ).toEqual({
        ok: false,
        failure: { label: 'Old Bank (pin)', code: 'unsupported-type' },
      });
    }
  });

  it('still takes TOTP when the format gives no type', () => {
    const result = readEntry({ issuer: 'Example', secret: 'JBSWY3DPEHPK3PXP' }, 1);
    expect(result.ok && result.account.params.type).toBe('totp');
  });
});
