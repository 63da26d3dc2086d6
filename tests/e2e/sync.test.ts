import { seriousAxeViolations } from './support/axe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningPortal } from '../fixtures/portal/server';
import { ISSUER } from '../fixtures/portal/totp';
import { browsers } from './support/browsers';
import { addAccountByHand, passphrase } from './support/popup-journey';
import { closePortalWorld, portalState } from './support/portal-journey';
import type { BrowserSession } from './support/session';
import { alex, filledCodeIsAccepted, startEnrolledWorld } from './support/sign-in-journey';
import { carrySyncItems, readLocalItem, readSyncItems, type SyncItems } from './support/sync-items';
import { uiTimeoutMs, type TestPage } from './support/test-page';

// Sync between two browser profiles of the same user. The browsers' own sync
// service is not reachable from the test machines: the test carries the storage.sync items
// from one profile to the other itself (sync-items.ts), as that service would.

const newPassphrase = 'a brand new passphrase for both browsers';
const thirdPassphrase = 'and a third one, changed while B was open';
const alexRow = `${ISSUER} ${alex.login}`;
/** Sync rounds wait a moment after a change (batching): long enough for a few of them. */
const roundTimeout = { timeout: uiTimeoutMs, interval: 200 };

/** The rows a newly opened popup lists (sync merges show at the next opening). */
async function listedAccounts(session: BrowserSession): Promise<(string | null)[]> {
  const popup = await session.openPopup();
  try {
    await popup.waitForControl('button', 'Add account');
    return await popup.evaluate(() =>
      [...document.querySelectorAll('li[aria-label]')].map((row) => row.getAttribute('aria-label')),
    );
  } finally {
    await popup.close();
  }
}

const accountItems = (items: SyncItems) =>
  Object.keys(items).filter((name) => name.startsWith('a.'));
const keyGeneration = (items: SyncItems) => (items.key as { gen?: unknown } | undefined)?.gen;

/** When the profile's last round that wrote to storage.sync started (ms), or null. */
async function lastSyncAt(page: TestPage): Promise<number | null> {
  const status = (await readLocalItem(page, 'syncStatus')) as { lastSyncAt?: number } | undefined;
  return status?.lastSyncAt ?? null;
}

describe.each(browsers)('sync between two profiles in $name', ({ launch }) => {
  let portal: RunningPortal;
  /** Profile A: the vault, with Alex enrolled through the portal. */
  let a: BrowserSession;
  /** A's popup page, kept open: its storage is read and written through it. */
  let aPage: TestPage;
  /** Profile B: a fresh profile of the same user, no vault yet. */
  let b: BrowserSession;
  /** B's Options page, kept open for the same. */
  let bPage: TestPage;

  beforeAll(async () => {
    const [world, second] = await Promise.all([startEnrolledWorld(launch, alex), launch()]);
    ({ portal, session: a, extensionPage: aPage } = world);
    b = second;
    bPage = await b.openExtensionPage('src/options/index.html');
  });
  afterAll(async () => {
    await Promise.all([closePortalWorld({ portal, session: a }), b.close()]);
  });

  /** Changes A's passphrase in Options, then waits until A's round publishes the new slot. */
  async function changePassphraseOnA(from: string, to: string) {
    const generation = keyGeneration(await readSyncItems(aPage));
    const options = await a.openExtensionPage('src/options/index.html');
    await options.fill('Current passphrase', from);
    await options.fill('New passphrase', to);
    await options.fill('Confirm new passphrase', to);
    await options.click('button', 'Change passphrase');
    await options.waitForText('The passphrase was changed.');
    await options.close();
    await expect
      .poll(async () => keyGeneration(await readSyncItems(aPage)), roundTimeout)
      .toBeGreaterThan(generation as number);
  }

  it('A: turning sync on writes the key item and one item per account', async () => {
    expect(await listedAccounts(a)).toEqual([alexRow]);
    const options = await a.openExtensionPage('src/options/index.html');
    await options.click('checkbox', "Sync with this browser's account");
    await expect
      .poll(async () => Object.keys(await readSyncItems(aPage)).sort(), roundTimeout)
      .toEqual([expect.stringMatching(/^a\./), 'key']);
    await options.waitForText('Accounts synced: 1');
    expect(await seriousAxeViolations(options)).toEqual([]);
    await options.close();
  });

  it('storage.sync holds no secret, issuer, account name or origin in clear', async () => {
    const { secret } = await portalState(portal, alex.login);
    if (secret === null) throw new Error('Alex has no 2FA secret');
    const { host, hostname, origin } = new URL(portal.url);
    const stored = JSON.stringify(await readSyncItems(aPage));
    for (const clear of [
      secret,
      secret.toLowerCase(),
      ISSUER,
      alex.login,
      alex.name,
      origin,
      host,
      hostname,
    ]) {
      expect(stored).not.toContain(clear);
    }
  });

  it('B: joins with the passphrase, and the portal accepts the code it fills', async () => {
    await carrySyncItems(aPage, bPage);
    const popup = await b.openPopup();
    await popup.waitForText('Your accounts are synced from another browser.');
    expect(await seriousAxeViolations(popup)).toEqual([]);
    await popup.fill('Passphrase', passphrase);
    await popup.click('button', 'Unlock with your passphrase to join');
    await popup.waitForControl('listitem', alexRow);
    await popup.close();

    // A's enrollment used this period's code: the helper lets the portal take it once more.
    await filledCodeIsAccepted(b, portal, alex);
  });

  it('a delete on B disappears on A', async () => {
    const popup = await b.openPopup();
    await popup.click('button', `Edit ${alexRow}`);
    await popup.click('button', 'Delete account');
    await popup.click('button', 'Delete');
    await popup.waitForControl('button', 'Undo');
    await popup.close();
    // A round that starts from now on sees the delete, and writes it out.
    const deletedAt = Date.now();
    await expect
      .poll(async () => ((await lastSyncAt(bPage)) ?? 0) >= deletedAt, roundTimeout)
      .toBe(true);

    await carrySyncItems(bPage, aPage);
    await expect.poll(() => listedAccounts(a), roundTimeout).toEqual([]);
  });

  it('a passphrase changed on A is asked for on B, and the old one is refused', async () => {
    // A new account on A travels with the new slot: B must lose nothing by the change.
    const aPopup = await a.openPopup();
    await addAccountByHand(aPopup, {
      secret: 'JBSWY3DPEHPK3PXP',
      issuer: 'GitHub',
      account: 'octocat',
    });
    await aPopup.close();
    await changePassphraseOnA(passphrase, newPassphrase);
    expect(accountItems(await readSyncItems(aPage))).toHaveLength(2);

    // B is locked when the new slot arrives: its next unlock is where it learns of it.
    const bPopup = await b.openPopup();
    await bPopup.click('button', 'Lock');
    await bPopup.waitForControl('button', 'Unlock');
    await bPopup.close();
    await carrySyncItems(aPage, bPage);

    const locked = await b.openPopup();
    await locked.waitForText(
      'Your passphrase was changed in another browser. Enter the new passphrase.',
    );
    await locked.fill('Passphrase', passphrase);
    await locked.click('button', 'Unlock');
    await locked.waitForText(
      'That was the old passphrase: it was changed in another browser. Enter the new one.',
    );
    await locked.fill('Passphrase', newPassphrase);
    await locked.click('button', 'Unlock');
    await locked.close();
    // The unlock's round merges what A added meanwhile.
    await expect.poll(() => listedAccounts(b), roundTimeout).toEqual(['GitHub octocat']);
  });

  it('B, unlocked when a newer passphrase arrives, takes it and asks for it after a lock', async () => {
    await changePassphraseOnA(newPassphrase, thirdPassphrase);

    await carrySyncItems(aPage, bPage);
    // B's round takes the new slot while the vault is open.
    await expect
      .poll(async () => {
        const setup = (await readLocalItem(bPage, 'syncSetup')) as { slotGen?: number };
        return setup.slotGen;
      }, roundTimeout)
      .toBe(keyGeneration(await readSyncItems(aPage)));
    const bPopup = await b.openPopup();
    await bPopup.click('button', 'Lock');
    await bPopup.waitForText(
      'Your passphrase was changed in another browser. Enter the new passphrase.',
    );
    // The round replaced the slot in both generations here: nothing is left that the old
    // passphrase opens, so it cannot be told from a typo (the note above says what happened).
    await bPopup.fill('Passphrase', newPassphrase);
    await bPopup.click('button', 'Unlock');
    await bPopup.waitForText('This passphrase is not correct. Check it and try again.');
    await bPopup.fill('Passphrase', thirdPassphrase);
    await bPopup.click('button', 'Unlock');
    await bPopup.waitForControl('listitem', 'GitHub octocat');
    await bPopup.close();
  });
});
