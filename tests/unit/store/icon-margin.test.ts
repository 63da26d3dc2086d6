import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';

// The stores' guidance for the 128 px icon: 96x96 artwork centred, a transparent 16 px
// border (scripts/make-icons.ts draws it).
describe('the 128 px store icon', () => {
  const png = PNG.sync.read(readFileSync('public/icons/icon-128.png'));
  const alpha = (x: number, y: number) => png.data[(y * png.width + x) * 4 + 3];

  it('has a fully transparent 16 px border', () => {
    expect([png.width, png.height]).toEqual([128, 128]);
    const opaque: string[] = [];
    for (let y = 0; y < 128; y++) {
      for (let x = 0; x < 128; x++) {
        const inBorder = x < 16 || x >= 112 || y < 16 || y >= 112;
        if (inBorder && alpha(x, y) !== 0) opaque.push(`${x},${y}`);
      }
    }
    expect(opaque).toEqual([]);
  });

  it('fills the 96 px square inside it (edge to edge, not shrunk further)', () => {
    for (const [x, y] of [
      [16, 64],
      [111, 64],
      [64, 16],
      [64, 111],
    ] as const) {
      expect(alpha(x, y), `${x},${y}`).toBe(255);
    }
  });
});
