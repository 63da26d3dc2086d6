import { codeToFill, offeredEntry } from '../../../core/fill-policy';
import type { ContentRequests } from '../../../shared/protocol/content';
import type { SignInAccounts, SignInCode } from '../../../shared/model/fill';
import { unlockForFrame } from '../../capture/unlock-window';
import { record, text } from '../../parse-payload';
import { portalFrame } from '../../portals/portal-frame';
import { expectNoPayload, RequestError, type HandlerMap } from '../../router';
import { askingFrame, type ContentScriptSender } from '../../sender';
import { vaultState } from '../../vault/vault-service';
import { copyAfterFill } from '../copy-after-fill';
import { verdictFor } from '../fill-verdict';

type SignInRequests = Pick<
  ContentRequests,
  'fill/accounts' | 'fill/code' | 'fill/unlock' | 'fill/filled'
>;

/**
 * Sign-in fill (DESIGN 4.3): a portal's top frame learns the names of the accounts the fill
 * policy offers it, and the code of one of them when it fills. A locked vault is an answer
 * ('locked'), not an error: the page then offers "Fill code", which unlocks first.
 */
export const signInHandlers: HandlerMap<SignInRequests, ContentScriptSender> = {
  'fill/accounts': {
    parse: expectNoPayload,
    async handle(_request, sender): Promise<SignInAccounts> {
      await portalFrame(sender);
      const state = await vaultState();
      if (state === 'locked') return { status: 'locked' };
      // No vault yet: nothing is bound anywhere.
      if (state === 'none') return { status: 'unlocked', accounts: [], automatic: false };
      const verdict = await verdictFor(askingFrame(sender));
      if (verdict.kind !== 'offer') return { status: 'unlocked', accounts: [], automatic: false };
      const accounts = verdict.entries.map(({ id, issuer, account }) => ({ id, issuer, account }));
      return { status: 'unlocked', accounts, automatic: verdict.automatic };
    },
  },
  'fill/code': {
    parse: (payload) => ({ id: text(record(payload), 'id', 64) }),
    async handle({ id }, sender): Promise<SignInCode> {
      await portalFrame(sender);
      if ((await vaultState()) !== 'unlocked') return { status: 'locked' };
      const verdict = await verdictFor(askingFrame(sender));
      const entry = offeredEntry(verdict, id);
      if (!entry || verdict.kind !== 'offer') {
        throw new RequestError('not-found', 'No such account for this site.');
      }
      const { code, validFrom } = codeToFill(entry, Date.now());
      return { status: 'code', code, validFrom, submit: verdict.submit };
    },
  },
  'fill/unlock': {
    parse: expectNoPayload,
    async handle(_request, sender) {
      await portalFrame(sender);
      if ((await vaultState()) === 'unlocked') return { status: 'unlocked' } as const;
      // The passphrase is typed in the extension's own window, never in the page.
      await unlockForFrame(sender.tabId, sender.frameId);
      return { status: 'locked' } as const;
    },
  },
  'fill/filled': {
    parse: (payload) => ({ code: text(record(payload), 'code', 16) }),
    async handle({ code }, sender) {
      await portalFrame(sender);
      if ((await vaultState()) !== 'unlocked') return null;
      await copyAfterFill(await verdictFor(askingFrame(sender)), code);
      return null;
    },
  },
};
