import type { SearchRoot } from '../fields';
import type { OpenShadowRoots } from '../open-shadow-roots';
import { isQrElement, looksLikeQr, qrElementsIn, type QrElement } from './qr-candidates';

/**
 * Notices QR-like elements as they appear. One MutationObserver: added subtrees are
 * searched at once (insertion to prompt must be fast); a container whose class, style or
 * `hidden` changed (a pop-up being shown) and the end of a transition or animation (a code
 * that fades or zooms in) are looked into a little later, in one batch, skipping elements
 * already handed over. Between changes it does nothing at all.
 */

const ATTRIBUTES = ['src', 'srcset', 'class', 'style', 'hidden', 'open', 'width', 'height'];
const CONTAINER_DELAY_MS = 100;

export interface QrWatcher {
  stop(): void;
}

export function watchQrElements(
  onCandidate: (element: QrElement) => void,
  onRemoval: () => void,
  shadowRoots: OpenShadowRoots,
  /** Look at what the page already holds (page-survey.ts), or only at what changes. */
  lookNow: boolean,
): QrWatcher {
  const handedOver = new WeakSet<QrElement>();
  const waitingForLoad = new WeakSet<HTMLImageElement>();
  const containers = new Set<Element>();
  let containerTimer: ReturnType<typeof setTimeout> | null = null;

  const check = (element: QrElement) => {
    if (element instanceof HTMLImageElement && !element.complete) {
      if (waitingForLoad.has(element)) return;
      waitingForLoad.add(element);
      element.addEventListener(
        'load',
        () => {
          waitingForLoad.delete(element);
          check(element);
        },
        { once: true },
      );
      return;
    }
    if (!looksLikeQr(element)) return;
    handedOver.add(element);
    onCandidate(element);
  };

  /** A subtree and the open shadow roots in it: their elements, and watch the roots too. */
  const lookInto = (root: SearchRoot, within = shadowRoots.discover(root)) => {
    for (const tree of within) {
      if (tree !== root) observe(tree);
      for (const element of qrElementsIn(tree)) check(element);
    }
  };

  const checkContainers = () => {
    containerTimer = null;
    const batch = [...containers].filter((container) => container.isConnected);
    containers.clear();
    for (const container of batch) {
      // An ancestor in the same batch covers it.
      if (batch.some((other) => other !== container && other.contains(container))) continue;
      for (const element of qrElementsIn(container)) {
        if (!handedOver.has(element)) check(element);
      }
    }
  };

  const later = (container: Element) => {
    containers.add(container);
    containerTimer ??= setTimeout(checkContainers, CONTAINER_DELAY_MS);
  };

  const observer = new MutationObserver((records) => {
    let removed = false;
    for (const record of records) {
      if (record.type === 'childList') {
        removed ||= record.removedNodes.length > 0;
        for (const node of record.addedNodes) {
          if (node instanceof Element) lookInto(node);
        }
      } else if (record.target instanceof Element) {
        // The element itself changed (a new src): look again; its container: later.
        if (isQrElement(record.target)) check(record.target);
        else later(record.target);
      }
    }
    if (removed) onRemoval();
  });
  const observe = (root: Node) => {
    observer.observe(root, { childList: true, subtree: true, attributeFilter: ATTRIBUTES });
  };
  const settled = (event: Event) => {
    if (event.target instanceof Element) later(event.target);
  };

  // The document, not its root element: the same tree, and no element object made in our
  // world before the page changes (page-survey.ts says why).
  observe(document);
  document.addEventListener('transitionend', settled, { capture: true, passive: true });
  document.addEventListener('animationend', settled, { capture: true, passive: true });
  if (lookNow) lookInto(document, shadowRoots.trees());
  return {
    stop() {
      observer.disconnect();
      document.removeEventListener('transitionend', settled, { capture: true });
      document.removeEventListener('animationend', settled, { capture: true });
      if (containerTimer !== null) clearTimeout(containerTimer);
    },
  };
}
