import { afterEach, describe, expect, it, vi } from 'vitest';
import english from '../../../public/_locales/en/messages.json';
import french from '../../../public/_locales/fr/messages.json';
import { failureReason } from '../../../src/popup/import/logic/failure-reason';
import { foundMessage } from '../../../src/popup/import/logic/found-message';
import {
  initialChoices,
  replaceChoice,
  selectionOf,
} from '../../../src/popup/import/logic/import-choices';
import { savedSummary } from '../../../src/popup/import/logic/saved-summary';
import { testTabOf } from '../../../src/popup/import/logic/scan-target';
import { siteWarningFor } from '../../../src/popup/import/logic/site-warning';
import type {
  ImportedAccountFailure,
  ImportedAccountPreview,
} from '../../../src/shared/model/imports';

// Issue 5: the popup's import texts and choices, as pure functions.
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('foundMessage', () => {
  it.each([
    [{ status: 'no-code' } as const, 'page', 'popupNoCodeOnPage'],
    [{ status: 'no-code' } as const, 'image', 'popupNoCodeInImage'],
    [{ status: 'not-authenticator' } as const, 'page', 'popupNotAuthenticator'],
    [{ status: 'unscannable', reason: 'not-web' } as const, 'page', 'popupUnscannableNotWeb'],
    [{ status: 'unscannable', reason: 'web-store' } as const, 'page', 'popupUnscannableWebStore'],
    [
      { status: 'unscannable', reason: 'file-access' } as const,
      'page',
      'popupUnscannableFileAccess',
    ],
    [{ status: 'unscannable', reason: 'no-access' } as const, 'page', 'popupUnscannableNoAccess'],
    [
      { status: 'unscannable', reason: 'tab-changed' } as const,
      'page',
      'popupUnscannableTabChanged',
    ],
  ])('%j from the %s: %s', (found, source, key) => {
    expect(foundMessage(found, source as 'page' | 'image')).toEqual({ key, substitutions: [] });
  });

  it('says why a code cannot be used, in its own sentence', () => {
    expect(foundMessage({ status: 'unusable', reason: 'missing-secret' }, 'image')).toEqual({
      key: 'popupQrUnusable',
      substitutions: [],
      detail: 'popupSecretInvalid',
    });
    expect(foundMessage({ status: 'unusable', reason: 'batch-mismatch' }, 'page')).toMatchObject({
      detail: 'popupExportMismatch',
    });
  });

  it('has every text in English and French', () => {
    const keys = Object.keys(english).filter((key) =>
      /^popup(Unscannable|NoCode|QrUnusable|NotAuth|Scan|Import|Reason|Batch)/.test(key),
    );
    expect(keys.length).toBeGreaterThan(15);
    for (const key of keys) expect(Object.keys(french), key).toContain(key);
  });
});

describe('failureReason', () => {
  const failure = (code: string) => ({ issuer: 'A', account: 'b', code }) as ImportedAccountFailure;

  it.each([
    ['unsupported-algorithm', 'popupReasonAlgorithm'],
    ['secret-too-short', 'popupReasonSecret'],
    ['counter-out-of-range', 'popupReasonCounter'],
  ])('%s reads %s', (code, key) => {
    expect(failureReason(failure(code))).toBe(key);
  });

  it('gives a general reason in the UI language for a code it does not know', () => {
    expect(failureReason(failure('something-new'))).toBe('popupReasonUnknown');
    expect(failureReason(failure('toString'))).toBe('popupReasonUnknown');
  });
});

describe('import choices', () => {
  const preview = (account: string, duplicate: boolean): ImportedAccountPreview => ({
    issuer: 'Export',
    account,
    type: 'totp',
    digits: 6,
    duplicate,
  });
  const accounts = [preview('one', false), preview('two', true), preview('three', false)];

  it('keeps new accounts and leaves out those already stored', () => {
    expect(selectionOf(initialChoices(accounts))).toEqual([
      { index: 0, issuer: 'Export', account: 'one' },
      { index: 2, issuer: 'Export', account: 'three' },
    ]);
  });

  it('follows unticking and renaming, trimmed', () => {
    let choices = initialChoices(accounts);
    choices = replaceChoice(choices, 0, { keep: false });
    choices = replaceChoice(choices, 2, { issuer: '  Work ', account: ' three@x ' });
    expect(selectionOf(choices)).toEqual([{ index: 2, issuer: 'Work', account: 'three@x' }]);
  });
});

describe('savedSummary', () => {
  it.each([
    [{ added: ['a'], alreadyStored: 0 }, [['popupImportSavedOne', 'Example alice']]],
    [
      { added: ['a', 'b'], alreadyStored: 1 },
      [['popupImportSavedMany', '2'], ['popupImportAlreadyOne']],
    ],
    [
      { added: ['a', 'b', 'c'], alreadyStored: 2 },
      [
        ['popupImportSavedMany', '3'],
        ['popupImportAlreadyMany', '2'],
      ],
    ],
    [{ added: [], alreadyStored: 1 }, [['popupImportNothingNew']]],
  ])('%j', (saved, expected) => {
    expect(
      savedSummary(saved, 'Example alice').map(({ key, substitutions }) => [key, ...substitutions]),
    ).toEqual(expected);
  });
});

describe('testTabOf (test builds: the tab the popup acts on)', () => {
  it('takes a valid tab id from the URL, else none', () => {
    expect(testTabOf('?e2e-scan-tab=12')).toBe(12);
    expect(testTabOf('')).toBe(null);
    expect(testTabOf('?e2e-scan-tab=-1')).toBe(null);
    expect(testTabOf('?e2e-scan-tab=abc')).toBe(null);
  });
});

describe('siteWarningFor', () => {
  it('gives Sonar’s Insights warning and an acknowledgement that names Insights', () => {
    const warning = siteWarningFor('sonar', 'fr');
    expect(warning?.full).toMatch(/Insights/);
    expect(warning?.acknowledge).toMatch(/Insights/);
  });

  it('gives nothing for a page of no site, or a site without a notice', () => {
    expect(siteWarningFor(null, 'en')).toBe(null);
    expect(siteWarningFor('portal:https://example.com/*', 'en')).toBe(null);
  });
});
