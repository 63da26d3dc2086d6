import { describe, expect, it } from 'vitest';
import { decodeScreenshot } from '../../../src/background/import/decode-screenshot';
import { downscale } from '../../../src/core/qr';
import { noisyPage, pageWithQr, SONAR_URI } from '../support/qr-images';

// Issue 5: a tab's screenshot is decoded at the scanner's hints first, then as a whole.
describe('decodeScreenshot', () => {
  const { page, qrRect } = pageWithQr({ moduleSize: 5, left: 1100, top: 500 });

  it('finds the code at a hint', () => {
    const layout = { rects: [qrRect], viewportWidth: 1920, devicePixelRatio: 1 };
    expect(decodeScreenshot(page, layout)).toMatchObject({ text: SONAR_URI, strategy: 'hint' });
  });

  it('tries every hint, then the whole frame when none holds the code', () => {
    const elsewhere = { x: 100, y: 100, width: 200, height: 200 };
    const layout = { rects: [elsewhere], viewportWidth: 1920, devicePixelRatio: 1 };
    const found = decodeScreenshot(page, layout);
    expect(found?.text).toBe(SONAR_URI);
    expect(found?.strategy).not.toBe('hint');
  });

  it('searches the whole frame when the page could not be scripted', () => {
    expect(decodeScreenshot(page, null)?.text).toBe(SONAR_URI);
  });

  it('maps CSS-pixel hints onto a screenshot at another scale', () => {
    const hiDpi = pageWithQr({ moduleSize: 5, left: 1100, top: 500, scale: 2 });
    const layout = { rects: [hiDpi.qrRect], viewportWidth: 1920, devicePixelRatio: 2 };
    expect(decodeScreenshot(hiDpi.page, layout)).toMatchObject({ strategy: 'hint' });
    // Scaled down to half (pixelsOf caps huge images): the ratio is measured, not trusted.
    const halved = downscale(hiDpi.page, 2);
    expect(decodeScreenshot(halved, layout)).toMatchObject({ text: SONAR_URI, strategy: 'hint' });
  });

  it('returns null for a page without a code', () => {
    const empty = noisyPage({ width: 1920, height: 1080, seed: 3 });
    expect(decodeScreenshot(empty, { rects: [], viewportWidth: 1920, devicePixelRatio: 1 })).toBe(
      null,
    );
  });
});
