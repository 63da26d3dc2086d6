/**
 * Features that wait for the vault: "Save to Authenticator" and "Fill code"
 * on a locked vault open the unlock window (background/capture/unlock-window.ts), which says
 * `vault/unlocked` to this frame once it was used. Each feature keeps one waiting action; a
 * newer one replaces its older one (the user clicked again).
 */
export type WaitingFeature = 'enrollment' | 'sign-in';

const waiting = new Map<WaitingFeature, () => void>();

export function resumeAfterUnlock(feature: WaitingFeature, resume: () => void): void {
  waiting.set(feature, resume);
}

export function handleVaultUnlocked(): void {
  const resumes = [...waiting.values()];
  waiting.clear();
  for (const resume of resumes) resume();
}
