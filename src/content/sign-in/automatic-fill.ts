/**
 * A fill with no click happens once per document: a portal that shows its code step again
 * (a refused code, a second sign-in in the same page) gets the "Fill code" control, and so
 * does a script on the bound origin that removes and adds code fields to collect a code every
 * period. Spent only by a fill that happened.
 */
let spent = false;

export function mayFillAutomatically(): boolean {
  return !spent;
}

export function spendAutomaticFill(): void {
  spent = true;
}
