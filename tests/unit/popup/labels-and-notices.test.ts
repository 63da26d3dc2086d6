import { describe, expect, it } from 'vitest';
import { accountLabel } from '../../../src/shared/account-label';
import { noticeLocale } from '../../../src/sites/notice-locale';
import { noticeFor } from '../../../src/popup/logic/site-notice';
import english from '../../../public/_locales/en/messages.json';
import french from '../../../public/_locales/fr/messages.json';

describe('accountLabel', () => {
  it('is "{issuer} {account}" with spaces collapsed (DESIGN 5 names)', () => {
    expect(accountLabel({ issuer: 'Sonar', account: '101@organization.com' })).toBe(
      'Sonar 101@organization.com',
    );
    expect(accountLabel({ issuer: '', account: '101@organization.com' })).toBe(
      '101@organization.com',
    );
    expect(accountLabel({ issuer: 'GitHub', account: '' })).toBe('GitHub');
    expect(accountLabel({ issuer: ' Big  Co ', account: ' me ' })).toBe('Big Co me');
  });
});

describe('site notices', () => {
  it('gives the Insights warning for Sonar and the demo portal, in the UI language', () => {
    expect(noticeFor('sonar', 'en')?.short).toBe('Insights not available while 2FA is on');
    expect(noticeFor('demo-portal', 'fr')?.short).toMatch(/Insights/);
    expect(noticeFor('sonar', 'en')?.full).toMatch(/not compatible with Sonar Insights/);
  });

  it('gives nothing for other sites and for accounts without a site', () => {
    expect(noticeFor('github', 'en')).toBeNull();
    expect(noticeFor(null, 'en')).toBeNull();
  });

  it('returns the same object each time, so unchanged rows are not re-rendered', () => {
    expect(noticeFor('sonar', 'en')).toBe(noticeFor('sonar', 'en'));
  });

  it('picks French for any French UI language, English otherwise', () => {
    expect(noticeLocale('fr-CA')).toBe('fr');
    expect(noticeLocale('fr')).toBe('fr');
    expect(noticeLocale('en-US')).toBe('en');
    expect(noticeLocale('de')).toBe('en');
  });
});

describe('popup messages', () => {
  it('exist in French for every English key, with the same placeholders', () => {
    const placeholders = (entry: unknown) =>
      Object.keys((entry as { placeholders?: object }).placeholders ?? {}).sort();
    for (const [key, entry] of Object.entries(english)) {
      if (!key.startsWith('popup')) continue;
      const translated: unknown = (french as Record<string, unknown>)[key];
      expect(translated, key).toBeDefined();
      expect(placeholders(translated), key).toEqual(placeholders(entry));
    }
  });

  it('keep the accessible names DESIGN 5 fixes', () => {
    expect(english.popupPassphrase.message).toBe('Passphrase');
    expect(english.popupConfirmPassphrase.message).toBe('Confirm passphrase');
    expect(english.popupCreateVault.message).toBe('Create vault');
    expect(english.popupUnlock.message).toBe('Unlock');
    expect(english.popupSearch.message).toBe('Search accounts');
    expect(english.popupCopyCode.message).toBe('Copy code for $NAME$');
    expect(english.popupAddAccount.message).toBe('Add account');
    expect(english.popupLock.message).toBe('Lock');
  });
});
