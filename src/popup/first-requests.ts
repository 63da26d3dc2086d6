import { sendFromPageNow, type SentRequest } from '../shared/send';
import { FIRST_ROWS } from './list/first-rows';

/** The popup's first requests: its first rows, and every account's, asked for together. */
export interface FirstRequests {
  readonly firstRows: SentRequest<'vault/overview'>;
  readonly every: SentRequest<'vault/overview'>;
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
    every: sendFromPageNow('vault/overview', null),
  };
}
