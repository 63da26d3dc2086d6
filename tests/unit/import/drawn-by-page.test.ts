import { describe, expect, it } from 'vitest';
import { drawnByPage } from '../../../src/background/import/drawn-by-page';
import type { QrLocation } from '../../../src/core/qr';

// "Scan QR code on this page" binds the account to the page only when the page's own
// document drew the code: not inside another site's frame, and not when its place is unknown.
const square = (x: number, y: number, side: number): QrLocation => ({
  topLeft: { x, y },
  topRight: { x: x + side, y },
  bottomRight: { x: x + side, y: y + side },
  bottomLeft: { x, y: y + side },
});
const frame = { x: 500, y: 100, width: 300, height: 300 };
const layout = { foreignFrames: [frame], viewportWidth: 1000 };

describe('drawnByPage', () => {
  it('is true for a code away from every other site’s frame', () => {
    expect(drawnByPage(square(100, 100, 200), 1000, layout)).toBe(true);
    expect(drawnByPage(square(100, 100, 200), 1000, { ...layout, foreignFrames: [] })).toBe(true);
  });

  it('is false for a code inside or overlapping another site’s frame', () => {
    expect(drawnByPage(square(550, 150, 200), 1000, layout)).toBe(false);
    expect(drawnByPage(square(400, 50, 150), 1000, layout)).toBe(false);
  });

  it('compares in CSS pixels, whatever the screenshot’s scale', () => {
    // At 2 device pixels per CSS pixel, (1100, 300) is (550, 150): inside the frame.
    expect(drawnByPage(square(1100, 300, 400), 2000, layout)).toBe(false);
    expect(drawnByPage(square(200, 200, 400), 2000, layout)).toBe(true);
  });

  it('is false when the page could not say where its frames are', () => {
    expect(drawnByPage(square(100, 100, 200), 1000, null)).toBe(false);
  });
});
