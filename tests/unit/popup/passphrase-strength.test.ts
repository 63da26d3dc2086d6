import { describe, expect, it } from 'vitest';
import { MIN_PASSPHRASE_LENGTH } from '../../../src/core/passphrase';
import { estimateStrength } from '../../../src/popup/logic/passphrase-strength';

const level = (passphrase: string) => estimateStrength(passphrase).level;

describe('estimateStrength', () => {
  it('calls anything under the minimum too short', () => {
    expect(MIN_PASSPHRASE_LENGTH).toBe(12);
    expect(level('')).toBe('too-short');
    expect(level('Xk9#mQ2!vL7')).toBe('too-short');
  });

  it('counts characters as the worker does (core/passphrase.ts)', () => {
    expect(level('😀'.repeat(11))).toBe('too-short');
    expect(level('😀'.repeat(12))).not.toBe('too-short');
  });

  it('calls common passwords, repeats and sequences weak even when long enough', () => {
    expect(level('password1234')).toBe('weak');
    expect(level('aaaaaaaaaaaaaaaa')).toBe('weak');
    expect(level('abcdefghijklmnop')).toBe('weak');
    expect(level('qwertyuiop123')).toBe('weak');
    expect(level('123456789012')).toBe('weak');
    expect(level('Password2024!')).toBe('weak');
  });

  it('rates several unrelated words or mixed random characters strong', () => {
    expect(level('correct horse battery staple')).toBe('strong');
    expect(level('Xk9#mQ2!vL7@pR4z')).toBe('strong');
  });

  it('grows with length and with character classes', () => {
    const bits = (passphrase: string) => estimateStrength(passphrase).bits;
    expect(bits('tmfqxbzwrhvk')).toBeLessThan(bits('tmfqxbzwrhvkgdn'));
    expect(bits('tmfqxbzwrhvk')).toBeLessThan(bits('tMfqxBz7rhvk'));
  });

  it('gives a middle level for a lowercase passphrase just over the minimum', () => {
    expect(['fair', 'good']).toContain(level('tmfqxbzwrhvk'));
  });
});
