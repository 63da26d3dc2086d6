import {
  isQrElement,
  looksLikeQr,
  qrElementsIn,
  shadowHostsIn,
  type QrElement,
} from './qr-candidates';

/**
 * Notices QR-like elements as they appear (issue 5): one MutationObserver, whose callback only
 * looks at tag names of added nodes; a container whose class, style or `hidden` changed (a
 * pop-up being shown) is looked into once, a little later, in a batch. Between changes it
 * does nothing at all.
 */

const ATTRIBUTES = ['src', 'srcset', 'class', 'style', 'hidden', 'open', 'width', 'height'];
const CONTAINER_DELAY_MS = 30;

export function watchQrElements(onCandidate: (element: QrElement) => void): () => void {
  const containers = new Set<Element>();
  let containerTimer: ReturnType<typeof setTimeout> | null = null;

  const check = (element: QrElement) => {
    if (element instanceof HTMLImageElement && !element.complete) {
      element.addEventListener('load', () => check(element), { once: true });
      return;
    }
    if (looksLikeQr(element)) onCandidate(element);
  };

  const lookInto = (root: ParentNode) => {
    for (const element of qrElementsIn(root)) check(element);
    for (const host of shadowHostsIn(root)) if (host.shadowRoot) observe(host.shadowRoot);
  };

  const checkContainers = () => {
    containerTimer = null;
    for (const container of containers) {
      if (container.isConnected)
        for (const element of qrElementsIn(container, false)) check(element);
    }
    containers.clear();
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'childList') {
        for (const node of record.addedNodes) {
          if (node instanceof Element) lookInto(node);
        }
      } else if (record.target instanceof Element) {
        if (isQrElement(record.target)) check(record.target);
        else containers.add(record.target);
      }
    }
    if (containers.size > 0 && containerTimer === null) {
      containerTimer = setTimeout(checkContainers, CONTAINER_DELAY_MS);
    }
  });
  const observe = (root: Node) => {
    observer.observe(root, { childList: true, subtree: true, attributeFilter: ATTRIBUTES });
  };

  observe(document.documentElement);
  lookInto(document);
  return () => {
    observer.disconnect();
    if (containerTimer !== null) clearTimeout(containerTimer);
  };
}
