/**
 * QR decoding speed (issue 3): naive full-frame jsQR against decodeQr's crop/scale strategy,
 * in the same run, on the synthetic pages of tests/unit/support/qr-images.ts. Budgets the
 * content script works to (issue 3 follow-ups): a whole-tab scan at 1920x1080 <= 300 ms,
 * "QR element inserted" to prompt <= 50 ms.
 */
import jsQR from 'jsqr';
import { cropImage, decodeQr, type DecodeQrOptions, type RgbaImage } from '../src/core/qr';
import { noisyPage, pageWithQr, SONAR_URI } from '../tests/unit/support/qr-images';
import type { Bench } from './harness';

/** ~5.8 px a module, 285 px wide (version 8, 49 modules + quiet zone): the brief's case. */
const MODULE_SIZE = 5;

export async function run(bench: Bench): Promise<void> {
  const { page, qrRect } = pageWithQr({ moduleSize: MODULE_SIZE, left: 1100, top: 500 });
  const crop = cropImage(page, { x: qrRect.x - 57, y: qrRect.y - 57, width: 400, height: 400 });
  const cropHint = { x: 57, y: 57, width: qrRect.width, height: qrRect.height };

  await measurePair(bench, '400x400 crop', crop, [['hint', { hint: cropHint }]]);
  await measurePair(bench, '1920x1080 page', page, [
    ['no hint', {}],
    ['hint', { hint: qrRect }],
  ]);

  const inverted = pageWithQr({ moduleSize: MODULE_SIZE, left: 1100, top: 500, inverted: true });
  await measurePair(bench, '1920x1080 page, inverted code', inverted.page, [['no hint', {}]]);

  const hiDpi = pageWithQr({ moduleSize: MODULE_SIZE, left: 1100, top: 500, scale: 2 });
  await measurePair(
    bench,
    '3840x2160 page (dpr 2)',
    hiDpi.page,
    [
      ['no hint', { devicePixelRatio: 2 }],
      ['hint', { devicePixelRatio: 2, hint: hiDpi.qrRect }],
    ],
    5,
  );

  // The price of "nothing here": the finder search, then (fullPass, a picture the user chose)
  // one whole-frame jsQR pass; a tab scan (fullPass: false) stops after the search.
  const empty = noisyPage({ width: 1920, height: 1080, seed: 7 });
  await measurePair(bench, '1920x1080 page, no code', empty, [
    ['no hint', {}],
    ['no hint, fullPass: false', { fullPass: false }],
  ]);
}

async function measurePair(
  bench: Bench,
  label: string,
  image: RgbaImage,
  variants: readonly (readonly [string, DecodeQrOptions])[],
  runs = 9,
): Promise<void> {
  await bench.measure(
    `${label}: naive jsQR attemptBoth`,
    () => {
      const code = jsQR(image.data, image.width, image.height, {
        inversionAttempts: 'attemptBoth',
      });
      return code?.data;
    },
    { runs, warmup: 1, note: verdict(naiveFinds(image)) },
  );
  for (const [name, options] of variants) {
    const result = decodeQr(image, options);
    const note = result === null ? verdict(false) : `${verdict(true)} (${result.strategy})`;
    await bench.measure(`${label}: decodeQr ${name}`, () => decodeQr(image, options), {
      runs,
      warmup: 1,
      note,
    });
  }
}

function naiveFinds(image: RgbaImage): boolean {
  const code = jsQR(image.data, image.width, image.height, { inversionAttempts: 'attemptBoth' });
  return code?.data === SONAR_URI;
}

function verdict(found: boolean): string {
  return found ? 'found' : 'not found';
}
