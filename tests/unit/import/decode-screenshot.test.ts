import { describe, expect, it, vi } from 'vitest';
import { decodeScreenshot } from '../../../src/background/import/decode-screenshot';
import { downscale } from '../../../src/core/qr';
import { noisyPage, paste, pageWithQr, renderQr, SONAR_URI } from '../support/qr-images';
import { jsQrCalls } from '../support/counting-jsqr';

// Every jsQR call is counted: a page without a code must cost none, whatever its hints.
vi.mock('jsqr', async (importOriginal) =>
  (await import('../support/counting-jsqr')).countingJsQr(importOriginal),
);

const OTHER_URI = 'otpauth://totp/Other:someone%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Other';

/**
 * A page with two codes: SONAR_URI, large, and OTHER_URI, small, in an element the page
 * scanner reports. Unhinted, the large one is the search's first choice.
 */
function pageWithTwoCodes(scale: 1 | 2) {
  const { page } = pageWithQr({ moduleSize: 6, left: 1100, top: 400, scale });
  const other = renderQr(OTHER_URI, { moduleSize: 3 * scale });
  paste(page, other, 200 * scale, 300 * scale);
  const side = other.width / scale;
  return { page, otherRect: { x: 200, y: 300, width: side, height: side } };
}

// Issue 5: a tab's screenshot is searched as a whole, the page scanner's elements first.
describe('decodeScreenshot', () => {
  const { page, qrRect } = pageWithQr({ moduleSize: 5, left: 1100, top: 500 });

  it('finds the code on a page, with one small jsQR pass', () => {
    const layout = { rects: [qrRect], viewportWidth: 1920, devicePixelRatio: 1 };
    jsQrCalls.count = 0;
    expect(decodeScreenshot(page, layout)).toMatchObject({ text: SONAR_URI, strategy: 'region' });
    expect(jsQrCalls.count).toBe(1);
  });

  it('decodes a code on an element the page scanner pointed at before any other', () => {
    const { page: twoCodes, otherRect } = pageWithTwoCodes(1);
    expect(decodeScreenshot(twoCodes, null)?.text).toBe(SONAR_URI);
    const layout = { rects: [otherRect], viewportWidth: 1920, devicePixelRatio: 1 };
    expect(decodeScreenshot(twoCodes, layout)?.text).toBe(OTHER_URI);
  });

  it('finds the code when no element the scanner reported holds it', () => {
    const elsewhere = { x: 100, y: 100, width: 200, height: 200 };
    const layout = { rects: [elsewhere], viewportWidth: 1920, devicePixelRatio: 1 };
    expect(decodeScreenshot(page, layout)?.text).toBe(SONAR_URI);
  });

  it('searches the whole frame when the page could not be scripted', () => {
    expect(decodeScreenshot(page, null)?.text).toBe(SONAR_URI);
  });

  it('maps CSS-pixel elements onto a screenshot at another scale', () => {
    const { page: hiDpi, otherRect } = pageWithTwoCodes(2);
    const layout = { rects: [otherRect], viewportWidth: 1920, devicePixelRatio: 2 };
    expect(decodeScreenshot(hiDpi, layout)?.text).toBe(OTHER_URI);
    // Scaled down to half (pixelsOf caps huge images): the ratio is measured, not trusted.
    expect(decodeScreenshot(downscale(hiDpi, 2), layout)?.text).toBe(OTHER_URI);
  });

  it('returns null for a page without a code, with no jsQR pass at all', () => {
    const empty = noisyPage({ width: 1920, height: 1080, seed: 3 });
    // The page's images and canvases, as the scanner reports them: not codes.
    const rects = [
      { x: 100, y: 100, width: 96, height: 96 },
      { x: 600, y: 400, width: 300, height: 300 },
    ];
    jsQrCalls.count = 0;
    expect(decodeScreenshot(empty, { rects, viewportWidth: 1920, devicePixelRatio: 1 })).toBe(null);
    expect(jsQrCalls.count).toBe(0);
  });
});
