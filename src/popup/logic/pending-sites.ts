/**
 * The edit form's list of sites, changed only in the form until Save: removing one, adding
 * the active tab's once the user confirmed it. Pure, so the rules read in one place.
 */
export function withoutSite(sites: readonly string[], origin: string): readonly string[] {
  return sites.filter((site) => site !== origin);
}

export function withSite(sites: readonly string[], origin: string): readonly string[] {
  return sites.includes(origin) ? sites : [...sites, origin];
}

/** The active tab's site, when it can be offered: known, and not in the list already. */
export function offerableSite(sites: readonly string[], allowable: string | null): string | null {
  return allowable !== null && !sites.includes(allowable) ? allowable : null;
}

/** The list differs from the stored one (its order aside): Save will change the sites. */
export function sitesChanged(before: readonly string[], after: readonly string[]): boolean {
  return before.length !== after.length || after.some((site) => !before.includes(site));
}
