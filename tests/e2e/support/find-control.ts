/**
 * Finds a visible control by role and accessible name, the way a user (or a screen reader)
 * names it. Runs inside the page, so it must be self-contained: both Playwright and Puppeteer
 * serialise it with `toString()` and call it with its argument (never as a string to eval:
 * extension pages' CSP forbids that). It is a simplified accessible-name computation, enough for
 * our pages; it also searches open shadow roots.
 */
export type ControlRole =
  'button' | 'link' | 'textbox' | 'checkbox' | 'menuitem' | 'listitem' | 'dialog';

export function findControl(
  [role, name]: readonly [ControlRole, string],
  start?: Document | ShadowRoot,
): Element | null {
  const selectors: Record<ControlRole, string> = {
    button: 'button, [role="button"], input[type="submit"], input[type="button"]',
    link: 'a[href], [role="link"]',
    textbox:
      'input:not([type]), input[type="text"], input[type="password"], input[type="email"], input[type="tel"], input[type="number"], input[type="search"], textarea, [role="textbox"]',
    checkbox: 'input[type="checkbox"], [role="checkbox"]',
    menuitem: '[role="menuitem"]',
    listitem: 'li, [role="listitem"]',
    dialog: 'dialog, [role="dialog"]',
  };
  const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const textOf = (ids: string) =>
    clean(
      ids
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
  const accessibleName = (element: Element): string => {
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy) return textOf(labelledBy);
    const ariaLabel = element.getAttribute('aria-label');
    if (ariaLabel) return clean(ariaLabel);
    if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
      const labels = element.labels ? [...element.labels].map((label) => label.textContent) : [];
      if (labels.length > 0) return clean(labels.join(' '));
      if (element instanceof HTMLInputElement && ['submit', 'button'].includes(element.type)) {
        return clean(element.value);
      }
      return clean(element.getAttribute('title') ?? element.getAttribute('placeholder'));
    }
    return clean(element.textContent) || clean(element.getAttribute('title'));
  };
  const isVisible = (element: Element) => {
    const rect = element.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0 && getComputedStyle(element).visibility !== 'hidden';
  };
  const roots: (Document | ShadowRoot)[] = [start ?? document];
  // The loop also visits roots pushed while it runs (array iterators read the live length).
  for (const root of roots) {
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) roots.push(element.shadowRoot);
    }
  }
  const matches = roots
    .flatMap((root) => [...root.querySelectorAll(selectors[role])])
    .filter((element) => isVisible(element));
  return (
    matches.find((element) => accessibleName(element) === name) ??
    matches.find((element) => accessibleName(element).includes(name)) ??
    null
  );
}
