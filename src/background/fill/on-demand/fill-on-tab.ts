import { codeToFill, type FillVerdict } from '../../../core/fill-policy';
import { originOf } from '../../../core/origin';
import type { VaultEntry } from '../../../core/vault';
import type { FillChoice, FillOnPageResult } from '../../../shared/model/fill';
import { vaultState } from '../../vault/vault-service';
import { copyAfterFill } from '../copy-after-fill';
import { verdictFor } from '../fill-verdict';
import { tabContext } from '../tab-context';
import { dropGrant, grantFill } from './fill-grants';
import { runFiller } from './inject-filler';

export type FillAttempt = FillOnPageResult | { readonly status: 'locked' };

export interface FillRequest {
  readonly tabId: number;
  /** The tab's URL as the browser reports it (undefined without `activeTab` or host access). */
  readonly url: string | undefined;
  /** The account the user chose among several; null: the only one bound here. */
  readonly accountId: string | null;
}

/**
 * Fill on demand (popup button, keyboard command, context menu): the code of the account the
 * fill policy offers the tab's top frame, into its visible code field. Never submits.
 */
export async function fillOnTab(request: FillRequest): Promise<FillAttempt> {
  if ((await vaultState()) !== 'unlocked') return { status: 'locked' };
  if (request.url === undefined) return { status: 'unavailable' };
  // The filler runs in frame 0 only (inject-filler.ts), whose URL the browser reported.
  const verdict = await verdictFor(
    { origin: originOf(request.url), isTopFrame: true },
    await tabContext(request.tabId, request.url),
  );
  if (verdict.kind === 'refused') return refusal(verdict);
  if (verdict.kind === 'ask') {
    // Allowed only with the user's answer to a question naming the account and this host.
    const account = verdict.picked ?? verdict.allowable[0];
    if (account)
      return { status: 'other-host', origin: verdict.origin, account: choiceOf(account) };
    return { status: 'no-account', origin: verdict.origin };
  }
  const chosen =
    request.accountId === null
      ? ((verdict.picked && verdict.entries.includes(verdict.picked)
          ? verdict.picked
          : undefined) ?? (verdict.entries.length === 1 ? verdict.entries[0] : undefined))
      : verdict.entries.find((entry) => entry.id === request.accountId);
  // A chosen account bound elsewhere is never filled here, whatever the popup asked.
  if (request.accountId !== null && !chosen)
    return { status: 'no-account', origin: verdict.origin };
  if (!chosen) return { status: 'choose', accounts: verdict.entries.map(choiceOf) };
  return fillEntry(request.tabId, verdict, chosen);
}

function refusal(verdict: Extract<FillVerdict, { kind: 'refused' }>): FillAttempt {
  switch (verdict.reason) {
    case 'none-bound':
      return { status: 'no-account', origin: verdict.origin };
    case 'hotp-only':
      return { status: 'hotp-only', origin: verdict.origin };
    case 'lookalike':
      return { status: 'lookalike', origin: verdict.origin, boundOrigin: verdict.boundOrigin };
    case 'insecure':
      return { status: 'insecure' };
    case 'opaque':
    case 'subframe':
      return { status: 'unavailable' };
  }
}

async function fillEntry(
  tabId: number,
  verdict: Extract<FillVerdict, { kind: 'offer' }>,
  entry: VaultEntry,
): Promise<FillAttempt> {
  const { code, validFrom } = codeToFill(entry, Date.now());
  if (validFrom !== null) await delayUntil(validFrom);
  grantFill({ tabId, origin: verdict.origin, code });
  const outcome = await runFiller(tabId).finally(() => {
    dropGrant(tabId);
  });
  if (!outcome) return { status: 'unavailable' };
  if (outcome.status === 'denied') {
    // Locked between the gesture and the filler's request, or the tab left the origin.
    return (await vaultState()) === 'unlocked' ? { status: 'unavailable' } : { status: 'locked' };
  }
  if (outcome.status !== 'filled') return { status: outcome.status };
  return { status: 'filled', copied: await copyAfterFill(verdict, code) };
}

function choiceOf({ id, issuer, account }: VaultEntry): FillChoice {
  return { id, issuer, account };
}

function delayUntil(time: number): Promise<void> {
  const wait = time - Date.now();
  return wait > 0 ? new Promise((resolve) => setTimeout(resolve, wait)) : Promise.resolve();
}
