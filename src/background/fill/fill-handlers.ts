import type { ContentRequests, SignInAccounts, SignInCode } from '../../shared/messages';
import { copyThenScheduleClear } from '../clipboard';
import { unlockForFrame } from '../capture/unlock-window';
import { record, text } from '../parse-payload';
import { expectNoPayload, RequestError, type HandlerMap } from '../router';
import type { ContentScriptSender } from '../sender';
import { settingsItem } from '../settings';
import { accountCodes } from '../vault/account-views';
import { vaultData, vaultState } from '../vault/vault-service';
import { boundEntries, signInAccount } from './bound-accounts';
import { codeToFill } from './code-to-fill';
import { requireSignInFrame } from './sign-in-frame';

type FillRequests = Pick<
  ContentRequests,
  'fill/accounts' | 'fill/code' | 'fill/unlock' | 'fill/copy'
>;

/**
 * Sign-in fill (issue 6, DESIGN 4.3): a portal's top frame learns the names of the accounts
 * bound to its exact origin, and the code of one of them when it fills. A locked vault is an
 * answer ('locked'), not an error: the page then offers "Fill code", which unlocks first.
 */
export const fillHandlers: HandlerMap<FillRequests, ContentScriptSender> = {
  'fill/accounts': {
    parse: expectNoPayload,
    async handle(_request, sender): Promise<SignInAccounts> {
      await requireSignInFrame(sender);
      const state = await vaultState();
      if (state === 'locked') return { status: 'locked' };
      const { fillOnSignIn } = await settingsItem.get();
      // No vault yet: nothing is bound anywhere.
      if (state === 'none') return { status: 'unlocked', accounts: [], fillOnSignIn };
      const { data } = await vaultData();
      const accounts = boundEntries(data, sender.origin).map(signInAccount);
      return { status: 'unlocked', accounts, fillOnSignIn };
    },
  },
  'fill/code': {
    parse: (payload) => ({ id: text(record(payload), 'id', 64) }),
    async handle({ id }, sender): Promise<SignInCode> {
      await requireSignInFrame(sender);
      if ((await vaultState()) !== 'unlocked') return { status: 'locked' };
      const entry = await boundEntry(id, sender.origin);
      const { code, validFrom } = codeToFill(accountCodes(entry));
      const settings = await settingsItem.get();
      return {
        status: 'code',
        code,
        validFrom,
        submit: settings.submitAfterFillOrigins.includes(sender.origin),
        copy: settings.copyAfterFill,
      };
    },
  },
  'fill/unlock': {
    parse: expectNoPayload,
    async handle(_request, sender) {
      await requireSignInFrame(sender);
      if ((await vaultState()) === 'unlocked') return { status: 'unlocked' } as const;
      // The passphrase is typed in the extension's own window, never in the page (issue 5).
      await unlockForFrame(sender.tabId, sender.frameId);
      return { status: 'locked' } as const;
    },
  },
  'fill/copy': {
    parse: (payload) => ({ code: text(record(payload), 'code', 16) }),
    async handle({ code }, sender) {
      await requireSignInFrame(sender);
      const settings = await settingsItem.get();
      if (!settings.copyAfterFill || (await vaultState()) !== 'unlocked') return null;
      // Only a code this origin could have been given: the page cannot have us read and
      // clear the clipboard for anything else.
      const { data } = await vaultData();
      const given = boundEntries(data, sender.origin).some((entry) => {
        const codes = accountCodes(entry);
        return codes.current === code || codes.next === code;
      });
      if (given) await copyThenScheduleClear(code, settings.clipboardClearSeconds);
      return null;
    },
  },
};

/** Only an account bound to this very origin (DESIGN 4.3); anything else is "not found". */
async function boundEntry(id: string, origin: string) {
  const { data } = await vaultData();
  const entry = boundEntries(data, origin).find((candidate) => candidate.id === id);
  if (!entry) throw new RequestError('not-found', 'No such account for this site.');
  return entry;
}
