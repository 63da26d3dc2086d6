import type { Policy } from './policy';

/**
 * THE rule for settings an organisation manages: what applies (the user's choice within the
 * policy) and which changes a user may make. The worker applies it to every read of the
 * settings; Options asks it to show and lock controls. The user's own choices stay stored as
 * they were, so a policy taken away gives them back.
 */

/** The settings a policy reaches; the extension's Settings has these and more. */
export interface ManageableSettings {
  readonly autoLockMinutes: number | null;
  readonly clipboardClearSeconds: number;
  readonly fillOnSignIn: boolean;
  readonly submitAfterFillOrigins: readonly string[];
}

export type ManagedSetting = keyof ManageableSettings;

export function effectiveSettings<Settings extends ManageableSettings>(
  settings: Settings,
  policy: Policy,
): Settings {
  return {
    ...settings,
    autoLockMinutes: effectiveAutoLock(settings.autoLockMinutes, policy),
    clipboardClearSeconds: policy.clipboardClearSeconds ?? settings.clipboardClearSeconds,
    fillOnSignIn: fillOnSignInLocked(policy)
      ? (policy.fillOnSignIn ?? settings.fillOnSignIn)
      : settings.fillOnSignIn,
    submitAfterFillOrigins: [
      ...new Set([...policy.submitAfterFillOrigins, ...settings.submitAfterFillOrigins]),
    ],
  };
}

function effectiveAutoLock(minutes: number | null, policy: Policy): number | null {
  if (policy.autoLockMinutes !== null) return policy.autoLockMinutes;
  const max = policy.maxAutoLockMinutes;
  if (max === null) return minutes;
  return minutes === null ? max : Math.min(minutes, max);
}

export function fillOnSignInLocked(policy: Policy): boolean {
  return policy.fillOnSignIn !== null && !policy.fillOnSignInUserMayChange;
}

/** The settings users cannot change at all under this policy. */
export function lockedSettings(policy: Policy): ReadonlySet<ManagedSetting> {
  const locked = new Set<ManagedSetting>();
  if (policy.autoLockMinutes !== null) locked.add('autoLockMinutes');
  if (policy.clipboardClearSeconds !== null) locked.add('clipboardClearSeconds');
  if (fillOnSignInLocked(policy)) locked.add('fillOnSignIn');
  return locked;
}

/** Whether a user may pick this auto-lock time (null: only when the browser closes). */
export function autoLockAllowed(minutes: number | null, policy: Policy): boolean {
  if (policy.autoLockMinutes !== null) return minutes === policy.autoLockMinutes;
  const max = policy.maxAutoLockMinutes;
  return max === null || (minutes !== null && minutes <= max);
}

/**
 * The first setting among `changes` the policy does not let the user make, or null. A
 * locked setting may be "changed" to the value it has under the policy (a restore, a form
 * that sends every field), which changes nothing.
 */
export function refusedChange(
  changes: Partial<ManageableSettings>,
  policy: Policy,
): ManagedSetting | null {
  if ('autoLockMinutes' in changes && !autoLockAllowed(changes.autoLockMinutes ?? null, policy)) {
    return 'autoLockMinutes';
  }
  if (
    changes.clipboardClearSeconds !== undefined &&
    policy.clipboardClearSeconds !== null &&
    changes.clipboardClearSeconds !== policy.clipboardClearSeconds
  ) {
    return 'clipboardClearSeconds';
  }
  if (
    changes.fillOnSignIn !== undefined &&
    fillOnSignInLocked(policy) &&
    changes.fillOnSignIn !== policy.fillOnSignIn
  ) {
    return 'fillOnSignIn';
  }
  return null;
}
