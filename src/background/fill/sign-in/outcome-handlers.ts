import { allowableEntry } from '../../../core/fill-policy';
import { LIMITS, signInAccepted, updateEntry } from '../../../core/vault';
import type { ContentRequests } from '../../../shared/protocol/content';
import { oneOf, record, text } from '../../parse-payload';
import { portalFrame } from '../../portals/portal-frame';
import { expectNoPayload, RequestError, type HandlerMap } from '../../router';
import type { ContentScriptSender } from '../../sender';
import { withVaultErrors } from '../../vault/vault-errors';
import { updateVault, vaultState } from '../../vault/vault-service';
import { rememberLoginName } from './login-names';
import { refusalSeen } from './refusal';
import { signInVerdict } from './sign-in-context';
import { noteSent, takeAccepted } from './sign-in-outcomes';

type OutcomeRequests = Pick<
  ContentRequests,
  'fill/login-name' | 'fill/allow-here' | 'fill/sent' | 'fill/outcome'
>;

/**
 * What the page tells us around a sign-in: the login name typed, the user's "Allow on this
 * site" for another host of the portal, the code step sent, and what the portal answered.
 * Each is about the asking frame's own tab and origin, as the browser stamped them.
 */
export const outcomeHandlers: HandlerMap<OutcomeRequests, ContentScriptSender> = {
  'fill/login-name': {
    parse: (payload) => ({ name: text(record(payload), 'name', LIMITS.account).trim() }),
    async handle({ name }, sender) {
      await portalFrame(sender);
      if (name !== '') rememberLoginName(sender.tabId, sender.origin, name);
      return null;
    },
  },
  'fill/allow-here': {
    parse: (payload) => ({ id: text(record(payload), 'id', 64) }),
    async handle({ id }, sender) {
      const profile = await portalFrame(sender);
      if ((await vaultState()) !== 'unlocked') throw new RequestError('locked', 'Locked.');
      // Only an account of another host of this portal (core/second-host.ts), never any other.
      const entry = allowableEntry(await signInVerdict(sender, profile), id);
      if (!entry) throw new RequestError('not-found', 'No such account for this site.');
      await withVaultErrors(() =>
        updateVault((data) =>
          updateEntry(data, entry.id, { origins: [...entry.origins, sender.origin] }),
        ),
      );
      return null;
    },
  },
  'fill/sent': {
    parse: expectNoPayload,
    async handle(_request, sender) {
      await portalFrame(sender);
      noteSent(sender.tabId, sender.origin);
      return null;
    },
  },
  'fill/outcome': {
    parse: (payload) => ({ outcome: oneOf(record(payload), 'outcome', ['refused', 'gone']) }),
    async handle({ outcome }, sender) {
      const profile = await portalFrame(sender);
      if ((await vaultState()) !== 'unlocked') return null;
      if (outcome === 'refused') return refusalSeen(sender, await signInVerdict(sender, profile));
      const accepted = takeAccepted(sender.tabId, sender.origin);
      if (accepted !== null) {
        await withVaultErrors(() => updateVault((data) => signInAccepted(data, accepted).vault));
      }
      return null;
    },
  },
};
