import type { SiteProfile } from '../../sites/site-profile';
import { sendFromContent } from '../../shared/send';
import { fillCode, findCodeField, targetInputs, type CodeTarget } from '../fields';

/** A saved account's code to fill (CaptureSaved, when the background gave one). */
interface Filled {
  readonly id: string;
  readonly code: string;
  readonly validUntil: number | null;
}

/** How long a filled code is kept current while the user types their password. */
const KEEP_FRESH_MS = 5 * 60_000;

/**
 * Fills the code of the account just saved into the enrollment form's code field: the site
 * profile's hints first, then the label text near the QR code, then generic heuristics
 * (fields/). Until the user changes the field, a code that expires is replaced by the next
 * one, so a slow password entry does not end in "invalid code". Gives the field it filled.
 */
export function fillEnrollmentCode(
  profile: SiteProfile,
  qr: Element,
  saved: Filled,
): CodeTarget | null {
  const { codeFieldLabels: labels, codeFieldSelectors: selectors } = profile.enrollment;
  const target =
    findCodeField(qr.getRootNode() as Document | ShadowRoot, {
      hints: { labels, selectors },
      near: qr,
    }) ?? findCodeField(document, { hints: { labels, selectors }, near: qr });
  if (!target || !fillCode(target, saved.code)) return null;
  keepFresh(target, saved.id, saved.code, saved.validUntil, Date.now() + KEEP_FRESH_MS);
  return target;
}

function keepFresh(
  target: CodeTarget,
  id: string,
  code: string,
  validUntil: number | null,
  stopAt: number,
) {
  if (validUntil === null || validUntil > stopAt) return;
  setTimeout(
    () => {
      if (valueOf(target) !== code || !connected(target)) return; // The user took over.
      sendFromContent('codes/current', { id })
        .then((next) => {
          const options = { keepFocus: true };
          if (valueOf(target) !== code || !fillCode(target, next.current, options)) return;
          keepFresh(target, id, next.current, next.validUntil, stopAt);
        })
        .catch(() => undefined); // Locked or gone meanwhile: the code stays as it was.
    },
    Math.max(0, validUntil - Date.now()) + 50,
  );
}

function valueOf(target: CodeTarget): string {
  return targetInputs(target)
    .map((input) => input.value)
    .join('');
}

function connected(target: CodeTarget): boolean {
  return targetInputs(target).every((input) => input.isConnected);
}
