import { composedClosest, composedContains, isElement } from '../fields/composed';
import { browserGeometry, type Geometry } from '../fields/geometry';
import { normalizeText } from '../fields/text';
import { invisibilityReason } from '../fields/visibility';
import { commonAncestor, containerAround, isPageRoot } from '../page-messages/areas';
import {
  MessageTracker,
  isLiveRegion,
  isShownMessage,
  messageText,
  readsAsRefusal,
  readsAsSuccess,
  says,
} from '../page-messages/messages';
import { watchPage } from '../page-messages/page-watch';
import { DISMISS_WORDS } from '../page-messages/words';
import { isConnected, queryAll, textOf } from '../page-messages/safe-dom';

/**
 * Whether the portal's own Save of a two-factor setup succeeded, after the extension saved
 * the QR code's account and filled the code. Only a save the user started counts: a trusted
 * submit in the enrollment area (the block holding both the QR code and the code field, or
 * the field's form), a trusted click on one of its buttons that is not Cancel, Close or
 * Back, or Enter in one of its inputs. After that, the save succeeded when
 * (a) a success message appears in or near the area, or anywhere as a live region, and
 *     reads as no refusal, with no refusal shown in the area; or
 * (b) the QR code and the code field are both gone (out of the page or hidden), still so
 *     GONE_SETTLE_MS after the page went quiet, with no refusal shown.
 * A refusal shown after the submit, a click on Cancel, Close or Back anywhere, or Escape
 * disarms it until the next submit: a set-up dismissed after a failed save also takes the
 * QR code away, and that is no save.
 * Demo portal (tests/fixtures/portal/public/mfa-setup.js): the panel becomes
 * `<p role="status">Two-factor authentication is now on</p>`, or shows a role=alert error.
 */

export interface PortalSaveOptions {
  readonly timeoutMs?: number;
  /** Layout facts (tests pass their own: happy-dom has no layout). */
  readonly geometry?: Geometry;
}

const DEFAULT_TIMEOUT_MS = 10 * 60_000;
const QUIET_MS = 300;
const MAX_QUIET_WAIT_MS = 1_000;
const GONE_SETTLE_MS = 1_000;
const ATTRIBUTES = ['hidden', 'style', 'class', 'aria-hidden', 'role', 'open'];
const BUTTONS =
  'button, input[type="submit"], input[type="button"], input[type="image"], [role="button"]';
/** Plain text longer than this is a page's content, not a notice. */
const MAX_NOTICE_CHARS = 400;

export function watchPortalSave(
  qr: Element,
  codeField: HTMLInputElement | null,
  onSaved: () => void,
  options: PortalSaveOptions = {},
): () => void {
  const geometry = options.geometry ?? browserGeometry;
  const areas = enrollmentAreas(qr, codeField);
  const nearby = [...new Set([...areas, ...areas.flatMap(surroundings)])];
  const watched = codeField ? [qr, codeField] : [qr];
  const messages = new MessageTracker(geometry, [document]);
  let armed = false;
  let settling = false;

  const inArea = (element: Element) =>
    areas.some((area) => isConnected(area) && composedContains(area, element));
  const isNearby = (element: Element) =>
    nearby.some((area) => isConnected(area) && composedContains(area, element));
  const refusalShown = () => messages.refusalShownIn(nearby.filter(isConnected));
  const allGone = () =>
    watched.every(
      (element) => !element.isConnected || invisibilityReason(element, geometry) !== null,
    );
  const saved = () => {
    watch.stop();
    onSaved();
  };
  const checkGone = () => {
    if (!armed || settling || !allGone()) return;
    settling = true;
    watch.later(() => {
      settling = false;
      if (armed && allGone() && !refusalShown()) saved();
    }, GONE_SETTLE_MS);
  };

  const watch = watchPage({
    attributes: ATTRIBUTES,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    elements: watched,
    onMutations(records) {
      // Always read: whether a message was shown before is what makes a later one new.
      const changes = messages.changes(records);
      if (!armed) return;
      if (changes.some(({ text }) => readsAsRefusal(text))) {
        armed = false;
        return;
      }
      const success =
        changes.some(
          ({ element, text }) =>
            readsAsSuccess(text) && (isNearby(element) || isLiveRegion(element)),
        ) || records.some((record) => addsNotice(record, isNearby, geometry));
      if (success && !refusalShown()) {
        saved();
        return;
      }
      watch.afterQuiet(checkGone, QUIET_MS, MAX_QUIET_WAIT_MS);
    },
  });

  watch.onTrusted('submit', (event) => {
    if (isElement(event.target as Node) && inArea(event.target as Element)) armed = true;
  });
  watch.onTrusted('click', (event) => {
    const target = event.target as Node | null;
    if (!target || !isElement(target)) return;
    const button = composedClosest(target, BUTTONS);
    if (!button) return;
    if (isDismissal(button)) armed = false;
    else if (inArea(button)) armed = true;
  });
  watch.onTrusted('keydown', (event) => {
    const key = (event as KeyboardEvent).key;
    const target = event.target as Node | null;
    if (key === 'Escape') armed = false;
    else if (key === 'Enter' && target && isElement(target) && target.localName === 'input') {
      if (inArea(target)) armed = true;
    }
  });
  return () => {
    watch.stop();
  };
}

/** The block holding both the QR code and the field, and the field's form. */
function enrollmentAreas(qr: Element, field: HTMLInputElement | null): Element[] {
  if (!field) return [containerAround(qr) ?? qr.parentElement ?? qr];
  const areas = new Set<Element>();
  const common = commonAncestor(qr, field);
  if (common) areas.add(common);
  if (field.form) areas.add(field.form);
  return [...areas];
}

/** Where a portal puts its notice when the area itself is replaced: around it. */
function surroundings(area: Element): Element[] {
  const around = [area.parentElement, containerAround(area)];
  return around.filter((element): element is Element => element !== null && !isPageRoot(element));
}

/** Cancel, Close, Back: by text, accessible name or title ("×" buttons carry one). */
function isDismissal(button: Element): boolean {
  const texts = [
    button.textContent.slice(0, 100),
    button.getAttribute('aria-label') ?? '',
    button.getAttribute('title') ?? '',
    button.getAttribute('value') ?? '',
  ];
  return texts.some((text) => says(normalizeText(text), DISMISS_WORDS()));
}

/** A short visible text with success words added near the area, as a plain paragraph. */
function addsNotice(
  record: MutationRecord,
  isNearby: (element: Element) => boolean,
  geometry: Geometry,
): boolean {
  return Array.from(record.addedNodes).some((node) => {
    if (!isElement(node) || !isNearby(node)) return false;
    if (textOf(node).length > MAX_NOTICE_CHARS || queryAll(node, 'input').length > 0) return false;
    return isShownMessage(node, geometry) && readsAsSuccess(messageText(node));
  });
}
