/**
 * One insertion into an input, reported the way a browser reports typing or pasting, so that
 * React, Vue, Angular and plain listeners all see it (DESIGN 4.5):
 * focus, keydown (and keypress for a printable key), beforeinput, the value, input, keyup,
 * change. Bitwarden (insert-autofill-content.service.ts) and KeePassXC-Browser
 * (kpxc.setValueWithChange) fire the same family of events; neither blurs the field in its
 * current version, and neither do we: focus stays where the user can press Enter.
 */
export interface Insertion {
  /** The field's whole new value. */
  readonly value: string;
  /** What InputEvent.data carries: the inserted text. */
  readonly data: string;
  readonly inputType: 'insertText' | 'insertFromPaste';
  /** KeyboardEvent.key: the character typed, or 'Unidentified' for a paste-like insertion. */
  readonly key: string;
}

/**
 * `stillFine` runs after focusing and after the page's keydown and beforeinput listeners: a
 * page may swap or hide the field at any of them (the hostile pages do), and then nothing is
 * inserted. Returns whether it went on.
 */
export function insert(
  input: HTMLInputElement,
  insertion: Insertion,
  focus = true,
  stillFine: () => boolean = () => true,
): boolean {
  if (focus) input.focus();
  // The page runs its listeners at each event: the field may be swapped or hidden by any of
  // them, so it is checked again right before the value goes in.
  if (!stillFine()) return false;
  dispatchKey(input, 'keydown', insertion.key);
  if (insertion.key.length === 1) dispatchKey(input, 'keypress', insertion.key);
  const { data, inputType } = insertion;
  const init = { data, inputType, bubbles: true, composed: true };
  // A page that cancels beforeinput takes the insertion over, as it would from the keyboard.
  const accepted = input.dispatchEvent(
    new InputEvent('beforeinput', { ...init, cancelable: true }),
  );
  if (!stillFine()) return false;
  if (accepted) {
    setNativeValue(input, insertion.value);
    input.dispatchEvent(new InputEvent('input', init));
  }
  dispatchKey(input, 'keyup', insertion.key);
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}

/**
 * Sets the value through HTMLInputElement.prototype's own setter. React replaces `value` on
 * each input instance with a tracking setter and ignores an input event when the tracked
 * value already equals the new one; the prototype's setter bypasses that tracker, so React
 * sees a change. (In a content script's isolated world the page's per-instance property is
 * out of sight anyway; this keeps the same behaviour in a single-world test.)
 */
export function setNativeValue(input: HTMLInputElement, value: string): void {
  // Reflect.set runs the prototype's accessor with `input` as receiver.
  if (!Reflect.set(HTMLInputElement.prototype, 'value', value, input)) input.value = value;
}

function dispatchKey(input: HTMLInputElement, type: 'keydown' | 'keypress' | 'keyup', key: string) {
  const code = /^\d$/.test(key)
    ? `Digit${key}`
    : /^[a-z]$/i.test(key)
      ? `Key${key.toUpperCase()}`
      : '';
  input.dispatchEvent(
    new KeyboardEvent(type, { key, code, bubbles: true, cancelable: true, composed: true }),
  );
}
