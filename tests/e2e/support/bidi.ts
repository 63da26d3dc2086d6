import type { Page } from 'puppeteer-core';

/**
 * WebDriver BiDi calls puppeteer-core has no API for (Firefox): nodes serialised with their
 * shadow roots, closed ones too (`includeShadowTree: 'all'`), whose shared ids can be passed
 * back to a function as arguments. Used to reach the extension's closed in-page UI the way
 * only a debugger can (closed-shadow.ts, hostile-shadow.ts).
 */
export interface BidiValue {
  readonly type: string;
  readonly value?: unknown;
  readonly sharedId?: string;
}

interface BidiSession {
  send(method: string, params: object): Promise<{ result: { result?: BidiValue } }>;
}

export interface BidiPage {
  /** `expression`'s value, its nodes serialised one level deep with their shadow roots. */
  evaluateWithShadowRoots(expression: string): Promise<BidiValue | undefined>;
  /** `functionDeclaration` called with the node of `sharedId`; its result if a string. */
  callWithNode(functionDeclaration: string, sharedId: string): Promise<string | null>;
}

export function bidiPage(page: Page): BidiPage {
  const frame = page.mainFrame() as unknown as {
    browsingContext?: { id: string; userContext: { browser: { session: BidiSession } } };
  };
  const context = frame.browsingContext;
  if (!context) throw new Error('puppeteer-core internals changed: no BiDi browsing context');
  const { session } = context.userContext.browser;
  const target = { context: context.id };
  return {
    async evaluateWithShadowRoots(expression) {
      const { result } = await session.send('script.evaluate', {
        expression,
        target,
        awaitPromise: false,
        resultOwnership: 'root',
        serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
      });
      return result.result;
    },
    async callWithNode(functionDeclaration, sharedId) {
      const { result } = await session.send('script.callFunction', {
        functionDeclaration,
        arguments: [{ sharedId }],
        target,
        awaitPromise: false,
      });
      return typeof result.result?.value === 'string' ? result.result.value : null;
    },
  };
}

/** The shadow root BiDi serialised with an element, if any. */
export function shadowRootOf(element: BidiValue | undefined): BidiValue | null {
  return (element?.value as { shadowRoot?: BidiValue | null } | undefined)?.shadowRoot ?? null;
}
