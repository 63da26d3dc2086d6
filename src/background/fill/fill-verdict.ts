import {
  fillVerdict,
  type AskingFrame,
  type FillContext,
  type FillVerdict,
} from '../../core/fill-policy';
import { originOf } from '../../core/origin';
import { siteProfileForUrl } from '../portals/profile-for-url';
import { settingsItem } from '../settings';
import { vaultData } from '../vault/vault-service';
import { loginNameFor } from './sign-in/login-names';

/**
 * The fill policy's verdict (core/fill-policy.ts) for a frame, from the open vault and the
 * settings: what every fill path asks before it names an account or hands out a code.
 * Throws the vault's 'locked' error when it is locked.
 */
export async function verdictFor(
  frame: AskingFrame,
  context: FillContext = {},
): Promise<FillVerdict> {
  const [{ data }, settings] = await Promise.all([vaultData(), settingsItem.get()]);
  return fillVerdict(data.entries, frame, settings, context);
}

/**
 * What a tab's page adds to the frame: the login name typed there, and its portal's patterns
 * (the hosts an account may be allowed on). `url` is what the browser stamped or reported.
 */
export async function tabContext(tabId: number, url: string): Promise<FillContext> {
  const origin = originOf(url);
  const profile = await siteProfileForUrl(url);
  return {
    loginName: origin === null ? null : loginNameFor(tabId, origin),
    portalMatches: profile?.matches ?? [],
  };
}
