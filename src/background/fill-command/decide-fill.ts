import { isSecureOrigin, judgeOrigin, originOf } from '../../core/origin';
import type { VaultEntry } from '../../core/vault';

export type FillDecision =
  | { readonly kind: 'fill'; readonly entry: VaultEntry; readonly origin: string }
  | { readonly kind: 'choose'; readonly entries: readonly VaultEntry[] }
  | { readonly kind: 'no-account'; readonly origin: string }
  | { readonly kind: 'lookalike'; readonly origin: string; readonly boundOrigin: string }
  | { readonly kind: 'insecure' }
  /** Not a web page (the browser's own pages, file:, data:): nothing to fill. */
  | { readonly kind: 'unavailable' };

/**
 * Which account's code a fill on demand may put in the page at `pageUrl` (issue 6, DESIGN 4.3):
 * only accounts bound to exactly its origin, only in a secure context. One bound account is
 * filled, several are offered to choose from; `chosenId` must be one of them. A page that only
 * looks like a bound origin is named as such and never gets a code. Pure.
 */
export function decideFill(
  pageUrl: string,
  entries: readonly VaultEntry[],
  chosenId: string | null,
): FillDecision {
  const origin = originOf(pageUrl);
  if (origin === null) return { kind: 'unavailable' };
  if (!isSecureOrigin(origin)) return { kind: 'insecure' };
  const bound = entries.filter((entry) => entry.origins.includes(origin));
  if (chosenId !== null) {
    // A chosen account bound elsewhere is never filled here, whatever the popup asked.
    const chosen = bound.find((entry) => entry.id === chosenId);
    return chosen ? { kind: 'fill', entry: chosen, origin } : { kind: 'no-account', origin };
  }
  const [only, ...others] = bound;
  if (only && others.length === 0) return { kind: 'fill', entry: only, origin };
  if (only) return { kind: 'choose', entries: bound };
  for (const entry of entries) {
    const verdict = judgeOrigin(pageUrl, entry.origins);
    if (verdict.kind === 'lookalike') {
      return { kind: 'lookalike', origin, boundOrigin: verdict.boundOrigin };
    }
  }
  return { kind: 'no-account', origin };
}
