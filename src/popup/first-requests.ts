import { sendFromPageNow, type SentRequest } from '../shared/send';
import { FIRST_ROWS } from './list/first-rows';

/**
 * The popup's first request: its first rows. Every account is asked for once they are on
 * screen (hooks/use-overview.ts), so that the worker's 1,000 codes do not compete with them.
 */
export interface FirstRequests {
  readonly firstRows: SentRequest<'vault/overview'>;
}

declare global {
  interface Window {
    /** Sent by the popup's early script (early.ts), read by its own (popup.tsx). */
    popupFirstRequests?: FirstRequests;
  }
}

export function sendFirstRequests(): FirstRequests {
  return {
    firstRows: sendFromPageNow('vault/overview', { firstRows: FIRST_ROWS }),
  };
}
