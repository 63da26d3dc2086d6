import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import {
  checkImageDataUrl,
  CROP_LIMITS,
  IMAGE_LIMITS,
  MAX_CROP_SIDE,
} from '../../../src/core/image/limits';
import { pngSize } from '../../../src/core/image/png-size';

// Images sent for QR decoding are measured before they are decoded: a content script's crop
// is held to one element's size, and a PNG's pixel count is read from its header, so a small
// "PNG bomb" is refused without decompressing anything.

const uri = 'otpauth://totp/Sonar:101%40organization.com?secret=JBSWY3DPEHPK3PXP&issuer=Sonar';

/** A real PNG of a QR code, as a content script would send it. */
const qrPng = () => QRCode.toDataURL(uri, { margin: 4, width: MAX_CROP_SIDE });

/** The same PNG with its header claiming another size: what a bomb looks like, unread. */
function withClaimedSize(dataUrl: string, width: number, height: number): string {
  const comma = dataUrl.indexOf(',') + 1;
  const bytes = Buffer.from(dataUrl.slice(comma), 'base64');
  bytes.writeUInt32BE(width, 16);
  bytes.writeUInt32BE(height, 20);
  return dataUrl.slice(0, comma) + bytes.toString('base64');
}

describe('pngSize', () => {
  it('reads width and height from the header', async () => {
    const dataUrl = await qrPng();
    expect(pngSize(dataUrl.slice(dataUrl.indexOf(',') + 1))).toEqual({
      width: MAX_CROP_SIDE,
      height: MAX_CROP_SIDE,
    });
    expect(pngSize(withClaimedSize(dataUrl, 100_000, 3).split(',')[1] ?? '')).toEqual({
      width: 100_000,
      height: 3,
    });
  });

  it('says null for anything that is not a PNG header', () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, ...new Array<number>(30).fill(0)]);
    expect(pngSize(jpeg.toString('base64'))).toBeNull();
    expect(pngSize('iVBORw0KGgo')).toBeNull(); // The signature alone.
    expect(pngSize('not base64 at all!')).toBeNull();
  });
});

describe('checkImageDataUrl', () => {
  it('accepts a content script’s QR crop', async () => {
    expect(checkImageDataUrl(await qrPng(), CROP_LIMITS)).toMatchObject({ ok: true, type: 'png' });
  });

  it('refuses a crop longer than the limit before looking at it', () => {
    const long = `data:image/png;base64,${'A'.repeat(CROP_LIMITS.maxDataUrlLength)}`;
    expect(checkImageDataUrl(long, CROP_LIMITS)).toEqual({ ok: false, reason: 'too-long' });
    // The 32 MB that pages used to be allowed to send are refused by far.
    expect(CROP_LIMITS.maxDataUrlLength).toBeLessThanOrEqual(IMAGE_LIMITS.maxDataUrlLength / 8);
  });

  it('refuses a PNG whose header claims more pixels than allowed (a PNG bomb)', async () => {
    const dataUrl = await qrPng();
    const claims = (width: number, height: number, limits = CROP_LIMITS) =>
      checkImageDataUrl(withClaimedSize(dataUrl, width, height), limits);
    expect(claims(MAX_CROP_SIDE + 1, 10)).toEqual({ ok: false, reason: 'too-many-pixels' });
    expect(claims(10, MAX_CROP_SIDE + 1)).toEqual({ ok: false, reason: 'too-many-pixels' });
    expect(claims(50_000, 50_000, IMAGE_LIMITS)).toEqual({
      ok: false,
      reason: 'too-many-pixels',
    });
    expect(claims(7680, 4320, IMAGE_LIMITS)).toMatchObject({ ok: true }); // An 8K screenshot.
  });

  it('takes only PNG from content scripts, and says so for damaged headers', async () => {
    const png = await qrPng();
    const jpeg = png.replace('image/png', 'image/jpeg');
    expect(checkImageDataUrl(jpeg, CROP_LIMITS)).toEqual({ ok: false, reason: 'not-image' });
    expect(checkImageDataUrl(jpeg, IMAGE_LIMITS)).toMatchObject({ ok: true, type: 'jpeg' });
    const damaged = `data:image/png;base64,${png.slice(png.indexOf(',') + 9)}`;
    expect(checkImageDataUrl(damaged, CROP_LIMITS)).toEqual({ ok: false, reason: 'not-image' });
    expect(checkImageDataUrl('data:text/html;base64,PGI+', IMAGE_LIMITS)).toMatchObject({
      ok: false,
    });
  });
});
