import { isSecureOrigin, judgeOrigin } from './origin';

/**
 * Whether the user may add `origin` to an account by hand (the popup's edit view): a secure
 * origin that does not merely look like a site some account is bound to. A phishing page is
 * where a user is most likely to be told "add this site"; it never gets a code.
 */
export type SiteAddition =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: 'insecure' }
  | { readonly ok: false; readonly reason: 'lookalike'; readonly boundOrigin: string };

export function judgeSiteAddition(origin: string, boundOrigins: readonly string[]): SiteAddition {
  if (!isSecureOrigin(origin)) return { ok: false, reason: 'insecure' };
  const verdict = judgeOrigin(origin, boundOrigins);
  if (verdict.kind === 'lookalike') {
    return { ok: false, reason: 'lookalike', boundOrigin: verdict.boundOrigin };
  }
  return { ok: true };
}

/**
 * An edit's new list of sites: only sites it had, plus `added` when the user confirmed it.
 * Null when the list names any other site (a page cannot bind an account by editing it).
 */
export function editedSites(
  before: readonly string[],
  after: readonly string[],
  added: string | null,
): readonly string[] | null {
  const allowed = (origin: string) => before.includes(origin) || origin === added;
  return after.every(allowed) ? [...new Set(after)] : null;
}
