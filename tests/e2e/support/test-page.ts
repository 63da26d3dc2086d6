import type { InPageUi } from './closed-shadow';
import type { ControlRole } from './find-control';

/**
 * What an e2e test does with a page, the same in Chromium (Playwright) and Firefox (Puppeteer),
 * so each journey is written once and run in both browsers. Clicks and typing are real input
 * events (trusted), as a user's would be.
 */
export interface TestPage {
  goto(url: string): Promise<void>;
  url(): Promise<string>;
  /** Clicks the visible control with this role and accessible name (waits for it). */
  click(role: ControlRole, name: string): Promise<void>;
  /** Clears the text field with this accessible name and types `value` into it. */
  fill(name: string, value: string): Promise<void>;
  /** Presses a key or a chord such as "Alt+ArrowUp" on whatever has focus. */
  press(chord: string): Promise<void>;
  /** Types into whatever has focus. */
  type(text: string): Promise<void>;
  /** Resolves when the control is on screen; rejects after the timeout. */
  waitForControl(role: ControlRole, name: string): Promise<void>;
  /** Resolves when the page's visible text contains `text`. */
  waitForText(text: string): Promise<void>;
  visibleText(): Promise<string>;
  evaluate<Result, Arg = undefined>(
    fn: (arg: Arg) => Result | Promise<Result>,
    arg?: Arg,
  ): Promise<Result>;
  /** Runs a script's source in the page's main world (CSP-proof), e.g. to load axe-core. */
  injectScript(source: string): Promise<void>;
  /** The extension's in-page prompt next to the element `anchorSelector` finds (closed shadow root). */
  inPageUi(anchorSelector: string): InPageUi;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export const uiTimeoutMs = 15_000;
