import type { MessageKey } from '../shared/i18n';
import type { SyncProblem, SyncStatus } from '../shared/model/sync';

/** A sentence to show: its locale key and what fills its placeholders, in order. */
export interface SyncLine {
  readonly key: MessageKey;
  readonly args: readonly string[];
}

const line = (key: MessageKey, ...args: string[]): SyncLine => ({ key, args });

/** What stands in the way of sync, in words (the counts say how far off it is). */
export function syncProblemText(problem: SyncProblem): SyncLine {
  switch (problem.code) {
    case 'too-big':
      return line('syncProblemTooBig', String(problem.accounts), String(problem.fit));
    case 'write-refused':
      return line('syncProblemWriteRefused');
    case 'unreadable':
      return problem.count === 1
        ? line('syncProblemUnreadableOne')
        : line('syncProblemUnreadable', String(problem.count));
    case 'other-vault':
      return line('syncProblemOtherVault');
    case 'unavailable':
      return line('syncProblemUnavailable');
    case 'failed':
      return line('syncProblemFailed');
  }
}

/**
 * The status lines of Options -> Sync: when it last ran and how many accounts the synced copy
 * holds, while sync is on; then the problem, whenever there is one. `formatDate` gives the
 * date and time in the UI's locale.
 */
export function syncStatusText(
  status: SyncStatus,
  formatDate: (ms: number) => string,
): readonly SyncLine[] {
  const lines: SyncLine[] = [];
  if (status.enabled) {
    lines.push(
      status.lastSyncAt === null
        ? line('syncNever')
        : line('syncLast', formatDate(status.lastSyncAt)),
      line('syncAccounts', String(status.accountsSynced)),
    );
  }
  if (status.problem) lines.push(syncProblemText(status.problem));
  return lines;
}
