/**
 * CSS that hides an element without `opacity`, `display` or `visibility`, as hostile pages
 * do: `filter: opacity(0)` (or brightness/contrast 0), and `clip-path` or `mask` that cut it
 * away. Used for fields (visibility.ts) and for our own in-page UI (prompt-host.ts).
 */
export interface HidingStyle {
  readonly filter?: string;
  readonly clipPath?: string;
  readonly maskImage?: string;
}

/** The opacity a `filter` leaves (1 for none); 0 when it blanks the element. */
export function filterOpacity(filter: string | undefined): number {
  if (!filter || filter === 'none') return 1;
  let opacity = 1;
  for (const [, name, raw] of filter.matchAll(/([a-z-]+)\(([^)]*)\)/g)) {
    const amount = parseAmount(raw ?? '');
    if (name === 'opacity') opacity *= amount;
    if ((name === 'brightness' || name === 'contrast') && amount < 0.2) return 0;
  }
  return opacity;
}

/** Whether clip-path or a mask is set: real pages do not clip a code field or our prompt. */
export function isClippedAway(style: HidingStyle): boolean {
  const set = (value: string | undefined) =>
    value !== undefined && value !== '' && value !== 'none';
  return set(style.clipPath) || set(style.maskImage);
}

function parseAmount(raw: string): number {
  const value = Number.parseFloat(raw);
  if (!Number.isFinite(value)) return 1;
  return Math.min(Math.max(raw.trim().endsWith('%') ? value / 100 : value, 0), 1);
}
