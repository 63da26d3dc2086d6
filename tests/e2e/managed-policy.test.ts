import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outDirFor } from '../../scripts/build-targets';
import { startPortal, type RunningPortal } from '../fixtures/portal/server';
import { seriousAxeViolations } from './support/axe';
import { launchChromium } from './support/chromium';
import { launchFirefox } from './support/firefox';
import { allowHostWithoutPrompt } from './support/grant-host-access';
import {
  chromiumPolicy,
  firefoxPolicy,
  type PolicyFile,
  type PolicyValues,
} from './support/managed-policy';
import { createVault, sendFromExtensionPage } from './support/popup-journey';
import { portalState } from './support/portal-journey';
import type { BrowserSession } from './support/session';
import {
  alex,
  codeInField,
  expectAccepted,
  forgetAcceptedCodes,
  openEnrollment,
  signIn,
  signOut,
} from './support/sign-in-journey';
import { unzippedStorePackages } from './support/store-packages';
import type { TestPage } from './support/test-page';

// An organisation's policy, in a real policy file where each browser reads it on Linux, for
// the extension as the stores get it: the unzipped store packages, not the demo build. The
// demo portal is a portal only because the policy names it (the production build knows
// nothing of loopback), so its capture and fill prove the managed portal works.

type Packages = Awaited<ReturnType<typeof unzippedStorePackages>>;

const portalPattern = 'http://127.0.0.1/*';
const policy: PolicyValues = {
  portals: ['http://127.0.0.1'],
  autoLockMinutes: 5,
  fillOnSignIn: false,
  disablePlainExports: true,
};

const targets = [
  {
    name: 'Chromium',
    policyFile: (packages: Packages) => chromiumPolicy(packages.chrome),
    launch: (packages: Packages) => launchChromium(packages.chrome),
    appliesChangesLive: true,
  },
  {
    name: 'Firefox',
    policyFile: () => firefoxPolicy(),
    launch: (packages: Packages) => launchFirefox(packages.firefox),
    // Firefox reads enterprise policies when it starts (MDN, storage.managed).
    appliesChangesLive: false,
  },
] as const;

let packages: Packages;

beforeAll(async () => {
  packages = await unzippedStorePackages();
}, 180_000);

afterAll(async () => {
  await rm(packages.root, { recursive: true, force: true });
});

describe.each(targets)('managed policy in $name', (target) => {
  let file: PolicyFile;
  let session: BrowserSession;
  let portal: RunningPortal;
  let popup: TestPage;

  beforeAll(async () => {
    file = await target.policyFile(packages);
    await file.write(policy);
    [portal, session] = await Promise.all([startPortal(), target.launch(packages)]);
    popup = await session.openPopup();
    await createVault(popup);
  });
  afterAll(async () => {
    await Promise.all([session.close(), portal.close()]);
    await file.restore();
  });

  it('shows the organisation’s settings in Options, locked, and applies them', async () => {
    const options = await session.openExtensionPage('src/options/index.html');
    await options.waitForText('Some settings are managed by your organisation.');
    expect(await control(options, 'Lock the vault after')).toEqual({
      disabled: true,
      value: '5 minutes of inactivity',
    });
    expect(await control(options, 'Fill automatically on sign-in')).toEqual({
      disabled: true,
      value: 'off',
    });
    await options.waitForText('Your organisation has turned off exports without encryption.');
    expect(await seriousAxeViolations(options)).toEqual([]);
    // Not only the page: the worker refuses the change, and the export.
    expect(await sendFromExtensionPage(popup, 'settings/set', { autoLockMinutes: 60 })).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'autoLockMinutes is set by your organisation' },
    });
    const exported = await sendFromExtensionPage(popup, 'export/plain', {
      passphrase: 'correct horse battery staple',
      format: 'otpauth',
    });
    expect(exported).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // The open vault locks 5 minutes after its last use, whatever the user's own setting.
    const lockIn = await options.evaluate(async () => {
      const alarm = await chrome.alarms.get('auto-lock');
      return alarm ? alarm.scheduledTime - Date.now() : null;
    });
    expect(lockIn).toBeGreaterThan(4 * 60_000);
    expect(lockIn).toBeLessThanOrEqual(5 * 60_000);
    await options.close();
  });

  it('gives a managed portal enrollment capture once "Allow access" is clicked', async () => {
    await allowHostWithoutPrompt(session, portalPattern);
    const options = await session.openExtensionPage('src/options/index.html');
    await options.waitForText('From your organisation');
    await options.waitForText('waiting for access');
    await options.click('button', 'Allow access');
    await options.waitForText("The extension now runs on your organisation's portals.");
    await options.close();

    const page = await session.newPage();
    await openEnrollment(page, portal.url, alex);
    const prompt = page.inPageUi('[role="dialog"] .qr');
    await prompt.click('button', 'Save to Authenticator');
    await prompt.waitForText('Code filled');
    await page.fill('Current Sonar password', alex.password);
    await page.click('button', 'Save');
    await page.waitForText('Two-factor authentication is now on');
    expect(await portalState(portal, alex.login)).toMatchObject({ mfaEnabled: true });
    await signOut(page, portal.url, alex);
    await page.close();
  });

  it('with automatic fill turned off by policy, fills only on "Fill code"', async () => {
    await forgetAcceptedCodes(portal, alex.login);
    const before = await portalState(portal, alex.login);
    const page = await session.newPage();
    await signIn(page, portal.url, alex, 'single');
    const control = page.inPageUi('#code');
    await control.waitForControl('button', 'Fill code');
    expect(await codeInField(page, 'single')).toBe('');
    await control.click('button', 'Fill code');
    await control.waitForText('Code filled.');
    await expectAccepted(page, portal, alex.login, before);
    await page.close();
  });

  // Only where the browser reports changes: Firefox has nothing to test until it restarts.
  if (!target.appliesChangesLive) return;
  it('applies a changed policy without a restart', async () => {
    const options = await session.openExtensionPage('src/options/index.html');
    await options.waitForText('Set by your organisation.');
    const { autoLockMinutes: _fixed, ...rest } = policy;
    await file.write({ ...rest, maxAutoLockMinutes: 30 });
    // Chromium notices the file within seconds; the page follows the worker's announcement.
    await options.waitForText('Your organisation allows at most 30 minutes of inactivity.');
    // The page asks for the policy, then for the settings in force under it.
    await expect
      .poll(() => control(options, 'Lock the vault after'), { timeout: 10_000 })
      .toEqual({ disabled: false, value: '15 minutes of inactivity' });
    await options.close();
  });
});

/** A labelled select's or checkbox's state, as the user sees it. */
function control(page: TestPage, label: string) {
  return page.evaluate((text) => {
    const owner = [...document.querySelectorAll('label')].find((candidate) =>
      candidate.textContent.includes(text),
    );
    const field = owner?.querySelector('select, input');
    if (field instanceof HTMLSelectElement) {
      return { disabled: field.disabled, value: field.selectedOptions[0]?.textContent ?? '' };
    }
    if (field instanceof HTMLInputElement) {
      return { disabled: field.disabled, value: field.checked ? 'on' : 'off' };
    }
    return null;
  }, label);
}

// The demo build's portal is Sonar-like, so its enrollment shows the Insights warning: the
// organisation's words follow it, in the in-page prompt the page cannot read or restyle.
const demoTargets = [
  {
    name: 'Chromium',
    policyFile: () => chromiumPolicy(resolve(outDirFor('chrome', true))),
    launch: () => launchChromium(),
  },
  { name: 'Firefox', policyFile: () => firefoxPolicy(), launch: () => launchFirefox() },
] as const;

describe.each(demoTargets)('the organisation’s Insights text in $name', (target) => {
  const words = 'Ask the IT desk before turning 2FA on: your team needs Insights reports.';
  let file: PolicyFile;
  let session: BrowserSession;
  let portal: RunningPortal;

  beforeAll(async () => {
    file = await target.policyFile();
    await file.write({ insightsNoticeText: { en: words, fr: 'Demandez aux TI.' } });
    [portal, session] = await Promise.all([startPortal(), target.launch()]);
    await createVault(await session.openPopup());
    // Chromium reads a new profile's policy a few seconds after it starts: Options says when.
    const options = await session.openExtensionPage('src/options/index.html');
    await options.waitForText('Some settings are managed by your organisation.');
    await options.close();
  });
  afterAll(async () => {
    await Promise.all([session.close(), portal.close()]);
    await file.restore();
  });

  it('follows Sonar’s Insights warning before an enrollment is saved', async () => {
    const page = await session.newPage();
    await openEnrollment(page, portal.url, alex);
    const prompt = page.inPageUi('[role="dialog"] .qr');
    await prompt.waitForText('not compatible with Sonar Insights');
    await prompt.waitForText(`Your organisation adds: ${words}`);
    await prompt.waitForControl(
      'checkbox',
      'I understand that Sonar Insights will not be available with 2FA on',
    );
    await page.close();
  });
});
