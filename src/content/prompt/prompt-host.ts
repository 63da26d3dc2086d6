import { promptStyle } from './prompt-style';

/**
 * Where the in-page prompt lives (DESIGN 4.4): a closed shadow root on an element inserted
 * next to the QR code, so it is beside it, inside the same pop-up (and in a modal dialog's top
 * layer with it), and next in keyboard order. Page scripts see an element but cannot read or
 * restyle what is inside; the host's own look is pinned by inline `!important` styles, and a
 * click counts only if the prompt is really visible where it landed (clickjacking, issue 6).
 */
export interface PromptHost {
  readonly root: ShadowRoot;
  readonly panel: HTMLElement;
  readonly host: HTMLElement;
  remove(): void;
}

/** Inline !important beats any page style sheet: the page cannot hide or move the prompt. */
const HOST_STYLE = [
  'all: initial',
  'display: block',
  'position: static',
  'opacity: 1',
  'visibility: visible',
  'transform: none',
  'filter: none',
  'clip-path: none',
  'pointer-events: auto',
  'margin: 12px 0',
]
  .map((rule) => `${rule} !important`)
  .join('; ');

/** Containers that would take the prompt's clicks for themselves (a link around the QR code). */
const INTERACTIVE = 'a, button, label, summary, picture';

export function createPromptHost(anchor: Element): PromptHost {
  const host = document.createElement('div');
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = promptStyle;
  const panel = document.createElement('section');
  panel.className = 'prompt';
  root.append(style, panel);
  outermost(anchor).after(host);
  return { root, panel, host, remove: () => host.remove() };
}

function outermost(anchor: Element): Element {
  let outer = anchor;
  for (let inside = anchor.parentElement?.closest(INTERACTIVE); inside;) {
    outer = inside;
    inside = inside.parentElement?.closest(INTERACTIVE);
  }
  return outer;
}

/**
 * Handlers of the prompt's controls run only for the user's own input (DESIGN 4.4): a trusted
 * event, on a prompt that is visible, and, for a pointer click, with nothing of the page's on
 * top of it at that point. Keyboard activation needs focus inside the closed root, which page
 * scripts cannot move there.
 */
export function onTrusted<Type extends keyof HTMLElementEventMap>(
  host: HTMLElement,
  element: HTMLElement,
  type: Type,
  handler: (event: HTMLElementEventMap[Type]) => void,
) {
  element.addEventListener(type, (event) => {
    if (event.isTrusted && isGenuine(host, event)) {
      handler(event);
      return;
    }
    // A forged or covered click changes nothing, not even a checkbox's tick.
    event.preventDefault();
    event.stopImmediatePropagation();
  });
}

function isGenuine(host: HTMLElement, event: Event): boolean {
  if (!host.isConnected || effectiveOpacity(host) < 0.99) return false;
  if (!(event instanceof MouseEvent) || event.detail === 0) return true;
  // The page sees our host (the shadow root retargets), or a covering element of its own.
  const hit = host.ownerDocument.elementFromPoint(event.clientX, event.clientY);
  const root = host.getRootNode();
  const hitInRoot =
    root instanceof ShadowRoot ? root.elementFromPoint(event.clientX, event.clientY) : hit;
  return hit === host || hitInRoot === host;
}

function effectiveOpacity(element: Element): number {
  let opacity = 1;
  for (let node: Element | null = element; node;) {
    const style = getComputedStyle(node);
    if (style.visibility === 'hidden' || style.display === 'none') return 0;
    opacity *= Number(style.opacity);
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : parent instanceof Element ? parent : null;
  }
  return opacity;
}
