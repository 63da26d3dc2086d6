import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  coverHost,
  forgeClicks,
  hideHost,
  impersonateExtension,
  readHost,
} from '../fixtures/hostile/attacks';
import { nonLoopbackAddress } from '../fixtures/hostile/lan-address';
import { startHostileSite, type HostileSite } from '../fixtures/hostile/server';
import { installSpy } from '../fixtures/hostile/spy';
import { startPortal, type RunningPortal } from '../fixtures/portal/server';
import { browsers } from './support/browsers';
import type { InPageUi } from './support/closed-shadow';
import {
  codesSince,
  expectDuring,
  expectNoChannel,
  expectNoLeakDuring,
  topFrameRecords,
} from './support/hostile-leaks';
import { hostileTabs, uniqueLabel } from './support/hostile-pages';
import { covers, hidings } from './support/hostile-scenarios';
import { bindAccountByEnrollment, waitFor, type BoundAccount } from './support/hostile-setup';
import { clickAt, closedShadowTexts } from './support/hostile-shadow';
import { createVault, passphrase, sendFromExtensionPage } from './support/popup-journey';
import { user } from './support/portal-journey';
import type { BrowserSession } from './support/session';
import { uiTimeoutMs, type TestPage } from './support/test-page';

// Issue 6, deliverable 4: hostile pages get no code and no secret. An account is bound to the
// demo portal's origin through the in-page enrollment prompt; each scenario then attacks
// sign-in fill from a page and checks everything that page could read (its spy, spy.ts).
// Controls: the portal's own code step page is filled (before all), and each hidden field or
// covered control works once the page stops hiding it. What "look-alike" and "plain http"
// mean on a loopback-only machine: tests/fixtures/hostile/README.md. The enrollment prompt's
// share of the attacks: hostile-prompt.test.ts.

describe.each(browsers)('hostile pages get nothing in $name', ({ launch }) => {
  let session: BrowserSession;
  let portal: RunningPortal;
  let extensionPage: TestPage;
  let account: BoundAccount;
  let boundAt: number;
  /** 127.0.0.1, another port: the demo build's content script runs there, nothing is bound. */
  let lookalike: HostileSite;
  /** 127.0.0.2: no content script at all; frames, and the collector of framed spies. */
  let foreign: HostileSite;
  const tabs = hostileTabs(() => session);

  beforeAll(async () => {
    [portal, session, lookalike, foreign] = await Promise.all([
      startPortal(),
      launch(),
      startHostileSite('127.0.0.1'),
      startHostileSite('127.0.0.2'),
    ]);
    extensionPage = await session.openPopup();
    await createVault(extensionPage);
    boundAt = Date.now();
    account = await bindAccountByEnrollment(session, extensionPage, portal);
  });
  afterAll(async () => {
    await Promise.all([session.close(), portal.close(), lookalike.close(), foreign.close()]);
  });

  afterEach(() => tabs.closeAll());
  const portalPageUrl = (name: string, query: Record<string, string> = {}) =>
    `${portal.url}/__test__/hostile/${name}?${new URLSearchParams({ label: uniqueLabel(name), ...query })}`;

  const valueOf = (page: TestPage, selector = '#code') =>
    page.evaluate(
      (field) => document.querySelector<HTMLInputElement>(field)?.value ?? '',
      selector,
    );
  const isCode = async (value: string) => (await codesSince(account, boundAt)).includes(value);
  const noLeak = (page: TestPage) =>
    expectNoLeakDuring(() => topFrameRecords(page), account, boundAt);

  describe('sign-in fill', () => {
    let clone: RunningPortal;

    beforeAll(async () => {
      // The portal's twin on another port: same markup, same user, same secret.
      clone = await startPortal();
      await enableMfa(clone, account.secret);
      // Control for every scenario below: the portal's own code step page gets its code.
      // Without sign-in fill at work, "nothing was filled" would prove nothing.
      const page = await tabs.open(portalPageUrl('code-step'));
      await waitFor(async () => isCode(await valueOf(page)), 'the bound page was not filled');
    });
    afterAll(() => clone.close());

    async function signInOn(base: string) {
      const page = await tabs.newPage();
      await page.goto(`${base}/login?${new URLSearchParams({ label: uniqueLabel('sign-in') })}`);
      await page.evaluate(installSpy, { label: uniqueLabel('spy'), collector: null });
      await page.fill('Login name', user.login);
      await page.fill('Password', user.password);
      await page.click('button', 'Sign in');
      await page.waitForText('Two-factor authentication');
      return page;
    }

    // The portal itself under another name (localhost, same port) is a second host of it: it
    // gets a code only after "Allow on this site" (sonar-lifecycle.test.ts).
    it.each([
      ['the portal’s code step copied to another port', 'copy'],
      ['a clone of the portal on another port', 'clone'],
    ] as const)(
      'a look-alike of the portal, %s, gets no code and no "Fill code"',
      async (_, kind) => {
        const page =
          kind === 'copy'
            ? await tabs.open(lookalike.pageUrl('code-step', { label: uniqueLabel('copy') }))
            : await signInOn(clone.url);
        await expect.poll(() => session.contentScriptRanIn(page)).toBe(true);
        await noLeak(page);
        expect(await valueOf(page)).toBe('');
        expect(await closedShadowTexts(session, page)).toEqual([]);
      },
    );

    it.each([
      ['127.0.0.1 on another port', () => lookalike],
      ['127.0.0.2', () => foreign],
    ])(
      'a code field in a cross-origin iframe (%s) on the portal’s page gets nothing',
      async (_, site) => {
        const frameLabel = uniqueLabel('frame');
        const frame = site().pageUrl('code-step', { label: frameLabel });
        const page = await tabs.open(portalPageUrl('framed', { frame }));
        const frameRecords = () =>
          site()
            .records()
            .filter((record) => record.frame.startsWith(`${frameLabel} `));
        // The frame's spy is at work (it reports twice a second).
        await expect.poll(() => frameRecords().length, { timeout: uiTimeoutMs }).toBeGreaterThan(0);
        await expectNoLeakDuring(
          async () => [...frameRecords(), ...(await topFrameRecords(page))],
          account,
          boundAt,
        );
        expect(await closedShadowTexts(session, page)).toEqual([]);
      },
    );

    it('the portal’s own code step, framed by another origin, gets nothing (top frame only)', async () => {
      const frameLabel = uniqueLabel('framed-portal');
      const frame = portalPageUrl('code-step', {
        label: frameLabel,
        collector: `${foreign.origin}/__spy__`,
      });
      const page = await tabs.open(
        lookalike.pageUrl('framed', { label: uniqueLabel('framer'), frame }),
      );
      const frameRecords = () =>
        foreign.records().filter((record) => record.frame.startsWith(`${frameLabel} `));
      await expect.poll(() => frameRecords().length, { timeout: uiTimeoutMs }).toBeGreaterThan(0);
      await expectNoLeakDuring(
        async () => [...frameRecords(), ...(await topFrameRecords(page))],
        account,
        boundAt,
      );
    });

    it('a clone of the portal on plain http off loopback gets nothing', async () => {
      const insecure = await startPortal({ host: nonLoopbackAddress() });
      try {
        await enableMfa(insecure, account.secret);
        const page = await signInOn(insecure.url);
        await noLeak(page);
        expect(await valueOf(page)).toBe('');
        expect(await session.contentScriptRanIn(page)).toBe(false);
        expect(await closedShadowTexts(session, page)).toEqual([]);
      } finally {
        await insecure.close();
      }
    });

    it.each(['opacity', 'tiny', 'offscreen', 'filter', 'clip'])(
      'an invisible code field (%s) on the portal’s own page gets nothing, until it shows',
      async (hide) => {
        const page = await tabs.open(portalPageUrl('code-step', { hide }));
        await noLeak(page);
        expect(await valueOf(page)).toBe('');
        // Control: the same field, once the page shows it, is filled.
        await page.evaluate(() => document.getElementById('code-row')?.removeAttribute('class'));
        await expect
          .poll(async () => isCode(await valueOf(page)), { timeout: uiTimeoutMs })
          .toBe(true);
      },
    );

    it.each(['focus', 'keydown', 'beforeinput'])(
      'a field swapped on %s: the code never lands in the field moved out of sight',
      async (on) => {
        const page = await tabs.open(portalPageUrl('swap-on-focus', { on }));
        const swap = () =>
          page.evaluate(() => {
            const { field, valueAtSwap } = (
              window as unknown as {
                swap: { field: HTMLInputElement; valueAtSwap: string | null };
              }
            ).swap;
            return { now: field.value, atSwap: valueAtSwap };
          });
        await expectDuring(async () => {
          const { now, atSwap } = await swap();
          // Filled after it was moved: not a field that was filled, then moved by the page.
          const filledOutOfSight =
            atSwap !== null && !(await isCode(atSwap)) && (await isCode(now));
          expect(filledOutOfSight, `the field moved out of sight got ${now}`).toBe(false);
        });
      },
    );

    it.each(['below-fold', 'under-cover'] as const)(
      'a code field a script adds %s, on a bound page with no code step, gets no code unasked',
      async (where) => {
        const page = await tabs.open(portalPageUrl('injected', { where }));
        await noLeak(page);
        expect(await valueOf(page, '#injected-1')).toBe('');
      },
    );

    it('a script that adds code fields in view gets one automatic fill per page, not one per field', async () => {
      const page = await tabs.open(portalPageUrl('injected', { where: 'in-view' }));
      // Control: a field the user sees is filled with no click, once.
      await expect
        .poll(async () => isCode(await valueOf(page, '#injected-1')), { timeout: uiTimeoutMs })
        .toBe(true);
      const next = await page.evaluate(() =>
        (window as unknown as { addField: () => string }).addField(),
      );
      await expectDuring(async () => {
        expect(await valueOf(page, `#${next}`)).toBe('');
      });
    });

    it.each([
      ['form action', { action: 'https://collector.example/steal' }],
      ['button formaction', { formaction: 'https://collector.example/steal' }],
      ['javascript: action', { action: 'javascript:void 0' }],
    ])('a code field whose %s sends it to another origin gets no code', async (_, query) => {
      await settings({ submitAfterFillOrigins: [portal.url] });
      try {
        const page = await tabs.open(portalPageUrl('code-step', query));
        await noLeak(page);
        expect(await valueOf(page)).toBe('');
        expect((await topFrameRecords(page)).some((record) => record.text === 'submitted')).toBe(
          false,
        );
      } finally {
        await settings({ submitAfterFillOrigins: [] });
      }
    });

    it('a sandboxed document (opaque origin) served on the bound origin gets nothing', async () => {
      // Firefox shows no sign of an idle content script: the page is watched for the window
      // after it loaded. The same page served without the sandbox is filled (before all).
      const page = await tabs.newPage();
      await page.goto(portalPageUrl('code-step', { sandbox: '1' }));
      expect(await page.evaluate(() => self.origin)).toBe('null');
      await noLeak(page);
      expect(await valueOf(page)).toBe('');
      expect(await closedShadowTexts(session, page)).toEqual([]);
    });

    describe('the "Fill code" control', () => {
      // Off, so the control is offered instead of an automatic fill.
      beforeAll(() => settings({ fillOnSignIn: false }));
      afterAll(() => settings({ fillOnSignIn: true }));

      async function controlPage() {
        const page = await tabs.open(portalPageUrl('code-step'));
        const control = page.inPageUi('#code');
        await control.waitForControl('button', 'Fill code');
        return { page, control };
      }

      /** Control: the user's own click on "Fill code" fills the page's field. */
      async function expectRealClickFills(page: TestPage, control: InPageUi) {
        await control.click('button', 'Fill code');
        await expect
          .poll(async () => isCode(await valueOf(page)), { timeout: uiTimeoutMs })
          .toBe(true);
      }

      it('ignores clicks and keys the page forges; the user’s own click fills', async () => {
        const { page, control } = await controlPage();
        expect(await page.evaluate(forgeClicks, '#code')).toEqual({
          openShadowRoot: false,
          hitTags: ['div'],
        });
        await noLeak(page);
        await expectRealClickFills(page, control);
      });

      it.each(covers)(
        'a real click through a %s cover over "Fill code" fills nothing',
        async (cover) => {
          const { page, control } = await controlPage();
          await page.evaluate(coverHost, ['#code', cover] as const);
          await control.click('button', 'Fill code');
          await noLeak(page);
          await page.evaluate(() => document.getElementById('hostile-cover')?.remove());
          await expectRealClickFills(page, control);
        },
      );

      it.each(hidings)(
        'a real click on "Fill code" made invisible (%s) fills nothing',
        async (how) => {
          const { page, control } = await controlPage();
          const button = await control.waitForControl('button', 'Fill code');
          await page.evaluate(hideHost, ['#code', how] as const);
          await clickAt(session, page, button.x, button.y);
          await noLeak(page);
        },
      );

      it('page script cannot read the control', async () => {
        const { page } = await controlPage();
        expect((await closedShadowTexts(session, page)).join(' ')).toContain('Fill code');
        const reading = await page.evaluate(readHost, '#code');
        expect(reading).toMatchObject({ openShadowRoot: false, animationTargetsInShadow: 0 });
        expect(reading.texts.filter((text) => text.includes('Fill code'))).toEqual([]);
      });

      it('messages and attributes posing as the extension fill nothing', async () => {
        const { page } = await controlPage();
        const { outcomes } = await page.evaluate(impersonateExtension, [
          session.extensionBaseUrl,
          session.extensionId,
        ] as const);
        expectNoChannel(outcomes);
        await noLeak(page);
      });
    });
    describe('while the vault is locked', () => {
      beforeAll(() => sendFromExtensionPage(extensionPage, 'vault/lock', null));
      afterAll(() => sendFromExtensionPage(extensionPage, 'vault/unlock', { passphrase }));

      it('a code field out of view gets no "Fill code": the page learns nothing of the extension', async () => {
        const page = await tabs.open(portalPageUrl('code-step', { hide: 'below' }));
        await expectDuring(async () => {
          expect(await closedShadowTexts(session, page)).toEqual([]);
        });
        // Control: once the code step is in view, the control offers to unlock and fill.
        await page.evaluate(() => document.getElementById('code-row')?.removeAttribute('class'));
        await page.inPageUi('#code').waitForControl('button', 'Fill code');
      });
    });
  });

  async function settings(changes: Record<string, unknown>) {
    await sendFromExtensionPage(extensionPage, 'settings/set', changes);
  }
});

async function enableMfa(portal: RunningPortal, secret: string) {
  const response = await fetch(`${portal.url}/__test__/enable-mfa`, {
    method: 'POST',
    body: JSON.stringify({ login: user.login, secret }),
  });
  if (!response.ok) throw new Error(`enable-mfa: HTTP ${String(response.status)}`);
}
