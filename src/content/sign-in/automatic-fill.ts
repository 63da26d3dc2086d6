/**
 * A fill with no click happens once per document: a portal that shows its code step again
 * (a refused code, a second sign-in in the same page) gets the "Fill code" control, and so
 * does a script on the bound origin that removes and adds code fields to collect a code every
 * period. Taken before the code is asked for, so two sessions (the watcher replacing one
 * while its code is on the way) cannot both fill unasked; given back when no code went in.
 */
let taken = false;

/** Takes the document's one automatic fill; false when a session already has it. */
export function takeAutomaticFill(): boolean {
  if (taken) return false;
  taken = true;
  return true;
}

/** For a session whose automatic fill did not happen (refused, superseded, ended, failed). */
export function giveBackAutomaticFill(): void {
  taken = false;
}
