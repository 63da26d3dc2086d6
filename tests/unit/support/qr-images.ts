/**
 * Test images for qr.ts (issue 3): QR codes rendered module by module from the `qrcode`
 * package's matrix, pasted into synthetic "web pages", rescaled or blurred. Everything is
 * deterministic (seeded PRNG), so a failing case fails the same way every run. Used by
 * tests/unit/qr.test.ts and bench/qr.bench.ts.
 */
import QRCode from 'qrcode';
import type { RgbaImage } from '../../../src/core/qr';

export const SONAR_URI =
  'otpauth://totp/Sonar:101%40organization.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Sonar&algorithm=SHA1&digits=6&period=30';

export type Rgb = readonly [number, number, number];

export interface QrRenderOptions {
  /** Pixels per module. */
  readonly moduleSize: number;
  /** Light modules around the symbol; the spec asks for 4. */
  readonly quietZone?: number;
  readonly dark?: Rgb;
  readonly light?: Rgb;
}

/** The module matrix of `text` at error correction level M, as sites generate it. */
export function qrMatrix(text: string): { size: number; isDark(x: number, y: number): boolean } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return { size: modules.size, isDark: (x, y) => modules.get(y, x) !== 0 };
}

export function blankImage(width: number, height: number, color: Rgb = [255, 255, 255]) {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let index = 0; index < data.length; index += 4) {
    data[index] = color[0];
    data[index + 1] = color[1];
    data[index + 2] = color[2];
    data[index + 3] = 255;
  }
  return { data, width, height };
}

/** A QR code with crisp square modules. Swap `dark` and `light` for an inverted code. */
export function renderQr(text: string, options: QrRenderOptions): RgbaImage {
  const { moduleSize, quietZone = 4, dark = [0, 0, 0], light = [255, 255, 255] } = options;
  const matrix = qrMatrix(text);
  const side = (matrix.size + 2 * quietZone) * moduleSize;
  const image = blankImage(side, side, light);
  for (let moduleY = 0; moduleY < matrix.size; moduleY++) {
    for (let moduleX = 0; moduleX < matrix.size; moduleX++) {
      if (!matrix.isDark(moduleX, moduleY)) continue;
      fillRect(
        image,
        (moduleX + quietZone) * moduleSize,
        (moduleY + quietZone) * moduleSize,
        moduleSize,
        moduleSize,
        dark,
      );
    }
  }
  return image;
}

export function fillRect(
  image: RgbaImage,
  left: number,
  top: number,
  width: number,
  height: number,
  color: Rgb,
): void {
  const x0 = Math.max(0, Math.round(left));
  const y0 = Math.max(0, Math.round(top));
  const x1 = Math.min(image.width, Math.round(left + width));
  const y1 = Math.min(image.height, Math.round(top + height));
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const index = (y * image.width + x) * 4;
      image.data[index] = color[0];
      image.data[index + 1] = color[1];
      image.data[index + 2] = color[2];
      image.data[index + 3] = 255;
    }
  }
}

/** Copies `source` into `target` with its top-left corner at (left, top). */
export function paste(target: RgbaImage, source: RgbaImage, left: number, top: number): void {
  for (let y = 0; y < source.height; y++) {
    const targetY = top + y;
    if (targetY < 0 || targetY >= target.height) continue;
    const start = y * source.width * 4;
    target.data.set(
      source.data.subarray(start, start + source.width * 4),
      (targetY * target.width + left) * 4,
    );
  }
}

/**
 * Bilinear resampling by any factor: what a browser does to an <img> shown at a size that
 * is not a multiple of its own, so modules get soft, uneven edges.
 */
export function resampleBilinear(image: RgbaImage, factor: number): RgbaImage {
  const width = Math.round(image.width * factor);
  const height = Math.round(image.height * factor);
  const data = new Uint8ClampedArray(width * height * 4);
  const at = (x: number, y: number, channel: number) =>
    image.data[(y * image.width + x) * 4 + channel] ?? 0;
  for (let y = 0; y < height; y++) {
    const sourceY = Math.min(image.height - 1, Math.max(0, (y + 0.5) / factor - 0.5));
    const y0 = Math.floor(sourceY);
    const y1 = Math.min(image.height - 1, y0 + 1);
    const fy = sourceY - y0;
    for (let x = 0; x < width; x++) {
      const sourceX = Math.min(image.width - 1, Math.max(0, (x + 0.5) / factor - 0.5));
      const x0 = Math.floor(sourceX);
      const x1 = Math.min(image.width - 1, x0 + 1);
      const fx = sourceX - x0;
      for (let channel = 0; channel < 4; channel++) {
        const top = at(x0, y0, channel) * (1 - fx) + at(x1, y0, channel) * fx;
        const bottom = at(x0, y1, channel) * (1 - fx) + at(x1, y1, channel) * fx;
        data[(y * width + x) * 4 + channel] = top * (1 - fy) + bottom * fy;
      }
    }
  }
  return { data, width, height };
}

/**
 * `image` turned by `degrees` about its centre (nearest pixel, as a CSS rotation of a
 * pixelated image), on a square of `background` large enough to hold it.
 */
export function rotate(image: RgbaImage, degrees: number, background: Rgb): RgbaImage {
  const angle = (degrees * Math.PI) / 180;
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  const side = Math.ceil(Math.abs(image.width * cos) + Math.abs(image.height * sin));
  const out = blankImage(side, side, background);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const [dx, dy] = [x - side / 2, y - side / 2];
      const sourceX = Math.round(cos * dx + sin * dy + image.width / 2);
      const sourceY = Math.round(-sin * dx + cos * dy + image.height / 2);
      if (sourceX < 0 || sourceY < 0 || sourceX >= image.width || sourceY >= image.height) continue;
      const from = (sourceY * image.width + sourceX) * 4;
      out.data.set(image.data.subarray(from, from + 4), (y * side + x) * 4);
    }
  }
  return out;
}

/** `image` stretched by `factorX` and `factorY` (nearest pixel), as CSS can size an image. */
export function stretch(image: RgbaImage, factorX: number, factorY: number): RgbaImage {
  const width = Math.round(image.width * factorX);
  const height = Math.round(image.height * factorY);
  const out = blankImage(width, height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const sourceX = Math.min(image.width - 1, Math.floor(x / factorX));
      const sourceY = Math.min(image.height - 1, Math.floor(y / factorY));
      const from = (sourceY * image.width + sourceX) * 4;
      out.data.set(image.data.subarray(from, from + 4), (y * width + x) * 4);
    }
  }
  return out;
}

/** mulberry32: a tiny seeded PRNG, so every "random" page is the same page every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A busy synthetic web page: a background gradient, coloured panels and buttons, lines of
 * text-like glyph strokes, a "photo" of noise, and hard borders. `scale` renders the same
 * layout at a devicePixelRatio (every length is multiplied), as a HiDPI screenshot would.
 */
export function noisyPage(options: {
  width: number;
  height: number;
  seed: number;
  scale?: number;
}): RgbaImage {
  const { seed, scale = 1 } = options;
  const width = options.width * scale;
  const height = options.height * scale;
  const random = seededRandom(seed);
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const image = blankImage(width, height);

  // Vertical gradient, light grey to white: low contrast, as page backgrounds are.
  for (let y = 0; y < height; y++) {
    const shade = 235 + Math.round((20 * y) / height);
    for (let x = 0; x < width; x++) {
      const index = (y * width + x) * 4;
      image.data[index] = shade;
      image.data[index + 1] = shade;
      image.data[index + 2] = shade;
    }
  }
  const color = (low: number, high: number): Rgb => [
    between(low, high),
    between(low, high),
    between(low, high),
  ];
  const rect = (x: number, y: number, w: number, h: number, fill: Rgb) =>
    fillRect(image, x * scale, y * scale, w * scale, h * scale, fill);

  // Panels and buttons.
  for (let index = 0; index < 40; index++) {
    const w = between(40, 500);
    const h = between(20, 300);
    rect(between(0, options.width - w), between(0, options.height - h), w, h, color(120, 255));
  }
  // A "photo": blocks of random colour.
  const photoX = between(0, options.width - 300);
  const photoY = between(0, options.height - 200);
  for (let y = 0; y < 200; y += 4) {
    for (let x = 0; x < 300; x += 4) rect(photoX + x, photoY + y, 4, 4, color(0, 255));
  }
  // Paragraphs of text: glyph-like strokes 1-2 px wide, 6-12 px tall, on 18 px lines.
  for (let paragraph = 0; paragraph < 14; paragraph++) {
    const left = between(0, options.width - 400);
    const top = between(0, options.height - 120);
    const lines = between(2, 6);
    const ink = color(0, 90);
    for (let line = 0; line < lines; line++) {
      let x = left;
      const end = left + between(150, 400);
      while (x < end) {
        const glyphHeight = between(6, 12);
        rect(x, top + line * 18 + (12 - glyphHeight), between(1, 2), glyphHeight, ink);
        if (random() < 0.5) rect(x, top + line * 18 + 6, between(3, 6), 1, ink);
        x += between(2, 7) + (random() < 0.15 ? 5 : 0);
      }
    }
  }
  // Hard horizontal and vertical rules (table borders, separators).
  for (let index = 0; index < 20; index++) {
    if (random() < 0.5) rect(0, between(0, options.height), options.width, 1, color(0, 160));
    else rect(between(0, options.width), 0, 1, options.height, color(0, 160));
  }
  return image;
}

/**
 * A QR code (4 modules of white quiet zone, like most sites' renderers) pasted into a noisy
 * page; returns the page and where the code's image went, in CSS px.
 */
export function pageWithQr(options: {
  text?: string;
  moduleSize: number;
  left: number;
  top: number;
  scale?: number;
  seed?: number;
  inverted?: boolean;
}): { page: RgbaImage; qrRect: { x: number; y: number; width: number; height: number } } {
  const {
    text = SONAR_URI,
    moduleSize,
    left,
    top,
    scale = 1,
    seed = 7,
    inverted = false,
  } = options;
  const page = noisyPage({ width: 1920, height: 1080, seed, scale });
  const colors = inverted
    ? { dark: [255, 255, 255] as const, light: [20, 24, 32] as const }
    : { dark: [0, 0, 0] as const, light: [255, 255, 255] as const };
  const qr = renderQr(text, { moduleSize: moduleSize * scale, ...colors });
  paste(page, qr, left * scale, top * scale);
  const side = qr.width / scale;
  return { page, qrRect: { x: left, y: top, width: side, height: side } };
}
