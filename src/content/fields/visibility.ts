import { composedParent } from './composed';
import type { Box, Geometry, StyleFacts } from './geometry';
import { filterOpacity, isClippedAway } from './style-hiding';
import { MIN_EFFECTIVE_OPACITY, MIN_FIELD_SIZE_PX } from './weights';

/**
 * Is a field really there for the user to see (DESIGN 4.5)? Returns a short reason
 * id when not, null when visible. Catches: display none or `hidden` on the field or an
 * ancestor; visibility hidden; an effective opacity (product up the tree, across shadow
 * hosts) under MIN_EFFECTIVE_OPACITY; a box under MIN_FIELD_SIZE_PX (1x1 px fields); a box
 * left of or above the page, or right of its scrollable width (left: -9999px); a box clipped
 * away by an `overflow: hidden` ancestor; an `inert` ancestor.
 * Below the fold is fine: the Sonar pop-up's code field is there until scrolled to.
 * `filter: opacity()` counts as opacity; clip-path and masks count as hidden.
 * Not covered: transforms that hide a full-size field, overlays drawn on top.
 */
export function invisibilityReason(field: Element, geometry: Geometry): string | null {
  const style = geometry.style(field);
  if (style.visibility === 'hidden' || style.visibility === 'collapse') return 'hidden:visibility';
  const box = geometry.box(field);
  if (box.width < MIN_FIELD_SIZE_PX || box.height < MIN_FIELD_SIZE_PX) return 'hidden:size';
  const page = geometry.page(field.ownerDocument);
  const left = box.left + page.scrollX;
  const top = box.top + page.scrollY;
  if (left + box.width <= 0 || top + box.height <= 0 || left >= page.width) {
    return 'hidden:off-screen';
  }
  return ancestorsReason(field, box, geometry);
}

function ancestorsReason(field: Element, box: Box, geometry: Geometry): string | null {
  let opacity = 1;
  let canBeClipped = true;
  for (let node: Element | null = field; node; node = composedParent(node)) {
    if (node.hasAttribute('hidden')) return 'hidden:attribute';
    if (node !== field && node.hasAttribute('inert')) return 'hidden:inert';
    const style = geometry.style(node);
    if (style.display === 'none') return 'hidden:display';
    opacity *= parseOpacity(style.opacity) * filterOpacity(style.filter);
    if (opacity < MIN_EFFECTIVE_OPACITY) return 'hidden:opacity';
    if (isClippedAway(style)) return 'hidden:clip-path';
    if (node !== field && canBeClipped && clipsContent(node, style)) {
      if (!overlaps(geometry.box(node), box)) return 'hidden:clipped';
    }
    if (style.position === 'fixed') canBeClipped = false;
  }
  return null;
}

function parseOpacity(value: string): number {
  const parsed = Number.parseFloat(value);
  return Number.isFinite(parsed) ? Math.min(Math.max(parsed, 0), 1) : 1;
}

/**
 * html and body pass their overflow to the viewport (a modal sets `body { overflow: hidden }`
 * without hiding anything in it); `display: contents` boxes clip nothing.
 */
function clipsContent(node: Element, style: StyleFacts): boolean {
  if (node === node.ownerDocument.documentElement || node === node.ownerDocument.body) {
    return false;
  }
  if (style.display === 'contents') return false;
  const hiding = (value: string): boolean => value === 'hidden' || value === 'clip';
  return hiding(style.overflowX) || hiding(style.overflowY);
}

/** At least MIN_FIELD_SIZE_PX of the field shows through the clipping ancestor. */
function overlaps(outer: Box, inner: Box): boolean {
  const width =
    Math.min(outer.left + outer.width, inner.left + inner.width) - Math.max(outer.left, inner.left);
  const height =
    Math.min(outer.top + outer.height, inner.top + inner.height) - Math.max(outer.top, inner.top);
  return width >= MIN_FIELD_SIZE_PX && height >= MIN_FIELD_SIZE_PX;
}
