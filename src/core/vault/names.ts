/**
 * How two names compare as the same (an issuer, an account name, a login typed on a sign-in
 * page): Unicode-compatible, trimmed, inner spaces collapsed, case-insensitive.
 */
export function foldName(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

/** The same issuer and account name, as folded: one login of one service. */
export function sameLogin(
  a: { readonly issuer: string; readonly account: string },
  b: { readonly issuer: string; readonly account: string },
): boolean {
  return foldName(a.issuer) === foldName(b.issuer) && foldName(a.account) === foldName(b.account);
}
