import { describe, expect, it } from 'vitest';
import { handleVaultUnlocked, resumeAfterUnlock } from '../../../src/content/vault-unlocked';

// Issues 5 and 6: enrollment and sign-in fill can both wait for the unlock window.
describe('resumeAfterUnlock', () => {
  it('resumes every waiting feature once, the newest action of each', () => {
    const calls: string[] = [];
    resumeAfterUnlock('enrollment', () => calls.push('save'));
    resumeAfterUnlock('sign-in', () => calls.push('old fill'));
    resumeAfterUnlock('sign-in', () => calls.push('fill'));
    handleVaultUnlocked();
    expect(calls.sort()).toEqual(['fill', 'save']);
    handleVaultUnlocked();
    expect(calls).toHaveLength(2);
  });
});
