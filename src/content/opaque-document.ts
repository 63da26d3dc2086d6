/**
 * A document with an opaque origin (served with `Content-Security-Policy: sandbox`, or in a
 * sandboxed frame) is not its URL's origin: user content a site isolates that way must get
 * no code even on a bound origin. Chrome stamps such a sender's origin as "null" and the
 * background refuses it (sender.ts); Firefox stamps no origin at all, so our scripts look
 * for themselves and stay idle. `self.origin` is read in our own world, out of the page's reach.
 */
export function isOpaqueDocument(): boolean {
  return self.origin === 'null';
}
