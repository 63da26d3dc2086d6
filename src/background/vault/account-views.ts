import { codeLengthOf, codesAt, periodOf, stepEnd } from '../../core/otp';
import { isBoundTo, isOnStandby, type VaultData, type VaultEntry } from '../../core/vault';
import type { AccountCodes, AccountView, VaultOverview } from '../../shared/model/vault';

/**
 * What the popup gets of the vault: accounts without their secrets, and codes the
 * worker computed. Secrets never leave the worker; accounts bound to the active tab's origin
 * come first.
 */
export function unlockedOverview(
  data: VaultData,
  activeOrigin: string | null,
  now = Date.now(),
): Omit<Extract<VaultOverview, { state: 'unlocked' }>, 'recovered' | 'backupNeeded'> {
  const isBound = (entry: VaultEntry) => activeOrigin !== null && isBoundTo(entry, activeOrigin);
  const ordered = [
    ...data.entries.filter(isBound),
    ...data.entries.filter((entry) => !isBound(entry)),
  ];
  return {
    state: 'unlocked',
    accounts: ordered.map((entry) =>
      accountView(entry, isBound(entry), isOnStandby(entry, data.entries)),
    ),
    codes: ordered.map((entry) => accountCodes(entry, now)),
  };
}

export function accountCodes(entry: VaultEntry, now = Date.now()): AccountCodes {
  const codes = codesAt(entry.params, now);
  const period = periodOf(entry.params);
  return {
    id: entry.id,
    current: codes.current,
    next: codes.next,
    validUntil: period === null ? null : stepEnd(period, now),
  };
}

function accountView(
  entry: VaultEntry,
  boundToActiveTab: boolean,
  onStandby: boolean,
): AccountView {
  const { params } = entry;
  return {
    id: entry.id,
    issuer: entry.issuer,
    account: entry.account,
    type: params.type,
    digits: codeLengthOf(params),
    period: periodOf(params),
    origins: entry.origins,
    siteId: entry.siteId,
    note: entry.note,
    boundToActiveTab,
    standby:
      onStandby && entry.standby ? { kind: entry.standby.kind, since: entry.standby.since } : null,
  };
}
