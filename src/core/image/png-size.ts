/**
 * A PNG's width and height, read from its first bytes (the signature, then the IHDR chunk)
 * without decoding a single pixel: a "PNG bomb" is a few kilobytes that decompress into
 * billions of pixels, so its size is known, and refused, before anything is decoded.
 */

export interface ImageSize {
  readonly width: number;
  readonly height: number;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const IHDR = [0x49, 0x48, 0x44, 0x52];
/** Signature (8), chunk length (4), "IHDR" (4), width (4), height (4). */
const HEADER_BYTES = 24;
/** Base64 characters that hold those 24 bytes (4 characters per 3 bytes). */
const HEADER_BASE64 = (HEADER_BYTES / 3) * 4;

/** `base64`: the PNG's bytes in base64 (a data: URL after its comma). Null if not a PNG. */
export function pngSize(base64: string): ImageSize | null {
  let header: string;
  try {
    header = atob(base64.slice(0, HEADER_BASE64));
  } catch {
    return null;
  }
  if (header.length < HEADER_BYTES) return null;
  const byte = (index: number) => header.charCodeAt(index);
  if (!SIGNATURE.every((value, index) => byte(index) === value)) return null;
  if (!IHDR.every((value, index) => byte(12 + index) === value)) return null;
  const word = (at: number) =>
    ((byte(at) << 24) | (byte(at + 1) << 16) | (byte(at + 2) << 8) | byte(at + 3)) >>> 0;
  const size = { width: word(16), height: word(20) };
  // The format forbids zero; such a header is damaged, not a tiny image.
  return size.width > 0 && size.height > 0 ? size : null;
}
