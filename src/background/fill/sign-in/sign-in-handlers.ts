import { codeToFill, offeredEntry, type FillVerdict } from '../../../core/fill-policy';
import { mayAllowOn } from '../../../core/second-host';
import type { VaultEntry } from '../../../core/vault';
import type { ContentRequests } from '../../../shared/protocol/content';
import type { AllowableAccount, SignInAccounts, SignInCode } from '../../../shared/model/fill';
import { unlockForFrame } from '../../capture/unlock-window';
import { record, text } from '../../parse-payload';
import { portalFrame } from '../../portals/portal-frame';
import { expectNoPayload, RequestError, type HandlerMap } from '../../router';
import { askingFrame, type ContentScriptSender } from '../../sender';
import { vaultState } from '../../vault/vault-service';
import { copyAfterFill } from '../copy-after-fill';
import { verdictFor } from '../fill-verdict';
import { forgetLoginName } from './login-names';
import { refusalSeen } from './refusal';
import { signInVerdict } from './sign-in-context';
import { awaitsAnswer, noteFilled } from './sign-in-outcomes';

type SignInRequests = Pick<
  ContentRequests,
  'fill/accounts' | 'fill/code' | 'fill/unlock' | 'fill/filled'
>;

const nothing: SignInAccounts = {
  status: 'unlocked',
  accounts: [],
  allowable: [],
  picked: null,
  automatic: false,
  refused: null,
};

/**
 * Sign-in fill (DESIGN 4.3): a portal's top frame learns the names of the accounts the fill
 * policy offers it, and the code of one of them when it fills. A locked vault is an answer
 * ('locked'), not an error: the page then offers "Fill code", which unlocks first.
 */
export const signInHandlers: HandlerMap<SignInRequests, ContentScriptSender> = {
  'fill/accounts': {
    parse: expectNoPayload,
    async handle(_request, sender): Promise<SignInAccounts> {
      const profile = await portalFrame(sender);
      const state = await vaultState();
      if (state === 'locked') return { status: 'locked' };
      // No vault yet: nothing is bound anywhere.
      if (state === 'none') return nothing;
      const verdict = await signInVerdict(sender, profile);
      if (verdict.kind !== 'offer' && verdict.kind !== 'ask') return nothing;
      // The code step is back after a code was sent from here: the portal refused it.
      const refused = awaitsAnswer(sender.tabId, sender.origin)
        ? refusalSeen(sender, verdict)
        : null;
      return {
        status: 'unlocked',
        accounts: verdict.kind === 'offer' ? verdict.entries.map(nameOf) : [],
        allowable: verdict.allowable.map((entry) =>
          allowableOf(entry, sender.origin, profile.matches),
        ),
        picked: verdict.picked?.id ?? null,
        automatic: verdict.kind === 'offer' && verdict.automatic && refused === null,
        refused,
      };
    },
  },
  'fill/code': {
    parse: (payload) => ({ id: text(record(payload), 'id', 64) }),
    async handle({ id }, sender): Promise<SignInCode> {
      const profile = await portalFrame(sender);
      if ((await vaultState()) !== 'unlocked') return { status: 'locked' };
      const verdict: FillVerdict = await signInVerdict(sender, profile);
      const entry = offeredEntry(verdict, id);
      if (!entry || verdict.kind !== 'offer') {
        throw new RequestError('not-found', 'No such account for this site.');
      }
      const { code, validFrom } = codeToFill(entry, Date.now());
      // The login name did its job; what the portal does with the code is watched from here.
      forgetLoginName(sender.tabId);
      noteFilled(sender.tabId, sender.origin, entry.id);
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

function nameOf({ id, issuer, account }: VaultEntry) {
  return { id, issuer, account };
}

/** Named with the host it is bound to, for the question that allows it here. */
function allowableOf(
  entry: VaultEntry,
  origin: string,
  portalMatches: readonly string[],
): AllowableAccount {
  const bound =
    entry.origins.find((candidate) => mayAllowOn([candidate], origin, portalMatches)) ??
    entry.origins[0] ??
    '';
  return { ...nameOf(entry), boundHost: bound && new URL(bound).host };
}
