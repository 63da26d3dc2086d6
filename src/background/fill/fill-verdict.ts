import {
  fillVerdict,
  type AskingFrame,
  type FillContext,
  type FillVerdict,
} from '../../core/fill-policy';
import { currentSettings } from '../policy/current-settings';
import { vaultData } from '../vault/vault-service';

/**
 * The fill policy's verdict (core/fill-policy.ts) for a frame, from the open vault and the
 * settings: what every fill path asks before it names an account or hands out a code.
 * Throws the vault's 'locked' error when it is locked.
 */
export async function verdictFor(
  frame: AskingFrame,
  context: FillContext = {},
): Promise<FillVerdict> {
  const [{ data }, settings] = await Promise.all([vaultData(), currentSettings()]);
  return fillVerdict(data.entries, frame, settings, context);
}
