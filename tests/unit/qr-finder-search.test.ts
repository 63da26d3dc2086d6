import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { decodeQr, toGrayscale, type RgbaImage } from '../../src/core/qr';
import { binarizeLikeJsQr, binarizeLocal, blockTones } from '../../src/core/qr/binarize';
import { groupFinders } from '../../src/core/qr/finder-groups';
import { findFinderPatterns } from '../../src/core/qr/finders';
import {
  blankImage,
  fillRect,
  noisyPage,
  paste,
  renderQr,
  resampleBilinear,
  rotate,
  SONAR_URI,
  stretch,
  type Rgb,
} from './support/qr-images';
import { jsQrCalls } from './support/counting-jsqr';

// Every jsQR call is counted: a page without a code must cost none.
vi.mock('jsqr', async (importOriginal) =>
  (await import('./support/counting-jsqr')).countingJsQr(importOriginal),
);

/*
 * The whole-frame search (core/qr/whole-image.ts) decodes only where it finds three finder
 * patterns with timing patterns between them, and runs no jsQR pass where it finds none: a
 * code it misses is a code "Scan QR code on this page" misses. These are the codes it must
 * not miss, each on a 1920 x 1080 page, with `fullPass: false` as the tab scan runs it.
 */

const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];
const DARK_PAGE: Rgb = [30, 30, 34];
const FAINT_DARK: Rgb = [120, 120, 120];
const FAINT_LIGHT: Rgb = [190, 190, 190];

interface Placed {
  readonly code: RgbaImage;
  readonly page?: RgbaImage;
  /** Where the code goes; negative: from the right or bottom edge. */
  readonly left: number;
  readonly top: number;
}

function onPage({
  code,
  page = noisyPage({ width: 1920, height: 1080, seed: 5 }),
  left,
  top,
}: Placed) {
  const x = left < 0 ? page.width - code.width + left + 1 : left;
  const y = top < 0 ? page.height - code.height + top + 1 : top;
  paste(page, code, x, y);
  return page;
}

function expectFound(page: RgbaImage, options: { devicePixelRatio?: number } = {}) {
  const found = decodeQr(page, { ...options, fullPass: false });
  expect(found?.text).toBe(SONAR_URI);
  expect(found?.strategy).toBe('region');
}

describe('the finder-pattern search of a whole frame', () => {
  it('finds a tiny code, 1 px a module', () => {
    expectFound(onPage({ code: renderQr(SONAR_URI, { moduleSize: 1 }), left: 1500, top: 800 }));
  });

  it('finds a small code scaled by the browser (2 px modules shown at 2.5 px)', () => {
    const code = resampleBilinear(renderQr(SONAR_URI, { moduleSize: 2 }), 1.25);
    expectFound(onPage({ code, left: 900, top: 430 }));
  });

  it('finds a dense code of small, blurred modules (2.5 px) in a corner', () => {
    // jsQR samples modules this small near their edges: it reads this one only enlarged.
    const text = `otpauth-migration://offline?data=${'CjEKCkhlbGxvId6tvu8SGEV4YW1wbGU'.repeat(8)}`;
    const code = resampleBilinear(
      renderQr(text, { moduleSize: 2, dark: [29, 53, 87], light: [241, 250, 238] }),
      1.25,
    );
    const page = onPage({
      code,
      page: noisyPage({ width: 1920, height: 1080, seed: 2 }),
      left: -1,
      top: -1,
    });
    expect(decodeQr(page, { fullPass: false })).toMatchObject({ text, strategy: 'region' });
  });

  it('finds a faint code, grey on grey', () => {
    const code = renderQr(SONAR_URI, { moduleSize: 5, dark: FAINT_DARK, light: FAINT_LIGHT });
    expectFound(onPage({ code, left: 1399, top: 475, page: blankImage(1920, 1080, DARK_PAGE) }));
  });

  it('finds a faint code with big, blurred modules (15 px)', () => {
    const faint = renderQr(SONAR_URI, { moduleSize: 10, dark: FAINT_DARK, light: FAINT_LIGHT });
    expectFound(onPage({ code: resampleBilinear(faint, 1.5), left: 575, top: 100 }));
  });

  it('finds a faint code whose quiet zone is one module, on a dark page', () => {
    const code = resampleBilinear(
      renderQr(SONAR_URI, { moduleSize: 6, dark: FAINT_DARK, light: FAINT_LIGHT, quietZone: 1 }),
      1.25,
    );
    expectFound(onPage({ code, left: 961, top: 466, page: blankImage(1920, 1080, DARK_PAGE) }));
  });

  it('finds an inverted code (light on dark)', () => {
    const code = renderQr(SONAR_URI, { moduleSize: 3, dark: WHITE, light: [20, 24, 32] });
    expectFound(onPage({ code, left: 300, top: 690 }));
  });

  it('finds a faint inverted code', () => {
    const code = renderQr(SONAR_URI, { moduleSize: 4, dark: [170, 170, 170], light: [90, 90, 90] });
    expectFound(onPage({ code, left: 700, top: 200 }));
  });

  it('finds a code on a white card in a dark theme', () => {
    const code = renderQr(SONAR_URI, { moduleSize: 4, dark: BLACK, light: WHITE });
    expectFound(onPage({ code, left: 1200, top: 300, page: blankImage(1920, 1080, DARK_PAGE) }));
  });

  it('finds a light-on-dark code drawn straight on a dark theme’s page', () => {
    const code = renderQr(SONAR_URI, { moduleSize: 4, dark: [200, 200, 200], light: DARK_PAGE });
    expectFound(onPage({ code, left: 1200, top: 300, page: blankImage(1920, 1080, DARK_PAGE) }));
  });

  it.each([
    ['top left', 0, 0],
    ['top right', -1, 0],
    ['bottom left', 0, -1],
    ['bottom right', -1, -1],
  ])('finds a small code in the %s corner', (_corner, left, top) => {
    expectFound(onPage({ code: renderQr(SONAR_URI, { moduleSize: 3 }), left, top }));
  });

  it('finds a code in the corner of a screenshot at devicePixelRatio 2', () => {
    const page = noisyPage({ width: 1920, height: 1080, seed: 9, scale: 2 });
    const code = renderQr(SONAR_URI, { moduleSize: 6 });
    expectFound(onPage({ code, page, left: -1, top: -1 }), { devicePixelRatio: 2 });
  });

  it('finds a code turned by CSS (30 degrees)', () => {
    const code = rotate(renderQr(SONAR_URI, { moduleSize: 5 }), 30, WHITE);
    expectFound(onPage({ code, left: 900, top: 300 }));
  });

  it('finds a code stretched by CSS (2.5 times as tall as wide)', () => {
    const code = stretch(renderQr(SONAR_URI, { moduleSize: 4 }), 1, 2.5);
    expectFound(onPage({ code, left: 300, top: 100 }));
  });

  it.each([3, 7, 11, 13])('runs no jsQR pass on a busy page without a code (seed %i)', (seed) => {
    const page = noisyPage({ width: 1920, height: 1080, seed });
    jsQrCalls.count = 0;
    expect(decodeQr(page, { fullPass: false })).toBeNull();
    expect(jsQrCalls.count).toBe(0);
  });

  it('needs timing patterns: without them a code is left to the full pass', () => {
    // A code's timing patterns (row and column 6 between the finders) painted over: jsQR
    // does not read them and still decodes it, but nothing else on a page makes three
    // finder-like patterns with them, so the search does not look there.
    const moduleSize = 4;
    const page = onPage({ code: renderQr(SONAR_URI, { moduleSize }), left: 600, top: 300 });
    const [start, inner] = [600 + 4 * moduleSize, (49 - 16) * moduleSize];
    fillRect(page, start + 8 * moduleSize, 300 + 10 * moduleSize, inner, moduleSize, WHITE);
    fillRect(page, start + 6 * moduleSize, 300 + 12 * moduleSize, moduleSize, inner, WHITE);
    expect(decodeQr(page, { fullPass: false })).toBeNull();
    expect(decodeQr(page)).toMatchObject({ text: SONAR_URI, strategy: 'full' });
  });

  it('never throws on any pixels, and gives finite areas', () => {
    const image = fc
      .record({ width: fc.integer({ min: 1, max: 48 }), height: fc.integer({ min: 1, max: 48 }) })
      .chain(({ width, height }) =>
        fc.record({
          width: fc.constant(width),
          height: fc.constant(height),
          data: fc.uint8Array({ minLength: width * height, maxLength: width * height }),
        }),
      );
    fc.assert(
      fc.property(image, (gray) => {
        const tones = blockTones(gray);
        for (const binarized of [binarizeLikeJsQr(gray, tones), binarizeLocal(gray, tones)]) {
          for (const { area } of groupFinders(findFinderPatterns(binarized), binarized)) {
            expect([area.x, area.y, area.width, area.height].every(Number.isFinite)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('binarizing for the finder search', () => {
  it('keeps a faint code’s finders whole where jsQR’s thresholds break them', () => {
    // A quiet zone darker than the page around it reads as dark to jsQR's block thresholds
    // and merges with the finders' rings; thresholds from the tones around each block keep
    // them apart. The search reads both, so it finds the code all the same.
    const code = renderQr(SONAR_URI, { moduleSize: 6, dark: FAINT_DARK, light: FAINT_LIGHT });
    const page = blankImage(800, 800, WHITE);
    paste(page, code, 55, 45);
    const gray = toGrayscale(page);
    const tones = blockTones(gray);
    const groupsOf = (binarized: ReturnType<typeof binarizeLocal>) =>
      groupFinders(findFinderPatterns(binarized), binarized);
    expect(groupsOf(binarizeLikeJsQr(gray, tones))).toHaveLength(0);
    expect(groupsOf(binarizeLocal(gray, tones))).toHaveLength(1);
    expectFound(page);
  });
});
