import type { EntryDraft } from '../../core/vault';
import {
  dropCapture,
  findCapture,
  holdCapture,
  type PendingCapture,
} from '../capture/pending-captures';
import { forgetAllExports } from './export-batches';

/**
 * Accounts the popup is asked to confirm, held with the in-page captures
 * (pending-captures.ts) under a token only extension pages can use. Locking forgets them:
 * they hold secrets, and a locked vault may not be written anyway.
 */

const owner = { kind: 'extension-page' } as const;
const tokens = new Set<string>();

/** Lock forgets every held import and the export batches being scanned. */
export function forgetImportHolds(): void {
  for (const token of tokens) dropCapture(token);
  tokens.clear();
  forgetAllExports();
}

export interface ImportBinding {
  /** The origin the accounts are bound to (DESIGN 4.3); null for an image file. */
  readonly origin: string | null;
  readonly siteId: string | null;
}

export function holdImport(drafts: readonly EntryDraft[], binding: ImportBinding): string {
  const token = holdCapture({ owner, drafts, ...binding });
  tokens.add(token);
  return token;
}

export function heldImport(token: string): PendingCapture | null {
  return findCapture(token, owner);
}

export function releaseImport(token: string) {
  dropCapture(token);
  tokens.delete(token);
}
