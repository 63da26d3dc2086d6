import { assertRgbaImage, QrImageError, type Rect, type RgbaImage } from './image';

/**
 * The whole-pixel part of `rect` that lies inside `image`, or null when they do not overlap.
 * Fractional edges grow outwards (a DOMRect of 10.5..20.2 covers pixels 10..20), so a
 * hint never loses the QR code's last row.
 */
export function clampRect(image: RgbaImage, rect: Rect): Rect | null {
  assertRect(rect);
  const left = Math.max(0, Math.floor(rect.x));
  const top = Math.max(0, Math.floor(rect.y));
  const right = Math.min(image.width, Math.ceil(rect.x + rect.width));
  const bottom = Math.min(image.height, Math.ceil(rect.y + rect.height));
  if (right <= left || bottom <= top) return null;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** `rect` grown by `margin` on every side (the quiet zone around a QR code). */
export function expandRect(rect: Rect, margin: number): Rect {
  return {
    x: rect.x - margin,
    y: rect.y - margin,
    width: rect.width + 2 * margin,
    height: rect.height + 2 * margin,
  };
}

/**
 * A copy of the pixels of `image` inside `rect` (clamped to the image). Rows are copied
 * whole, so this costs one allocation and a memcpy per row. When `rect` covers the whole
 * image the input itself is returned: images are treated as immutable throughout qr.ts.
 */
export function cropImage(image: RgbaImage, rect: Rect): RgbaImage {
  assertRgbaImage(image);
  const area = clampRect(image, rect);
  if (area === null) {
    throw new QrImageError('invalid-rect', 'The area to scan lies outside the image.');
  }
  return cropClamped(image, area);
}

/** cropImage without the checks, for a rect that clampRect already returned. */
export function cropClamped(image: RgbaImage, area: Rect): RgbaImage {
  if (area.width === image.width && area.height === image.height) return image;
  const rowBytes = area.width * 4;
  const data = new Uint8ClampedArray(rowBytes * area.height);
  for (let row = 0; row < area.height; row++) {
    const start = ((area.y + row) * image.width + area.x) * 4;
    data.set(image.data.subarray(start, start + rowBytes), row * rowBytes);
  }
  return { data, width: area.width, height: area.height };
}

/**
 * Whether `a` and `b` are mostly the same area (intersection over union above 1/2), so
 * decoding both would decode the same pixels twice. A fragment inside a larger area is
 * not: the larger may hold the code that the fragment only grazes.
 */
export function mostlyOverlapping(a: Rect, b: Rect): boolean {
  const overlapWidth = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const overlapHeight = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  if (overlapWidth <= 0 || overlapHeight <= 0) return false;
  const overlap = overlapWidth * overlapHeight;
  return overlap > 0.5 * (a.width * a.height + b.width * b.height - overlap);
}

/** Throws a QrImageError unless `rect` has a finite position and a non-negative size. */
export function assertRect(rect: Rect): void {
  const candidate = rect as Partial<Rect> | null | undefined;
  const finite = (value: unknown) => typeof value === 'number' && Number.isFinite(value);
  if (
    typeof candidate !== 'object' ||
    candidate === null ||
    !finite(candidate.x) ||
    !finite(candidate.y) ||
    !finite(candidate.width) ||
    !finite(candidate.height) ||
    (candidate.width ?? 0) < 0 ||
    (candidate.height ?? 0) < 0
  ) {
    throw new QrImageError(
      'invalid-rect',
      'The area to scan must have a finite position and a non-negative size.',
    );
  }
}
