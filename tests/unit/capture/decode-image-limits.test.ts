import QRCode from 'qrcode';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeQrFillingImage } from '../../../src/background/qr/decode-image';
import { RequestError } from '../../../src/background/router';

// A content script's image is measured before anything decodes it: a long data URL or a PNG
// whose header claims a huge size is refused with a clear error, and no bitmap is made.
const createImageBitmap = vi.fn(() => Promise.reject(new Error('decoded')));

afterEach(() => {
  vi.unstubAllGlobals();
  createImageBitmap.mockClear();
});

async function bomb(): Promise<string> {
  const dataUrl = await QRCode.toDataURL('otpauth://totp/A?secret=JBSWY3DPEHPK3PXP', {
    width: 200,
  });
  const comma = dataUrl.indexOf(',') + 1;
  const bytes = Buffer.from(dataUrl.slice(comma), 'base64');
  bytes.writeUInt32BE(60_000, 16);
  bytes.writeUInt32BE(60_000, 20);
  return dataUrl.slice(0, comma) + bytes.toString('base64');
}

describe('decodeQrFillingImage (a content script’s crop)', () => {
  it('refuses a PNG bomb from its header, before decoding', async () => {
    vi.stubGlobal('createImageBitmap', createImageBitmap);
    const refused = decodeQrFillingImage(await bomb());
    await expect(refused).rejects.toBeInstanceOf(RequestError);
    await expect(refused).rejects.toThrow('too large');
    expect(createImageBitmap).not.toHaveBeenCalled();
  });

  it('refuses a data URL longer than a crop can be, before decoding', async () => {
    vi.stubGlobal('createImageBitmap', createImageBitmap);
    const long = `data:image/png;base64,${'A'.repeat(3 * 1024 * 1024)}`;
    await expect(decodeQrFillingImage(long)).rejects.toMatchObject({ code: 'invalid-input' });
    expect(createImageBitmap).not.toHaveBeenCalled();
  });
});
