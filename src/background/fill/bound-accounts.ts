import type { VaultData, VaultEntry } from '../../core/vault';
import type { SignInAccount } from '../../shared/messages';

/**
 * The accounts a sign-in page may be offered (issue 6, DESIGN 4.3): those that list the
 * page's exact origin (scheme + host + port) among their bound origins. No pattern, no
 * sibling subdomain, no look-alike. HOTP accounts are left out: a fill would have to count
 * their counter forward unseen, which only the popup does, on the user's click.
 */
export function boundEntries(data: VaultData, origin: string): VaultEntry[] {
  return data.entries.filter(
    (entry) => entry.params.type !== 'hotp' && entry.origins.includes(origin),
  );
}

export function signInAccount(entry: VaultEntry): SignInAccount {
  return { id: entry.id, issuer: entry.issuer, account: entry.account };
}
