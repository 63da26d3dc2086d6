import { findControl, type ControlRole } from './find-control';
import { uiTimeoutMs } from './test-page';

/**
 * The in-page prompt lives in a closed shadow root (DESIGN 4.4), out of reach of page scripts,
 * Playwright's and Puppeteer's selectors alike. Tests reach it the way only a debugger can:
 * Chromium through DevTools (DOM.describeNode with pierce), Firefox through WebDriver BiDi
 * (nodes serialised with `includeShadowTree: 'all'`). The root's host is the element right
 * after the anchor (prompt-host.ts puts it there). Clicks are real mouse input (trusted).
 */

export interface InPageUi {
  click(role: ControlRole, name: string): Promise<void>;
  /** Resolves with the control's state once it is shown. */
  waitForControl(role: ControlRole, name: string): Promise<ControlState>;
  waitForText(text: string): Promise<void>;
  text(): Promise<string>;
}

export interface ControlState {
  readonly x: number;
  readonly y: number;
  readonly disabled: boolean;
  readonly checked: boolean;
  /** A text field's value ('' for other controls). */
  readonly value: string;
}

type Query =
  { readonly kind: 'text' } | { readonly kind: 'control'; role: ControlRole; name: string };

/** Calls the probe below with the closed shadow root; null when there is no such root yet. */
export type ShadowCall = (
  anchorSelector: string,
  functionDeclaration: string,
) => Promise<string | null>;

/**
 * The page-side expression for the prompt's host: the element after the anchor. `a >>> b`
 * finds `b` inside the open shadow root of `a` (QR codes in web components, issue 5).
 */
export function hostExpression(anchorSelector: string): string {
  return `(() => {
    let scope = document;
    let found = null;
    for (const part of ${JSON.stringify(anchorSelector.split(' >>> '))}) {
      found = scope?.querySelector(part) ?? null;
      scope = found?.shadowRoot ?? null;
    }
    return found?.nextElementSibling ?? null;
  })()`;
}

/** A function declaration `function (root) {...}` that answers `query` as a JSON string. */
export function probeFor(query: Query): string {
  return `function (root) {
    const findControl = ${findControl.toString()};
    const query = ${JSON.stringify(query)};
    if (query.kind === 'text') {
      return JSON.stringify([...root.children].filter((child) => child.tagName !== 'STYLE').map((child) => child.innerText).join(' '));
    }
    const element = findControl([query.role, query.name], root);
    if (!element) return JSON.stringify(null);
    element.scrollIntoView({ block: 'center' });
    const rect = element.getBoundingClientRect();
    return JSON.stringify({ x: rect.x + rect.width / 2, y: rect.y + rect.height / 2, disabled: Boolean(element.disabled), checked: Boolean(element.checked), value: element instanceof HTMLInputElement ? element.value : '' });
  }`;
}

export function inPageUiVia(
  anchorSelector: string,
  call: ShadowCall,
  click: (x: number, y: number) => Promise<void>,
): InPageUi {
  const ask = async <Result>(query: Query): Promise<Result | null> => {
    const answer = await call(anchorSelector, probeFor(query));
    return answer === null ? null : (JSON.parse(answer) as Result | null);
  };
  const waitFor = async <Result>(query: Query, accept: (value: Result) => boolean) => {
    const deadline = Date.now() + uiTimeoutMs;
    for (;;) {
      const value = await ask<Result>(query);
      if (value !== null && accept(value)) return value;
      if (Date.now() > deadline)
        throw new Error(`In-page UI: timed out on ${JSON.stringify(query)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const ui: InPageUi = {
    waitForControl: (role, name) =>
      waitFor<ControlState>({ kind: 'control', role, name }, () => true),
    async click(role, name) {
      const { x, y } = await waitFor<ControlState>(
        { kind: 'control', role, name },
        (state) => !state.disabled,
      );
      await click(x, y);
    },
    async waitForText(text) {
      await waitFor<string>({ kind: 'text' }, (shown) => shown.includes(text));
    },
    text: async () => (await ask<string>({ kind: 'text' })) ?? '',
  };
  return ui;
}
