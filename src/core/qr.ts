/**
 * QR decoding: RGBA pixels -> the QR code's text and where it is,
 * with jsQR behind a crop/scale strategy. The pieces live in ./qr/; this is the public face.
 */
export { decodeQr, type DecodeQrOptions, type QrResult, type QrStrategy } from './qr/decode';
export type { QrLocation } from './qr/jsqr';
export {
  MAX_IMAGE_SIDE,
  QrImageError,
  type Point,
  type QrImageErrorCode,
  type Rect,
  type RgbaImage,
} from './qr/image';
export { clampRect, cropImage, expandRect } from './qr/crop';
export { downscale, toGrayscale, type GrayImage } from './qr/scale';
