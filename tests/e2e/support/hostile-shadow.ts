import type { Page as ChromiumPage } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';
import { bidiPage, shadowRootOf, type BidiValue } from './bidi';
import type { ChromiumSession } from './chromium';
import { probeFor } from './closed-shadow';
import type { FirefoxSession } from './firefox';
import type { BrowserSession } from './session';
import type { TestPage } from './test-page';

/**
 * The text of every closed shadow root in a page's top frame, wherever the extension put it
 * (issue 6: "no 'Fill code' control" on a page that must get nothing). Found the way only a
 * debugger can, as closed-shadow.ts does for one root: Chromium through DevTools
 * (`DOM.getDocument` with `pierce`), Firefox through WebDriver BiDi (`includeShadowTree: 'all'`).
 * Page URLs must be unique among the session's tabs (tests add a label to each).
 */
export async function closedShadowTexts(
  session: BrowserSession,
  page: TestPage,
): Promise<string[]> {
  const url = await page.url();
  const probe = probeFor({ kind: 'text' });
  const answers =
    session.name === 'chromium'
      ? await chromiumRoots(chromiumPage(session as ChromiumSession, url), probe)
      : await firefoxRoots(await firefoxPage(session as FirefoxSession, url), probe);
  return answers.map((answer) => JSON.parse(answer) as string);
}

/**
 * A real (trusted) mouse click at a point of the viewport, as a user's: for "click where the
 * control was" after the page hid or covered it.
 */
export async function clickAt(session: BrowserSession, page: TestPage, x: number, y: number) {
  const url = await page.url();
  if (session.name === 'chromium') {
    await chromiumPage(session as ChromiumSession, url).mouse.click(x, y);
  } else {
    await (await firefoxPage(session as FirefoxSession, url)).mouse.click(x, y);
  }
}

function chromiumPage(session: ChromiumSession, url: string): ChromiumPage {
  const page = session.context.pages().find((candidate) => candidate.url() === url);
  if (!page) throw new Error(`No Chromium tab at ${url}`);
  return page;
}

interface CdpNode {
  readonly backendNodeId: number;
  readonly shadowRootType?: string;
  readonly children?: CdpNode[];
  readonly shadowRoots?: CdpNode[];
}

async function chromiumRoots(page: ChromiumPage, probe: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: CdpNode;
    };
    const closed: CdpNode[] = [];
    // The top document only: an iframe's document is a `contentDocument`, not visited here.
    const visit = (node: CdpNode) => {
      for (const shadow of node.shadowRoots ?? []) {
        if (shadow.shadowRootType === 'closed') closed.push(shadow);
        visit(shadow);
      }
      for (const child of node.children ?? []) visit(child);
    };
    visit(root);
    const answers: string[] = [];
    for (const shadow of closed) {
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
      if (!object.objectId) continue;
      const answer = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: `function () { return (${probe})(this); }`,
        returnByValue: true,
      });
      if (typeof answer.result.value === 'string') answers.push(answer.result.value);
    }
    return answers;
  } finally {
    await cdp.detach();
  }
}

async function firefoxPage(session: FirefoxSession, url: string): Promise<FirefoxPage> {
  const pages = await session.browser.pages();
  const page = pages.find((candidate) => candidate.url() === url);
  if (!page) throw new Error(`No Firefox tab at ${url}`);
  return page;
}

/** BiDi serialises each element's shadow root, closed ones too, with a shared id to pass back. */
async function firefoxRoots(page: FirefoxPage, probe: string): Promise<string[]> {
  const bidi = bidiPage(page);
  const elements = await bidi.evaluateWithShadowRoots('Array.from(document.querySelectorAll("*"))');
  const roots = ((elements?.value ?? []) as BidiValue[])
    .map(shadowRootOf)
    .filter((root): root is BidiValue => Boolean(root?.sharedId))
    .filter((root) => (root.value as { mode?: string } | undefined)?.mode === 'closed');
  const answers: string[] = [];
  for (const root of roots) {
    const answer = await bidi.callWithNode(probe, root.sharedId ?? '');
    if (answer !== null) answers.push(answer);
  }
  return answers;
}
