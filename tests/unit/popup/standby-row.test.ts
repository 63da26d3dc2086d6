// @vitest-environment happy-dom
import { h, render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import english from '../../../public/_locales/en/messages.json';
import french from '../../../public/_locales/fr/messages.json';
import { AccountRow, type AccountRowProps } from '../../../src/popup/list/AccountRow';
import { standbyText } from '../../../src/popup/logic/standby-text';

vi.mock('../../../src/shared/webext', async () =>
  (await import('../support/page-webext')).pageWebextModule(),
);
const { pageWebext } = await import('../support/page-webext');

const since = Date.UTC(2026, 11, 4, 9, 5);

describe('standbyText', () => {
  afterEach(() => {
    pageWebext.locale = {};
  });

  it('says when the key was replaced, with a date in the given locale', () => {
    pageWebext.locale = english;
    const text = standbyText({ kind: 'replaced', since }, 'en-GB');
    expect(text).toMatch(/^Replaced on 4 Dec 2026/);
  });

  it('says a new key is not confirmed yet, and since when', () => {
    pageWebext.locale = english;
    const text = standbyText({ kind: 'unconfirmed', since }, 'en-US');
    expect(text).toMatch(/^New key, not confirmed by the site yet \(saved Dec 4, 2026/);
  });

  it('reads French in a French UI', () => {
    pageWebext.locale = french;
    expect(standbyText({ kind: 'replaced', since }, 'fr-CA')).toMatch(/^Remplacé le 4 déc\. 2026/);
    expect(standbyText({ kind: 'unconfirmed', since }, 'fr')).toMatch(
      /^Nouvelle clé, pas encore confirmée par le site \(enregistrée le 4 déc\. 2026/,
    );
  });
});

describe('a standby row', () => {
  const row: AccountRowProps = {
    id: 'a1',
    label: 'Sonar 101@organization.com',
    issuer: 'Sonar',
    account: '101@organization.com',
    note: '',
    type: 'totp',
    period: 30,
    boundToActiveTab: true,
    standby: null,
    notice: null,
    current: '123456',
    next: null,
    validUntil: null,
    active: true,
    copied: false,
    dropMark: null,
  };
  const shown = (props: AccountRowProps) => {
    pageWebext.locale = english;
    const root = document.createElement('ul');
    render(h(AccountRow, props), root);
    return root;
  };

  it('shows why it waits and a "Make current" button in the row’s tab order', () => {
    const root = shown({ ...row, standby: { kind: 'replaced', since } });
    expect(root.querySelector('li')?.getAttribute('data-standby')).toBe('replaced');
    expect(root.querySelector('.standby')?.textContent).toMatch(/^Replaced on /);
    const button = root.querySelector('button[data-action="make-current"]');
    expect(button?.getAttribute('aria-label')).toBe('Make Sonar 101@organization.com current');
    expect(button?.textContent).toBe('Make current');
    expect(button?.getAttribute('tabindex')).toBe('0');
    // Copy and edit stay.
    expect(root.querySelector('[data-action="copy"]')).not.toBeNull();
    expect(root.querySelector('[data-action="edit"]')).not.toBeNull();
  });

  it('leaves its buttons out of the tab order while another row is the active one', () => {
    const root = shown({ ...row, active: false, standby: { kind: 'unconfirmed', since } });
    expect(root.querySelector('[data-action="make-current"]')?.getAttribute('tabindex')).toBe('-1');
  });

  it('shows nothing of the kind for the account filled', () => {
    const root = shown(row);
    expect(root.querySelector('li')?.hasAttribute('data-standby')).toBe(false);
    expect(root.querySelector('.standby')).toBeNull();
    expect(root.querySelector('[data-action="make-current"]')).toBeNull();
  });
});
