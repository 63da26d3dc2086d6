import { composedParent, isElement } from '../fields/composed';
import { visibleText } from '../fields/descriptors';
import type { Geometry } from '../fields/geometry';
import { findKeyword, normalizeText, type Keyword, type NormalizedText } from '../fields/text';
import { invisibilityReason } from '../fields/visibility';
import { CODE_WORDS, ERROR_NAME_WORDS, REFUSAL_WORDS, SUCCESS_WORDS } from './words';
import { attribute, isConnected, matches, queryAll, textOf } from './safe-dom';

/**
 * The messages a page shows about a step: live regions (role alert or status, aria-live) and
 * elements whose id or class says error, alert, danger, warning. Pages set their text, or
 * show and hide them; MessageTracker turns a batch of mutation records into the messages
 * that were written or shown in it, so a message already on screen before a watch began
 * counts only once the page sets its text again or shows it again.
 */

const LIVE_SELECTOR =
  '[role="alert"], [role="status"], [aria-live="assertive"], [aria-live="polite"]';
/** A cheap first pass for named ones ("rror" matches Error and error); words.ts confirms. */
const NAMED_SELECTOR =
  '[class*="rror"], [id*="rror"], [class*="nvalid"], [id*="nvalid"], [class*="lert"], [id*="lert"], [class*="anger"], [class*="arning"], [id*="arning"], [class*="rreur"]';
const ANY_SELECTOR = `${LIVE_SELECTOR}, ${NAMED_SELECTOR}`;
/** How far up from a changed node a message may start (text in a <span> in a <p> in an alert). */
const MAX_DEPTH = 5;
/** Longer than a message: a container that happens to carry an "alert" class. */
const MAX_MESSAGE_CHARS = 400;
/** Reasons that leave a live region announced: screen-reader-only text is still the message. */
const ANNOUNCED_WHEN = new Set(['hidden:size', 'hidden:off-screen', 'hidden:clipped']);

export function isLiveRegion(element: Element): boolean {
  return matches(element, LIVE_SELECTOR);
}

export function isMessage(element: Element): boolean {
  if (!isLiveRegion(element)) {
    if (!matches(element, NAMED_SELECTOR)) return false;
    const names = `${attribute(element, 'id') ?? ''} ${attribute(element, 'class') ?? ''}`;
    if (findKeyword([normalizeText(names)], ERROR_NAME_WORDS()) === null) return false;
  }
  return textOf(element).length <= MAX_MESSAGE_CHARS;
}

/** Seen by the user (or announced, for a live region) with a message's length of text. */
export function isShownMessage(element: Element, geometry: Geometry): boolean {
  if (!isConnected(element)) return false;
  const reason = invisibilityReason(element, geometry);
  if (reason !== null && !(isLiveRegion(element) && ANNOUNCED_WHEN.has(reason))) return false;
  const text = messageText(element);
  return text.words.trim() !== '';
}

export function messageText(element: Element): NormalizedText {
  return normalizeText(visibleText(element).slice(0, MAX_MESSAGE_CHARS));
}

/** Whole words only: "not valid" is a refusal, "valid" is not. */
export function says(text: NormalizedText, keywords: readonly Keyword[]): boolean {
  return keywords.some((keyword) => keyword.compact !== '' && text.words.includes(keyword.words));
}

export const readsAsRefusal = (text: NormalizedText): boolean => says(text, REFUSAL_WORDS());
export const mentionsCode = (text: NormalizedText): boolean => says(text, CODE_WORDS());
export const readsAsSuccess = (text: NormalizedText): boolean =>
  says(text, SUCCESS_WORDS()) && !readsAsRefusal(text);

/** The message a node sits in, up to MAX_DEPTH levels up, or null. */
export function messageAround(node: Node): Element | null {
  let element: Element | null = isElement(node) ? node : node.parentElement;
  for (let depth = 0; element && depth < MAX_DEPTH; depth += 1) {
    if (isMessage(element)) return element;
    element = composedParent(element);
  }
  return null;
}

function messagesIn(element: Element, into: Map<Element, boolean>): void {
  if (isMessage(element) && !into.has(element)) into.set(element, false);
  for (const found of queryAll(element, ANY_SELECTOR)) {
    if (!into.has(found) && isMessage(found)) into.set(found, false);
  }
}

export interface MessageChange {
  readonly element: Element;
  readonly text: NormalizedText;
}

export class MessageTracker {
  /** Last known shown state of every message seen; one not in it was not shown. */
  private readonly shown = new WeakMap<Element, boolean>();

  constructor(
    private readonly geometry: Geometry,
    roots: readonly (Document | ShadowRoot)[],
  ) {
    for (const root of roots) {
      for (const element of queryAll(root, ANY_SELECTOR)) {
        if (isMessage(element)) this.shown.set(element, isShownMessage(element, geometry));
      }
    }
  }

  /** Messages shown now whose text was set in this batch, or that were not shown before it. */
  changes(records: readonly MutationRecord[]): MessageChange[] {
    // element -> its text was set in this batch
    const touched = new Map<Element, boolean>();
    for (const record of records) {
      const around = messageAround(record.target);
      if (around && record.type !== 'attributes') touched.set(around, true);
      else if (around && !touched.has(around)) touched.set(around, false);
      if (record.type === 'attributes' && isElement(record.target)) {
        messagesIn(record.target, touched);
      }
      for (const node of Array.from(record.addedNodes)) {
        if (isElement(node)) messagesIn(node, touched);
      }
    }
    const changes: MessageChange[] = [];
    for (const [element, rewritten] of touched) {
      const was = this.shown.get(element) ?? false;
      const now = isShownMessage(element, this.geometry);
      this.shown.set(element, now);
      if (now && (rewritten || !was)) changes.push({ element, text: messageText(element) });
    }
    return changes;
  }

  /** Any message shown now in these areas that reads as a refusal. */
  refusalShownIn(areas: readonly Element[]): boolean {
    return areas.some((area) =>
      [area, ...queryAll(area, ANY_SELECTOR)].some(
        (element) =>
          isMessage(element) &&
          isShownMessage(element, this.geometry) &&
          readsAsRefusal(messageText(element)),
      ),
    );
  }
}
