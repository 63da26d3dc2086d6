/**
 * An image the user picked, dropped or pasted, as the data: URL `import/decode-image` takes
 * (issue 5). PNG, JPEG, GIF, WebP and BMP go as they are; other images the popup can show
 * (SVG, AVIF, ICO...) are drawn onto a canvas here and sent as PNG.
 */

/** As background/qr/decode-image.ts accepts (its data: URL limit is 32 MB of base64). */
export const MAX_IMAGE_BYTES = 24 * 1024 * 1024;
const SENT_AS_IS = /^image\/(png|jpeg|gif|webp|bmp)$/;

export class ImageFileError extends Error {
  override readonly name = 'ImageFileError';
  constructor(readonly reason: 'too-large' | 'unreadable') {
    super(reason);
  }
}

export async function imageFileToDataUrl(file: Blob): Promise<string> {
  if (file.size > MAX_IMAGE_BYTES) throw new ImageFileError('too-large');
  if (SENT_AS_IS.test(file.type)) return readAsDataUrl(file);
  return rasterised(file);
}

function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      if (typeof reader.result === 'string') resolve(reader.result);
      else reject(new ImageFileError('unreadable'));
    };
    reader.onerror = () => {
      reject(new ImageFileError('unreadable'));
    };
    reader.readAsDataURL(file);
  });
}

async function rasterised(file: Blob): Promise<string> {
  const url = URL.createObjectURL(file);
  try {
    const image = new Image();
    image.src = url;
    await image.decode().catch(() => {
      throw new ImageFileError('unreadable');
    });
    // SVG files without a size come out 0 x 0: draw them at a size a QR code survives.
    const width = image.naturalWidth || 1024;
    const height = image.naturalHeight || 1024;
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new ImageFileError('unreadable');
    // A transparent background reads as black to the decoder: paint white under the image.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    context.drawImage(image, 0, 0, width, height);
    return canvas.toDataURL('image/png');
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The first image among dropped or pasted items, if any. */
export function firstImage(files: FileList | null | undefined): File | null {
  return [...(files ?? [])].find((file) => file.type.startsWith('image/')) ?? null;
}
