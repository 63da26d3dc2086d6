// @vitest-environment happy-dom
import { h, render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import english from '../../../public/_locales/en/messages.json';
import french from '../../../public/_locales/fr/messages.json';
import { AccountRow, type AccountRowProps } from '../../../src/popup/list/AccountRow';
import { standbyText } from '../../../src/popup/logic/standby-text';
import type { Messages } from '../support/locale-messages';

const page: { locale: Messages } = vi.hoisted(() => ({ locale: {} }));
vi.mock('../../../src/shared/webext', async () => {
  const { getMessage } = await import('../support/locale-messages');
  return {
    webext: {
      i18n: {
        getMessage: (key: string, substitutions?: string[]) =>
          getMessage(page.locale, key, substitutions),
      },
    },
  };
});

const since = Date.UTC(2026, 11, 4, 9, 5);

describe('standbyText', () => {
  afterEach(() => {
    page.locale = {};
  });

  it('says when the key was replaced, with a date in the given locale', () => {
    page.locale = english;
    const text = standbyText({ kind: 'replaced', since }, 'en-GB');
    expect(text).toMatch(/^Replaced on 4 Dec 2026/);
  });

  it('says a new key is not confirmed yet, and since when', () => {
    page.locale = english;
    const text = standbyText({ kind: 'unconfirmed', since }, 'en-US');
    expect(text).toMatch(/^New key, not confirmed by the site yet \(saved Dec 4, 2026/);
  });

  it('reads French in a French UI', () => {
    page.locale = french;
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
    page.locale = english;
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
