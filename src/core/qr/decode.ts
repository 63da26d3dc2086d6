import { assertRect, clampRect, expandRect } from './crop';
import { decodeArea } from './decode-area';
import { assertRgbaImage, QrImageError, type Rect, type RgbaImage } from './image';
import type { QrLocation } from './jsqr';
import { scanWholeImage } from './whole-image';

/**
 * Which pass found the code (bench/qr.bench.ts shows it): the hint's crop; a crop where the
 * whole-image search found finder patterns (region); a small image decoded whole, shrunk
 * (downscaled) or as it is (full), or a large one's last whole-image pass (full).
 */
export type QrStrategy = 'hint' | 'region' | 'downscaled' | 'full';

export interface QrResult {
  readonly text: string;
  /** The symbol's corners in the input image's pixels. */
  readonly location: QrLocation;
  readonly strategy: QrStrategy;
}

export interface DecodeQrOptions {
  /**
   * Where the code probably is, in CSS pixels (an element's getBoundingClientRect()); the
   * image is in device pixels, so the rect is multiplied by `devicePixelRatio`.
   */
  readonly hint?: Rect;
  /**
   * Elements that may show a code, in CSS pixels like `hint`: codes the whole-image search
   * finds inside them are decoded first. Unlike `hint`, no crop is decoded for them alone.
   */
  readonly likelyAreas?: readonly Rect[];
  /** Device pixels per CSS pixel of the image (a screenshot's window.devicePixelRatio). */
  readonly devicePixelRatio?: number;
  /** Also look for light-on-dark codes. Default true. */
  readonly allowInverted?: boolean;
  /** Stop after the hint instead of searching the whole image. Default false. */
  readonly hintOnly?: boolean;
  /**
   * End with a full-resolution jsQR pass when the finder-pattern search found no code.
   * Default true, for pictures the user chose (photos may defeat the search where jsQR
   * still reads them); it costs ~0.15-0.3 s at 1080p and ~0.5-1 s at devicePixelRatio 2.
   * A screenshot of a page renders codes flat and sharp: the search is enough there.
   */
  readonly fullPass?: boolean;
}

const MAX_DEVICE_PIXEL_RATIO = 16;

/**
 * Finds and decodes a QR code in RGBA pixels. Returns null when
 * there is none; throws QrImageError only for malformed input or options.
 */
export function decodeQr(image: RgbaImage, options: DecodeQrOptions = {}): QrResult | null {
  assertRgbaImage(image);
  assertOptions(options);
  const {
    hint,
    devicePixelRatio = 1,
    allowInverted = true,
    hintOnly = false,
    fullPass = true,
    likelyAreas = [],
  } = options;
  assertDevicePixelRatio(devicePixelRatio);
  assertLikelyAreas(likelyAreas);
  const inversion = allowInverted ? 'attemptBoth' : 'dontInvert';

  if (hint !== undefined) {
    const area = hintArea(image, hint, devicePixelRatio);
    const found =
      area === null ? null : decodeArea(image, area, { inversion, retryFullResolution: true });
    if (found !== null) return { text: found.text, location: found.location, strategy: 'hint' };
    if (hintOnly) return null;
  }
  const preferred = likelyAreas.map((area) => scaleRect(area, devicePixelRatio));
  const found = scanWholeImage(image, { inversion, fullPass, preferred });
  return found === null
    ? null
    : { text: found.text, location: found.location, strategy: found.strategy };
}

/**
 * The hint in device pixels, grown by a margin: elements are often sized to the symbol
 * alone, and jsQR needs some of the quiet zone (4 modules, ~8% of a code's side) around
 * the finder patterns. Null when the hint lies outside the image (scrolled away).
 */
function hintArea(image: RgbaImage, hint: Rect, devicePixelRatio: number): Rect | null {
  const scaled = scaleRect(hint, devicePixelRatio);
  const area = clampRect(image, scaled);
  if (area === null) return null;
  const margin = Math.ceil(0.1 * Math.max(scaled.width, scaled.height) + 4 * devicePixelRatio);
  return clampRect(image, expandRect(scaled, margin));
}

function scaleRect(rect: Rect, factor: number): Rect {
  return {
    x: rect.x * factor,
    y: rect.y * factor,
    width: rect.width * factor,
    height: rect.height * factor,
  };
}

function assertOptions(options: unknown): void {
  if (typeof options !== 'object' || options === null) {
    throw new QrImageError('invalid-option', 'The scan options must be an object.');
  }
}

function assertLikelyAreas(value: unknown): void {
  if (!Array.isArray(value)) {
    throw new QrImageError('invalid-option', 'The likely areas must be a list of rectangles.');
  }
  for (const rect of value as unknown[]) assertRect(rect as Rect);
}

function assertDevicePixelRatio(value: unknown): void {
  if (
    typeof value !== 'number' ||
    !Number.isFinite(value) ||
    value <= 0 ||
    value > MAX_DEVICE_PIXEL_RATIO
  ) {
    throw new QrImageError(
      'invalid-option',
      `The device pixel ratio must be a number above 0 and at most ${MAX_DEVICE_PIXEL_RATIO}.`,
    );
  }
}
