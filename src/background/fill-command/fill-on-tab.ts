import type { VaultEntry } from '../../core/vault';
import type { FillChoice, FillOnPageResult } from '../../shared/messages';
import { copyThenScheduleClear, scheduleClipboardClear } from '../clipboard';
import { settingsItem } from '../settings';
import { onLock, vaultData, vaultState } from '../vault/vault-service';
import { planCode } from './code-plan';
import { decideFill } from './decide-fill';
import { dropAllGrants, dropGrant, grantFill } from './fill-grants';
import { runFiller } from './inject-filler';

// A grant carries a code: "Lock" forgets them with everything else.
onLock(dropAllGrants);

export type FillAttempt = FillOnPageResult | { readonly status: 'locked' };

export interface FillRequest {
  readonly tabId: number;
  /** The tab's URL as the browser reports it (undefined without `activeTab` or host access). */
  readonly url: string | undefined;
  readonly accountId: string | null;
  /**
   * Who copies the code when "Also copy the code after filling" is on: the popup, which has
   * the focus while its button is used, or the page, which has it after a keyboard command or
   * a context-menu click (the async clipboard refuses unfocused documents).
   */
  readonly copyBy: 'popup' | 'page';
}

/**
 * Fill on demand (issue 6): the code of the account bound to the tab's origin, into the
 * visible code field of its top frame. Never submits anything.
 */
export async function fillOnTab(request: FillRequest): Promise<FillAttempt> {
  if ((await vaultState()) !== 'unlocked') return { status: 'locked' };
  if (request.url === undefined) return { status: 'unavailable' };
  const { data } = await vaultData();
  const decision = decideFill(request.url, data.entries, request.accountId);
  switch (decision.kind) {
    case 'fill':
      return fillEntry(request, decision.entry, decision.origin);
    case 'choose':
      return { status: 'choose', accounts: decision.entries.map(choiceOf) };
    case 'no-account':
      return { status: 'no-account', origin: decision.origin };
    case 'lookalike':
      return { status: 'lookalike', origin: decision.origin, boundOrigin: decision.boundOrigin };
    default:
      return { status: decision.kind };
  }
}

async function fillEntry(
  request: FillRequest,
  entry: VaultEntry,
  origin: string,
): Promise<FillAttempt> {
  const { copyAfterFill, clipboardClearSeconds } = await settingsItem.get();
  const plan = planCode(entry, Date.now());
  await delayUntil(plan.fillAt);
  const copyInPage = copyAfterFill && request.copyBy === 'page';
  grantFill({ tabId: request.tabId, origin, code: plan.code, copyInPage });
  const outcome = await runFiller(request.tabId).finally(() => {
    dropGrant(request.tabId);
  });
  if (!outcome) return { status: 'unavailable' };
  if (outcome.status === 'denied') {
    // Locked between the gesture and the filler's request, or the tab left the origin.
    return (await vaultState()) === 'unlocked' ? { status: 'unavailable' } : { status: 'locked' };
  }
  if (outcome.status !== 'filled') return { status: outcome.status };
  // The filled code stays usable even if the copy or the clear cannot be done.
  if (outcome.copied) {
    await scheduleClipboardClear(plan.code, clipboardClearSeconds).catch(() => undefined);
  } else if (copyInPage) {
    // The page was refused (no activation there after a keyboard command): we write it.
    await copyThenScheduleClear(plan.code, clipboardClearSeconds).catch(() => undefined);
  }
  const popupCopies = copyAfterFill && request.copyBy === 'popup';
  return { status: 'filled', copyCode: popupCopies ? plan.code : null };
}

function choiceOf({ id, issuer, account }: VaultEntry): FillChoice {
  return { id, issuer, account };
}

function delayUntil(time: number): Promise<void> {
  const wait = time - Date.now();
  return wait > 0 ? new Promise((resolve) => setTimeout(resolve, wait)) : Promise.resolve();
}
