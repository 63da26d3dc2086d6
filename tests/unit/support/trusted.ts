/**
 * Events as the browser makes them for the user. happy-dom has no `isTrusted` at all (every
 * event reads undefined, as untrusted), so tests mark their "user" events; in a browser the
 * property is unforgeable and a page's dispatchEvent always gives false.
 */
export function trusted<T extends Event>(event: T): T {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

export function userClick(target: Element): void {
  target.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, cancelable: true })));
}

export function userSubmit(form: Element): void {
  form.dispatchEvent(trusted(new Event('submit', { bubbles: true, cancelable: true })));
}

export function userKey(target: Element, key: string): void {
  target.dispatchEvent(
    trusted(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true })),
  );
}
