import jsQR from 'jsqr';
import type { Point, RgbaImage } from './image';

/** The four corners of the symbol (quiet zone excluded), in the input image's pixels. */
export interface QrLocation {
  readonly topLeft: Point;
  readonly topRight: Point;
  readonly bottomRight: Point;
  readonly bottomLeft: Point;
}

export interface Decoded {
  readonly text: string;
  readonly location: QrLocation;
}

/**
 * Where a processed image (a crop, maybe downscaled) sits in the caller's image: a point
 * (x, y) of the processed image is (x * scale + offsetX, y * scale + offsetY) there.
 */
export interface Placement {
  readonly offsetX: number;
  readonly offsetY: number;
  readonly scale: number;
}

export const identityPlacement: Placement = { offsetX: 0, offsetY: 0, scale: 1 };

/**
 * One jsQR call. DESIGN 3: jsQR 1.4 copies options into a shared default object, so one
 * call's `inversionAttempts` leaks into the next unless every call passes it; and
 * 'onlyInvert' crashes (it never builds the inverted matrix), so it is never used here.
 * 'attemptBoth' costs one binarisation and a second locator pass only when the first finds
 * nothing; on small crops that is cheap, on whole frames it is not (see bench/qr.bench.ts).
 */
export function runJsQr(
  image: RgbaImage,
  inversion: 'dontInvert' | 'attemptBoth',
  placement: Placement = identityPlacement,
): Decoded | null {
  let code: ReturnType<typeof jsQR>;
  try {
    code = jsQR(image.data, image.width, image.height, { inversionAttempts: inversion });
  } catch {
    // jsQR is unmaintained and has thrown on odd pixel patterns. Our input is validated
    // before it gets here, so a throw is jsQR's failure to find a code in this pass, not
    // the caller's mistake: the next, broader pass still gets its chance.
    return null;
  }
  if (code === null) return null;
  const place = ({ x, y }: Point): Point => ({
    x: x * placement.scale + placement.offsetX,
    y: y * placement.scale + placement.offsetY,
  });
  return {
    text: code.data,
    location: {
      topLeft: place(code.location.topLeftCorner),
      topRight: place(code.location.topRightCorner),
      bottomRight: place(code.location.bottomRightCorner),
      bottomLeft: place(code.location.bottomLeftCorner),
    },
  };
}
