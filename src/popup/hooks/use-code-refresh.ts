import { useEffect } from 'preact/hooks';
import type { AccountCodes } from '../../shared/model/vault';
import { earliestExpiry } from '../logic/time-left';

/** Late enough that the background's clock is past the boundary too. */
const AFTER_EXPIRY_MS = 100;
/** When an answer still holds expired codes (clocks disagree), try again this much later. */
const RETRY_MS = 1000;
const MAX_RETRY_MS = 30_000;

/**
 * When the earliest code expires, ask for fresh codes: one `vault/overview` for all rows, not
 * one request per row. Rows roll over to their `next` code meanwhile (time-left.ts).
 */
export function useCodeRefresh(codes: readonly AccountCodes[], refresh: () => unknown) {
  useEffect(() => {
    const expiry = earliestExpiry(codes);
    if (expiry === null) return;
    // Fresh codes replace `codes` and re-run this effect. Until they come (a failed request
    // keeps the old ones), ask again with growing pauses, so a row never sits on a code that
    // has expired.
    let retry = RETRY_MS;
    let timer: ReturnType<typeof setTimeout>;
    const fire = () => {
      refresh();
      timer = setTimeout(fire, retry);
      retry = Math.min(retry * 2, MAX_RETRY_MS);
    };
    const wait = expiry - Date.now();
    timer = setTimeout(fire, wait > 0 ? wait + AFTER_EXPIRY_MS : RETRY_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [codes, refresh]);
}
