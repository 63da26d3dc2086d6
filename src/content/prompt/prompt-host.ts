import { promptStyle } from './prompt-style';

/**
 * Where the in-page prompt lives (DESIGN 4.4): a closed shadow root on an element inserted
 * right after the QR code, so it is next to it, inside the same pop-up (and in a modal
 * dialog's top layer with it), and next in keyboard order. Page scripts see an element but
 * cannot read or restyle what is inside.
 */
export interface PromptHost {
  readonly root: ShadowRoot;
  readonly panel: HTMLElement;
  remove(): void;
}

export function createPromptHost(anchor: Element): PromptHost {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = promptStyle;
  const panel = document.createElement('section');
  panel.className = 'prompt';
  root.append(style, panel);
  anchor.after(host);
  return { root, panel, remove: () => host.remove() };
}

/** Handlers of the prompt's controls run only for the user's own input (DESIGN 4.4). */
export function onTrusted<Type extends keyof HTMLElementEventMap>(
  element: HTMLElement,
  type: Type,
  handler: (event: HTMLElementEventMap[Type]) => void,
) {
  element.addEventListener(type, (event) => {
    if (event.isTrusted) handler(event);
  });
}
