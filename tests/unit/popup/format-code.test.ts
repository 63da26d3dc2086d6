import { describe, expect, it } from 'vitest';
import { formatCode } from '../../../src/popup/logic/format-code';

describe('formatCode', () => {
  it('groups codes in two halves, the shorter first', () => {
    expect(formatCode('123456')).toBe('123 456');
    expect(formatCode('1234567')).toBe('123 4567');
    expect(formatCode('12345678')).toBe('1234 5678');
  });

  it('leaves Steam codes and anything short whole', () => {
    expect(formatCode('2BCDF')).toBe('2BCDF');
    expect(formatCode('')).toBe('');
  });

  it('keeps every character, in order', () => {
    for (const code of ['123456', '1234567', '12345678']) {
      expect(formatCode(code).replace(' ', '')).toBe(code);
    }
  });
});
