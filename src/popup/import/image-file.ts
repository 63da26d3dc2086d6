import { IMAGE_LIMITS } from '../../core/image/limits';

/**
 * An image the user picked, dropped or pasted, as the data: URL `import/decode-image` takes.
 * The types the background accepts (core/image/limits.ts) go as they are; other images the
 * popup can show (SVG, AVIF, ICO...) are drawn onto a canvas here and sent as PNG.
 */

/** Room for `data:image/<type>;base64,` in front of the base64. */
const PREFIX_ROOM = 64;
/** The largest file whose data: URL the background accepts: base64 takes 4 chars per 3 bytes. */
const MAX_IMAGE_BYTES = Math.floor(((IMAGE_LIMITS.maxDataUrlLength - PREFIX_ROOM) / 4) * 3);

const sentAsIs = (type: string) =>
  type.startsWith('image/') && IMAGE_LIMITS.types.includes(type.slice('image/'.length));

export class ImageFileError extends Error {
  override readonly name = 'ImageFileError';
  constructor(readonly reason: 'too-large' | 'unreadable') {
    super(reason);
  }
}

export async function imageFileToDataUrl(file: Blob): Promise<string> {
  if (file.size > MAX_IMAGE_BYTES) throw new ImageFileError('too-large');
  if (sentAsIs(file.type)) return readAsDataUrl(file);
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

/** The images among dropped, picked or pasted items (the QR codes of one export, say). */
export function imagesOf(files: FileList | null | undefined): File[] {
  return [...(files ?? [])].filter((file) => file.type.startsWith('image/'));
}
