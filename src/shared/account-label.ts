/**
 * "{issuer} {account}", the name each row and its buttons carry (DESIGN 5: "Copy code for
 * {issuer} {account}"). Spaces are collapsed so an empty issuer or account leaves no gap.
 */
export function accountLabel(account: { readonly issuer: string; readonly account: string }) {
  return `${account.issuer} ${account.account}`.replace(/\s+/g, ' ').trim();
}
