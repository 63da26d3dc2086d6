import browser from 'webextension-polyfill';
import {
  FILL_ON_DEMAND_KEY,
  readFillOutcome,
  type FillOutcome,
} from '../../../content/fill-on-demand-protocol';
import { FILL_SCRIPT_FILE } from './fill-script';

/**
 * Runs the filler in the tab's top frame only (DESIGN 4.3; frame 0): first the standalone
 * script, which needs the field-detection module and so cannot be a self-contained `func`,
 * then a one-line call of the entry point it left in our isolated world, whose promise
 * executeScript awaits. The code itself is not passed here: the filler asks for it, and the
 * background checks that request's sender (fill-grants.ts). Null when the tab could not be
 * scripted (closed, navigated to a browser page, no access).
 */
export async function runFiller(tabId: number): Promise<FillOutcome | null> {
  const target = { tabId, frameIds: [0] };
  try {
    await browser.scripting.executeScript({ target, files: [FILL_SCRIPT_FILE] });
    const [injection] = await browser.scripting.executeScript({
      target,
      func: callFiller,
      args: [FILL_ON_DEMAND_KEY],
    });
    return readFillOutcome(injection?.result);
  } catch {
    return null;
  }
}

/**
 * Runs in the page's isolated world (serialised by executeScript): self-contained. A document
 * that replaced the one we injected into has no entry point, and answers null.
 */
function callFiller(key: string): unknown {
  const run: unknown = (globalThis as Record<string, unknown>)[key];
  return typeof run === 'function' ? (run as () => unknown)() : null;
}
