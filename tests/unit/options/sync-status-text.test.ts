import { afterEach, describe, expect, it, vi } from 'vitest';
import english from '../../../public/_locales/en/messages.json';
import french from '../../../public/_locales/fr/messages.json';
import type { SyncProblem, SyncStatus } from '../../../src/shared/model/sync';

// Options -> Sync: where sync stands, in words, with its numbers in their places.

vi.mock('../../../src/shared/webext', async () =>
  (await import('../support/page-webext')).pageWebextModule(),
);
const { pageWebext } = await import('../support/page-webext');

const { t } = await import('../../../src/shared/i18n');
const { syncProblemText, syncStatusText } = await import('../../../src/options/sync-status-text');
const { syncIsPaused } = await import('../../../src/popup/logic/sync-paused');

const off: SyncStatus = {
  enabled: false,
  forbidden: false,
  joinable: false,
  lastSyncAt: null,
  accountsSynced: 0,
  passphraseChanged: false,
  problem: null,
};
const on: SyncStatus = { ...off, enabled: true, lastSyncAt: 1_000, accountsSynced: 12 };
const date = (ms: number) => `at ${String(ms)}`;

const words = (status: SyncStatus) =>
  syncStatusText(status, date).map(({ key, args }) => t(key, ...args));
const problemWords = (problem: SyncProblem) => {
  const { key, args } = syncProblemText(problem);
  return t(key, ...args);
};

describe('the sync status in words', () => {
  afterEach(() => {
    pageWebext.locale = {};
  });

  it('says nothing while sync is off and nothing is wrong', () => {
    pageWebext.locale = english;
    expect(words(off)).toEqual([]);
  });

  it('gives the last sync and the accounts synced while sync is on', () => {
    pageWebext.locale = english;
    expect(words(on)).toEqual(['Last sync: at 1000', 'Accounts synced: 12']);
    expect(words({ ...on, lastSyncAt: null, accountsSynced: 0 })).toEqual([
      'Not synced yet',
      'Accounts synced: 0',
    ]);
  });

  it('adds the problem after the status lines', () => {
    pageWebext.locale = english;
    expect(words({ ...on, problem: { code: 'write-refused' } })).toHaveLength(3);
    expect(words({ ...off, problem: { code: 'unavailable' } })).toEqual([
      'This browser has no sync storage (it may be turned off by your organisation).',
    ]);
  });

  it('says each problem, with its counts', () => {
    pageWebext.locale = english;
    expect(problemWords({ code: 'too-big', accounts: 640, fit: 410 })).toBe(
      "Your 640 accounts do not fit in the browser's sync storage (about 100 KB): 410 would fit. " +
        'Sync is paused and nothing was written; remove some accounts or turn sync off. ' +
        'Your accounts are safe in this browser.',
    );
    expect(problemWords({ code: 'write-refused' })).toBe(
      'The browser refused to save the synced copy for now (too many changes at once, or its ' +
        'sync storage is full). It will try again in a minute.',
    );
    expect(problemWords({ code: 'unreadable', count: 3 })).toBe(
      '3 synced items could not be read (damaged, or written by a newer version of the ' +
        'extension). They were left as they are.',
    );
    expect(problemWords({ code: 'unreadable', count: 1 })).toMatch(
      /^1 synced item could not be read .* It was left as it is\.$/,
    );
    expect(problemWords({ code: 'other-vault' })).toBe(
      "The browser's account holds another synced vault. Enter its passphrase to join it, or " +
        'turn sync off.',
    );
    expect(problemWords({ code: 'unavailable' })).toBe(
      'This browser has no sync storage (it may be turned off by your organisation).',
    );
    expect(problemWords({ code: 'failed' })).toMatch(/^The last sync did not finish/);
  });

  it('says them in French in a French UI, numbers included', () => {
    pageWebext.locale = french;
    expect(problemWords({ code: 'too-big', accounts: 640, fit: 410 })).toMatch(
      /^Vos 640 comptes ne tiennent pas .* : 410 y tiendraient\./,
    );
    expect(problemWords({ code: 'unreadable', count: 3 })).toMatch(/^3 éléments synchronisés/);
    expect(words(on)).toEqual(['Dernière synchronisation : at 1000', 'Comptes synchronisés : 12']);
    for (const problem of [
      { code: 'write-refused' },
      { code: 'other-vault' },
      { code: 'unavailable' },
      { code: 'failed' },
      { code: 'unreadable', count: 1 },
    ] as const) {
      const { key } = syncProblemText(problem);
      expect(problemWords(problem)).toBe(french[key].message);
      expect(problemWords(problem)).not.toBe(english[key].message);
    }
  });
});

describe('the popup’s "Sync is paused" note', () => {
  it('shows only while sync is on and waits for the user', () => {
    expect(syncIsPaused(null)).toBe(false);
    expect(syncIsPaused(on)).toBe(false);
    expect(syncIsPaused({ ...on, problem: { code: 'too-big', accounts: 2, fit: 1 } })).toBe(true);
    expect(syncIsPaused({ ...on, problem: { code: 'other-vault' } })).toBe(true);
    // Problems that clear by themselves, or say what Options would say anyway, stay out of it.
    expect(syncIsPaused({ ...on, problem: { code: 'write-refused' } })).toBe(false);
    expect(syncIsPaused({ ...on, problem: { code: 'unreadable', count: 2 } })).toBe(false);
    expect(syncIsPaused({ ...off, problem: { code: 'other-vault' } })).toBe(false);
  });
});
