/**
 * Draws the toolbar icons (a white clock face with a code-digit notch on a blue rounded
 * square) as PNGs, so the icons have a source in the repo rather than an opaque binary only.
 * Run: `npx tsx scripts/make-icons.ts` (the PNGs are committed).
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

/**
 * Size -> transparent margin on each side. The stores' guidance for the 128 px icon: 96x96
 * artwork centred, 16 px of transparent padding around it. The toolbar sizes use the whole
 * square, as browsers draw them small.
 */
const margins = new Map([
  [16, 0],
  [32, 0],
  [48, 0],
  [128, 16],
]);

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]) {
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) row.set(pixel(x + 0.5, y + 0.5), 1 + x * 4);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function icon(size: number, margin: number) {
  const blue: [number, number, number, number] = [11, 98, 214, 255];
  const white: [number, number, number, number] = [255, 255, 255, 255];
  const clear: [number, number, number, number] = [0, 0, 0, 0];
  return png(size, (px, py) => {
    // Artwork coordinates: -0.5..0.5 across the square inside the margin; the rounded square
    // leaves everything beyond that transparent.
    const artwork = size - 2 * margin;
    const x = (px - margin) / artwork - 0.5;
    const y = (py - margin) / artwork - 0.5;
    const corner = 0.18;
    const qx = Math.max(Math.abs(x) - (0.5 - corner), 0);
    const qy = Math.max(Math.abs(y) - (0.5 - corner), 0);
    if (Math.hypot(qx, qy) > corner) return clear;
    const r = Math.hypot(x, y);
    const ring = r > 0.27 && r < 0.36;
    const minuteHand = Math.abs(x) < 0.04 && y < 0.02 && y > -0.22;
    const hourHand = Math.abs(y) < 0.04 && x > -0.02 && x < 0.16;
    return ring || minuteHand || hourHand ? white : blue;
  });
}

for (const [size, margin] of margins) {
  writeFileSync(`public/icons/icon-${size}.png`, icon(size, margin));
}
console.log(`Wrote ${margins.size} icons to public/icons/`);
