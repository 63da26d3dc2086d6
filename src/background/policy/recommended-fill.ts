import { storageItem } from '../storage-items';
import { changeSettings } from '../settings';
import { currentPolicy } from './managed-policy';

/**
 * "Automatic fill" that the organisation sets but lets users change: its value becomes the
 * user's setting once, when the policy first says it or says something new, and is the
 * user's to change after that. The value last taken is remembered for that comparison.
 */
const takenItem = storageItem<boolean | null>('local', 'policyFillTaken', null, (stored) =>
  typeof stored === 'boolean' ? stored : undefined,
);

export async function applyRecommendedFill(): Promise<void> {
  const policy = await currentPolicy();
  if (policy.fillOnSignIn === null || !policy.fillOnSignInUserMayChange) return;
  if ((await takenItem.get()) === policy.fillOnSignIn) return;
  await changeSettings({ fillOnSignIn: policy.fillOnSignIn });
  await takenItem.set(policy.fillOnSignIn);
}
