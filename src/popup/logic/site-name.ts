import { describePortalPattern } from '../../sites/user-portal';

/**
 * How an account's site (an origin) reads to a person: its host, with the scheme only when it
 * is not https, as portal addresses read in Options.
 */
export function siteName(origin: string): string {
  return describePortalPattern(`${origin}/*`);
}
