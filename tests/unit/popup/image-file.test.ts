// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { IMAGE_LIMITS } from '../../../src/core/image/limits';
import { ImageFileError, imageFileToDataUrl } from '../../../src/popup/import/image-file';

// The popup refuses up front a file whose data: URL the background would refuse unread
// (core/image/limits.ts IMAGE_LIMITS), rather than reading and sending it for nothing.
describe('imageFileToDataUrl', () => {
  it('refuses a file whose data: URL would exceed the background limit', async () => {
    const bytes = (IMAGE_LIMITS.maxDataUrlLength / 4) * 3;
    const file = new Blob([new Uint8Array(bytes)], { type: 'image/png' });
    const error = await imageFileToDataUrl(file).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImageFileError);
    expect(error).toMatchObject({ reason: 'too-large' });
  });

  it('sends a small PNG as it is', async () => {
    const file = new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' });
    expect(await imageFileToDataUrl(file)).toMatch(/^data:image\/png;base64,/);
  });
});
