import {
  afterWrongPassphrase,
  nextAttemptAt,
  NO_FAILURES,
  parsePassphraseFailures,
  withClockChecked,
  type PassphraseFailures,
} from '../../core/unlock-throttle';
import { RequestError } from '../router';
import { storageItem } from '../storage-items';

/**
 * The worker's side of core/unlock-throttle.ts. The count is in storage.local, so neither a
 * worker restart nor a browser restart starts it again; it holds no secret.
 */
const failuresItem = storageItem<PassphraseFailures>(
  'local',
  'passphraseFailures',
  NO_FAILURES,
  parsePassphraseFailures,
);

/** When a passphrase may be checked again, or null when it may be now (the locked popup shows it). */
export async function passphraseWaitUntil(): Promise<number | null> {
  const now = Date.now();
  return nextAttemptAt(withClockChecked(await failuresItem.get(), now), now);
}

/**
 * Runs `check`, one check of the vault's passphrase, under the throttle: while a wait runs it
 * is refused ('throttled') before any key derivation; a 'wrong-passphrase' from it counts one
 * more, and carries the wait it starts; success clears the count. Any other failure (storage,
 * a passphrase changed elsewhere) neither counts nor clears. Callers run it inside the vault's
 * queue, so two checks never start from the same count.
 */
export async function throttledPassphraseCheck<Result>(
  check: () => Promise<Result>,
): Promise<Result> {
  const now = Date.now();
  const stored = await failuresItem.get();
  const failures = withClockChecked(stored, now);
  if (failures !== stored) await bestEffort(() => failuresItem.set(failures));
  const waitUntil = nextAttemptAt(failures, now);
  if (waitUntil !== null) {
    throw new RequestError(
      'throttled',
      'Too many wrong passphrases; try again later.',
      undefined,
      waitUntil,
    );
  }
  let result: Result;
  try {
    result = await check();
  } catch (error) {
    if (!(error instanceof RequestError) || error.code !== 'wrong-passphrase') throw error;
    const counted = afterWrongPassphrase(failures, Date.now());
    await bestEffort(() => failuresItem.set(counted));
    const until = nextAttemptAt(counted, counted.lastAt);
    if (until === null) throw error;
    throw new RequestError(error.code, error.message, error.reason, until);
  }
  if (failures.count > 0) await bestEffort(() => failuresItem.remove());
  return result;
}

/** Another way in proved the user (a passkey): the passphrase's count starts again. */
export async function forgetPassphraseFailures(): Promise<void> {
  await bestEffort(() => failuresItem.remove());
}

/**
 * The count could not be stored (storage full): the answer to the check stands as it is, as
 * a storage error would hide a wrong passphrase, or report a right one as failed after the
 * vault opened.
 */
async function bestEffort(write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    console.warn(
      'The count of wrong passphrases could not be stored:',
      error instanceof Error ? error.name : 'error',
    );
  }
}
