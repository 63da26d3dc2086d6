// @vitest-environment happy-dom
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { effectiveSettings } from '../../../src/core/policy/managed-settings';
import { readPolicy } from '../../../src/core/policy/policy';
import type { Settings } from '../../../src/shared/model/settings';

// Options -> Security under an organisation's policy: what applies is shown, a fixed value
// cannot be changed, a maximum leaves only the shorter choices, and the organisation's
// "Submit after filling" sites are listed without Remove.

vi.mock('../../../src/shared/webext', async () =>
  (await import('../support/page-webext')).pageWebextModule(),
);
const { SettingsForm } = await import('../../../src/options/SettingsForm');

const own: Settings = {
  autoLockMinutes: 60,
  clipboardClearSeconds: 30,
  theme: 'system',
  fillOnSignIn: true,
  copyAfterFill: false,
  submitAfterFillOrigins: ['https://mine.example.com'],
};

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

/** As Options gets it: the settings in force (the worker applies the policy), and the policy. */
function show(raw: Record<string, unknown>) {
  const policy = readPolicy(raw).policy;
  const settings = effectiveSettings(own, policy);
  render(h(SettingsForm, { settings, policy, onSaved: () => undefined }), root);
}

const select = (label: string) =>
  [...root.querySelectorAll('label')]
    .find((element) => element.textContent.includes(label))
    ?.querySelector('select');
const choices = (label: string) =>
  [...(select(label)?.options ?? [])].map((option) => option.textContent);

describe('Options -> Security under a policy', () => {
  it('offers every choice when nothing is managed', () => {
    show({});
    expect(select('Lock the vault after')?.disabled).toBe(false);
    expect(choices('Lock the vault after')).toContain('Only when the browser closes');
    expect(root.textContent).not.toContain('organisation');
  });

  it('shows a fixed auto-lock time and clipboard delay, locked, with why', () => {
    show({ autoLockMinutes: 5, clipboardClearSeconds: 45 });
    expect(select('Lock the vault after')?.disabled).toBe(true);
    expect(select('Lock the vault after')?.selectedOptions[0]?.textContent).toBe(
      '5 minutes of inactivity',
    );
    expect(select('Clear a copied code')?.disabled).toBe(true);
    expect(select('Clear a copied code')?.selectedOptions[0]?.textContent).toBe('45 seconds');
    expect(root.querySelectorAll('.managed-hint')).toHaveLength(2);
  });

  it('under a maximum, offers only the shorter times and shows the maximum as chosen', () => {
    show({ maxAutoLockMinutes: 15 });
    expect(select('Lock the vault after')?.disabled).toBe(false);
    expect(choices('Lock the vault after')).toEqual([
      '1 minute of inactivity',
      '5 minutes of inactivity',
      '15 minutes of inactivity',
    ]);
    expect(select('Lock the vault after')?.value).toBe('15');
    expect(root.textContent).toContain(
      'Your organisation allows at most 15 minutes of inactivity.',
    );
  });

  it('locks automatic fill, and lists the organisation’s submit sites without Remove', () => {
    show({ fillOnSignIn: false, submitAfterFillOrigins: ['https://org.example.com'] });
    const fill = [...root.querySelectorAll('label')]
      .find((element) => element.textContent.includes('Fill automatically on sign-in'))
      ?.querySelector('input');
    expect(fill?.disabled).toBe(true);
    expect(fill?.checked).toBe(false);
    const rows = [...root.querySelectorAll('li')].map((item) => ({
      text: item.textContent,
      removable: item.querySelector('button') !== null,
    }));
    expect(rows).toEqual([
      { text: 'https://org.example.comSet by your organisation.', removable: false },
      { text: 'https://mine.example.comRemove', removable: true },
    ]);
  });
});
