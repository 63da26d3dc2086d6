import fc from 'fast-check';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import {
  clampRect,
  cropImage,
  decodeQr,
  downscale,
  type DecodeQrOptions,
  QrImageError,
  toGrayscale,
  type Point,
  type QrResult,
  type RgbaImage,
} from '../../src/core/qr';
import {
  blankImage,
  noisyPage,
  pageWithQr,
  paste,
  renderQr,
  resampleBilinear,
  SONAR_URI,
} from './support/qr-images';

const WHITE = [255, 255, 255] as const;
const NEAR_BLACK = [20, 24, 32] as const;
/** Version 8 at level M: the Sonar URI's symbol is 49 modules wide. */
const SYMBOL_MODULES = 49;

/** The symbol's corners where renderQr (4 modules of quiet zone) put them, plus an offset. */
function expectCorners(result: QrResult | null, moduleSize: number, offset: Point = origin) {
  const start = 4 * moduleSize;
  const end = start + SYMBOL_MODULES * moduleSize;
  // jsQR places corners to within a module; a downscaled pass to within its factor.
  const tolerance = Math.max(2, moduleSize);
  const { location } = result ?? expect.unreachable('no code decoded');
  for (const [corner, x, y] of [
    [location.topLeft, start, start],
    [location.topRight, end, start],
    [location.bottomLeft, start, end],
    [location.bottomRight, end, end],
  ] as const) {
    expect(Math.abs(corner.x - (x + offset.x))).toBeLessThanOrEqual(tolerance);
    expect(Math.abs(corner.y - (y + offset.y))).toBeLessThanOrEqual(tolerance);
  }
}
const origin: Point = { x: 0, y: 0 };

describe('decodeQr on a code alone', () => {
  it('decodes a plain dark-on-light code at 4 px a module, with its corners', () => {
    const result = decodeQr(renderQr(SONAR_URI, { moduleSize: 4 }));
    expect(result?.text).toBe(SONAR_URI);
    expect(result?.strategy).toBe('full');
    expectCorners(result, 4);
  });

  it('decodes an inverted (light on dark) code', () => {
    const image = renderQr(SONAR_URI, { moduleSize: 4, dark: WHITE, light: NEAR_BLACK });
    expect(decodeQr(image)?.text).toBe(SONAR_URI);
  });

  it('leaves inverted codes alone when allowInverted is false', () => {
    const image = renderQr(SONAR_URI, { moduleSize: 4, dark: WHITE, light: NEAR_BLACK });
    expect(decodeQr(image, { allowInverted: false })).toBeNull();
  });

  it('decodes 2 px a module', () => {
    const result = decodeQr(renderQr(SONAR_URI, { moduleSize: 2 }));
    expect(result?.text).toBe(SONAR_URI);
    expectCorners(result, 2);
  });

  it('decodes a code rendered at devicePixelRatio 2 (8 px a module)', () => {
    const result = decodeQr(renderQr(SONAR_URI, { moduleSize: 8 }), { devicePixelRatio: 2 });
    expect(result?.text).toBe(SONAR_URI);
    expectCorners(result, 8);
  });

  it('shrinks a large element image before decoding it', () => {
    // 20 px a module: 1,140 px square, the kind of PNG some sites scale down with CSS.
    const result = decodeQr(renderQr(SONAR_URI, { moduleSize: 20 }), {
      hint: { x: 0, y: 0, width: 1140, height: 1140 },
    });
    expect(result?.text).toBe(SONAR_URI);
    expect(result?.strategy).toBe('hint');
    expectCorners(result, 20);
  });

  it.each([
    ['3 px modules scaled by 1.5 (blurred edges)', 3, 1.5],
    ['4 px modules scaled by 0.75 (uneven modules)', 4, 0.75],
    ['3 px modules scaled by 1.25', 3, 1.25],
  ])('decodes an anti-aliased rendering: %s', (_name, moduleSize, factor) => {
    const image = resampleBilinear(renderQr(SONAR_URI, { moduleSize }), factor);
    expect(decodeQr(image)?.text).toBe(SONAR_URI);
  });

  it('decodes a code whose light modules are transparent (a rasterised SVG)', () => {
    const image = renderQr(SONAR_URI, { moduleSize: 4 });
    for (let index = 0; index < image.data.length; index += 4) {
      if (image.data[index] === 255) image.data.fill(0, index, index + 4);
    }
    expect(decodeQr(image)?.text).toBe(SONAR_URI);
  });

  it('passes inversionAttempts on every call, whatever jsQR was last told', () => {
    // DESIGN 3: jsQR keeps the last call's options in a shared default object.
    const inverted = renderQr(SONAR_URI, { moduleSize: 4, dark: WHITE, light: NEAR_BLACK });
    const plain = renderQr(SONAR_URI, { moduleSize: 4 });
    jsQR(plain.data, plain.width, plain.height, { inversionAttempts: 'attemptBoth' });
    expect(decodeQr(inverted, { allowInverted: false })).toBeNull();
    jsQR(plain.data, plain.width, plain.height, { inversionAttempts: 'dontInvert' });
    expect(decodeQr(inverted)?.text).toBe(SONAR_URI);
  });

  it('decodes any text, not only otpauth URIs', () => {
    const text = 'otpauth-migration://offline?data=CjEKCkhlbGxvId6tvu8SGEV4YW1wbGU';
    expect(decodeQr(renderQr(text, { moduleSize: 3 }))?.text).toBe(text);
  });
});

describe('decodeQr on a 1920x1080 page', () => {
  // One page per case keeps the layouts honest; each whole-frame scan costs tens of ms.
  const { page, qrRect } = pageWithQr({ moduleSize: 5, left: 1100, top: 500 });
  const at = { x: qrRect.x, y: qrRect.y };

  it('finds the code without a hint (candidate regions)', () => {
    const result = decodeQr(page);
    expect(result?.text).toBe(SONAR_URI);
    expect(result?.strategy).toBe('region');
    expectCorners(result, 5, at);
  });

  it('finds the code from a hint (the element rect)', () => {
    const result = decodeQr(page, { hint: qrRect, hintOnly: true });
    expect(result?.text).toBe(SONAR_URI);
    expect(result?.strategy).toBe('hint');
    expectCorners(result, 5, at);
  });

  it('finds the code from a hint that is the bare symbol, without its quiet zone', () => {
    const symbol = { x: qrRect.x + 20, y: qrRect.y + 20, width: 245, height: 245 };
    expect(decodeQr(page, { hint: symbol, hintOnly: true })?.strategy).toBe('hint');
  });

  it('searches the whole page when the hint misses, unless hintOnly', () => {
    const elsewhere = { x: 100, y: 100, width: 300, height: 300 };
    expect(decodeQr(page, { hint: elsewhere, hintOnly: true })).toBeNull();
    const result = decodeQr(page, { hint: elsewhere });
    expect(result?.text).toBe(SONAR_URI);
    expect(result?.strategy).toBe('region');
  });

  it('ignores a hint outside the image (scrolled away)', () => {
    const below = { x: 100, y: 5000, width: 300, height: 300 };
    expect(decodeQr(page, { hint: below })?.text).toBe(SONAR_URI);
  });

  it('finds an inverted code without a hint', () => {
    const inverted = pageWithQr({ moduleSize: 5, left: 1100, top: 500, inverted: true });
    const result = decodeQr(inverted.page);
    expect(result?.text).toBe(SONAR_URI);
    expect(result?.strategy).toBe('region');
  });

  it('finds a code with large modules at the coarser region scale', () => {
    const large = pageWithQr({ moduleSize: 10, left: 200, top: 100, inverted: true });
    const result = decodeQr(large.page);
    expect(result?.text).toBe(SONAR_URI);
    expect(result?.strategy).toBe('region');
    expectCorners(result, 10, { x: 200, y: 100 });
  });

  it('finds a small code merged into nearby text', () => {
    const small = pageWithQr({ moduleSize: 2, left: 1100, top: 500 });
    const result = decodeQr(small.page, { fullPass: false });
    expect(result?.text).toBe(SONAR_URI);
    expect(result?.strategy).toBe('region');
  });

  it('finds an inverted 3 px code run into by two paragraphs without a whole-frame pass', () => {
    const hidden = pageWithQr({ moduleSize: 3, left: 300, top: 690, inverted: true });
    const result = decodeQr(hidden.page, { fullPass: false });
    expect(result?.text).toBe(SONAR_URI);
    expect(result?.strategy).toBe('region');
  });
});

describe('decodeQr at devicePixelRatio 2 (3840x2160)', () => {
  const { page, qrRect } = pageWithQr({ moduleSize: 4, left: 700, top: 300, scale: 2 });

  it('scales a CSS-pixel hint to device pixels', () => {
    const result = decodeQr(page, { hint: qrRect, devicePixelRatio: 2, hintOnly: true });
    expect(result?.text).toBe(SONAR_URI);
    expect(result?.strategy).toBe('hint');
    expectCorners(result, 8, { x: 1400, y: 600 });
  });

  it('finds the code without a hint', () => {
    const result = decodeQr(page, { devicePixelRatio: 2 });
    expect(result?.text).toBe(SONAR_URI);
    expectCorners(result, 8, { x: 1400, y: 600 });
  });
});

describe('decodeQr without a code', () => {
  it('returns null for a blank image', () => {
    expect(decodeQr(blankImage(800, 600))).toBeNull();
  });

  it('returns null for random noise', () => {
    const noise = noisyPage({ width: 400, height: 300, seed: 3 });
    expect(decodeQr(noise)).toBeNull();
  });

  it('returns null for a busy page, with and without the full pass', () => {
    const page = noisyPage({ width: 1920, height: 1080, seed: 11 });
    expect(decodeQr(page, { fullPass: false })).toBeNull();
    expect(decodeQr(page)).toBeNull();
  });

  it('returns null for a damaged code', () => {
    const image = renderQr(SONAR_URI, { moduleSize: 4 });
    // Cover a finder pattern: no decoder can place the grid without it.
    paste(image, blankImage(60, 60), 10, 10);
    expect(decodeQr(image)).toBeNull();
  });
});

describe('decodeQr input checks', () => {
  const good = blankImage(4, 4);
  const bad: [string, unknown, string][] = [
    ['no image', undefined, 'invalid-image'],
    ['null', null, 'invalid-image'],
    ['a data array of another type', { ...good, data: new Uint8Array(64) }, 'invalid-image'],
    ['a plain array', { ...good, data: Array.from(good.data) }, 'invalid-image'],
    ['a short buffer', { ...good, data: new Uint8ClampedArray(63) }, 'invalid-image'],
    ['a long buffer', { ...good, data: new Uint8ClampedArray(65) }, 'invalid-image'],
    ['zero width', { data: new Uint8ClampedArray(0), width: 0, height: 4 }, 'invalid-image'],
    ['a fractional width', { ...good, width: 4.5 }, 'invalid-image'],
    ['a negative height', { ...good, height: -4 }, 'invalid-image'],
    ['NaN height', { ...good, height: Number.NaN }, 'invalid-image'],
    ['a string width', { ...good, width: '4' }, 'invalid-image'],
    [
      'over 8192 px wide',
      { data: new Uint8ClampedArray(8193 * 4), width: 8193, height: 1 },
      'image-too-large',
    ],
  ];
  it.each(bad)('rejects %s with a typed error', (_name, image, code) => {
    expect(() => decodeQr(image as RgbaImage)).toThrow(QrImageError);
    expect(() => decodeQr(image as RgbaImage)).toThrow(expect.objectContaining({ code }));
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY, 17])(
    'rejects devicePixelRatio %s',
    (devicePixelRatio) => {
      expect(() => decodeQr(good, { devicePixelRatio })).toThrow(
        expect.objectContaining({ name: 'QrImageError', code: 'invalid-option' }),
      );
    },
  );

  it.each([
    { x: Number.NaN, y: 0, width: 1, height: 1 },
    { x: 0, y: 0, width: -1, height: 1 },
    { x: 0, y: 0, width: Number.POSITIVE_INFINITY, height: 1 },
  ])('rejects the hint %j', (hint) => {
    expect(() => decodeQr(good, { hint })).toThrow(
      expect.objectContaining({ name: 'QrImageError', code: 'invalid-rect' }),
    );
  });

  it.each([
    ['not a list', { x: 0, y: 0, width: 1, height: 1 }],
    ['a list holding a bad rect', [{ x: 0, y: 0, width: -1, height: 1 }]],
  ])('rejects likely areas that are %s', (_name, likelyAreas) => {
    expect(() => decodeQr(good, { likelyAreas } as unknown as DecodeQrOptions)).toThrow(
      expect.objectContaining({ name: 'QrImageError' }),
    );
  });

  it('throws nothing but a QrImageError, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.constant(good)), fc.anything(), (image, options) => {
        try {
          decodeQr(image as RgbaImage, options as DecodeQrOptions);
        } catch (error) {
          expect(error).toBeInstanceOf(QrImageError);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on well-formed pixels, whatever the options', () => {
    const image = fc
      .record({ width: fc.integer({ min: 1, max: 40 }), height: fc.integer({ min: 1, max: 40 }) })
      .chain(({ width, height }) =>
        fc.record({
          width: fc.constant(width),
          height: fc.constant(height),
          data: fc.uint8ClampedArray({
            minLength: width * height * 4,
            maxLength: width * height * 4,
          }),
        }),
      );
    const rect = fc.record({
      x: fc.double({ min: -100, max: 100, noNaN: true }),
      y: fc.double({ min: -100, max: 100, noNaN: true }),
      width: fc.double({ min: 0, max: 200, noNaN: true }),
      height: fc.double({ min: 0, max: 200, noNaN: true }),
    });
    const options = fc.record(
      {
        hint: rect,
        devicePixelRatio: fc.double({ min: 0.25, max: 4, noNaN: true }),
        allowInverted: fc.boolean(),
        hintOnly: fc.boolean(),
        fullPass: fc.boolean(),
        likelyAreas: fc.array(rect, { maxLength: 3 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(image, options, (pixels, opts) => {
        const result = decodeQr(pixels, opts);
        expect(result === null || typeof result.text === 'string').toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('image helpers', () => {
  /** A 5x3 image whose pixel (x, y) is [x, y, 10x + y, 255]. */
  const ramp: RgbaImage = (() => {
    const data = new Uint8ClampedArray(5 * 3 * 4);
    for (let y = 0; y < 3; y++) {
      for (let x = 0; x < 5; x++) data.set([x, y, 10 * x + y, 255], (y * 5 + x) * 4);
    }
    return { data, width: 5, height: 3 };
  })();

  it('crops whole pixels, clamped to the image', () => {
    const crop = cropImage(ramp, { x: 3.5, y: -2, width: 10, height: 3 });
    expect([crop.width, crop.height]).toEqual([2, 1]);
    expect(Array.from(crop.data)).toEqual([3, 0, 30, 255, 4, 0, 40, 255]);
  });

  it('returns the image itself for a crop that covers it', () => {
    expect(cropImage(ramp, { x: -1, y: -1, width: 9, height: 9 })).toBe(ramp);
  });

  it('rejects a crop outside the image', () => {
    expect(() => cropImage(ramp, { x: 5, y: 0, width: 2, height: 2 })).toThrow(
      expect.objectContaining({ code: 'invalid-rect' }),
    );
    expect(clampRect(ramp, { x: 0, y: 3, width: 2, height: 2 })).toBeNull();
  });

  it('crops exactly the pixels inside the rect', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 3 }),
        (x, y, width, height) => {
          const crop = cropImage(ramp, { x, y, width, height });
          for (let row = 0; row < crop.height; row++) {
            for (let column = 0; column < crop.width; column++) {
              const index = (row * crop.width + column) * 4;
              expect(crop.data[index]).toBe(x + column);
              expect(crop.data[index + 1]).toBe(y + row);
            }
          }
          expect(crop.width).toBe(Math.min(width, 5 - x));
          expect(crop.height).toBe(Math.min(height, 3 - y));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('downscales with a box filter, averaging partial boxes at the edges', () => {
    const small = downscale(ramp, 2);
    expect([small.width, small.height]).toEqual([3, 2]);
    // Box (0..1, 0..1): red mean 0.5 -> 1 (rounded half up), green 0.5 -> 1, blue 5.5 -> 6.
    expect(Array.from(small.data.subarray(0, 4))).toEqual([1, 1, 6, 255]);
    // Box (4, 2): a single pixel.
    expect(Array.from(small.data.subarray(20, 24))).toEqual([4, 2, 42, 255]);
    expect(downscale(ramp, 1)).toBe(ramp);
  });

  it('keeps the mean of each channel when downscaling', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        (factor, boxesAcross, boxesDown, seed) => {
          const width = factor * boxesAcross;
          const height = factor * boxesDown;
          const image = noisyImage(width, height, seed);
          const small = downscale(image, factor);
          for (let channel = 0; channel < 4; channel++) {
            const before = channelMean(image, channel);
            // Each output pixel rounds by at most 1/2.
            expect(Math.abs(channelMean(small, channel) - before)).toBeLessThanOrEqual(0.5);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('converts to grayscale with the Rec. 709 weights, optionally downscaled', () => {
    const image = blankImage(2, 2, [255, 0, 0]);
    image.data.set([0, 255, 0, 255], 4);
    image.data.set([0, 0, 255, 255], 8);
    expect(Array.from(toGrayscale(image).data)).toEqual([53, 182, 18, 53]);
    expect(Array.from(toGrayscale(image, 2).data)).toEqual([77]);
  });

  it.each([0, 1.5, -2, 65, Number.NaN])('rejects the scale factor %s', (factor) => {
    expect(() => downscale(ramp, factor)).toThrow(
      expect.objectContaining({ code: 'invalid-option' }),
    );
    expect(() => toGrayscale(ramp, factor)).toThrow(QrImageError);
  });
});

function noisyImage(width: number, height: number, seed: number): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  let state = seed;
  for (let index = 0; index < data.length; index++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    data[index] = state >>> 24;
  }
  return { data, width, height };
}

function channelMean(image: RgbaImage, channel: number): number {
  let sum = 0;
  for (let index = channel; index < image.data.length; index += 4) sum += image.data[index] ?? 0;
  return sum / (image.width * image.height);
}
