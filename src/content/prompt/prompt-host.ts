import { isShown, paintedOver } from './painted-over';
import { promptStyle } from './prompt-style';

/**
 * Where the in-page prompt lives (DESIGN 4.4): a closed shadow root on an element inserted
 * next to the QR code or the sign-in code field, so it is beside it,
 * inside the same pop-up (and in a modal dialog's top layer with it), and next in keyboard
 * order. Page scripts see an element but cannot read or restyle what is inside; the host's
 * own look is pinned by inline `!important` styles, and a click counts only if the prompt is
 * really visible where it landed (clickjacking).
 */
export interface PromptHost {
  readonly root: ShadowRoot;
  readonly panel: HTMLElement;
  readonly host: HTMLElement;
  remove(): void;
}

/** Inline !important beats any page style sheet: the page cannot hide or move the prompt. */
function hostStyle(margin: string): string {
  return [
    'all: initial',
    'display: block',
    'position: static',
    'opacity: 1',
    'visibility: visible',
    'transform: none',
    'filter: none',
    'clip-path: none',
    'pointer-events: auto',
    `margin: ${margin}`,
  ]
    .map((rule) => `${rule} !important`)
    .join('; ');
}

/** The enrollment prompt's look by default; the sign-in "Fill code" control has its own. */
export interface PromptHostOptions {
  /** The closed root's style sheet. */
  readonly styleSheet?: string;
  /** The host's outer margin, a CSS value. */
  readonly margin?: string;
  /** The panel's class name in that style sheet. */
  readonly panelClass?: string;
}

/** Containers that would take the prompt's clicks for themselves (a link around the QR code). */
const INTERACTIVE = 'a, button, label, summary, picture';

export function createPromptHost(anchor: Element, options: PromptHostOptions = {}): PromptHost {
  const host = document.createElement('div');
  host.setAttribute('style', hostStyle(options.margin ?? '12px 0'));
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = options.styleSheet ?? promptStyle;
  const panel = document.createElement('section');
  panel.className = options.panelClass ?? 'prompt';
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
  if (!host.isConnected || !isShown(host)) return false;
  if (!(event instanceof MouseEvent) || event.detail === 0) return true;
  const { clientX: x, clientY: y } = event;
  // The page sees our host (the shadow root retargets), or a covering element of its own.
  // Through the prototype: a page's `<img name="elementFromPoint">` shadows the document's.
  const hit = Document.prototype.elementFromPoint.call(host.ownerDocument, x, y);
  const root = host.getRootNode();
  const hitInRoot = root instanceof ShadowRoot ? root.elementFromPoint(x, y) : hit;
  if (hit !== host && hitInRoot !== host) return false;
  // A decoy drawn over us that lets clicks through (pointer-events: none) is not hit-tested.
  return !paintedOver(host, x, y);
}
