import { MAX_CROP_SIDE } from '../../core/image/limits';
import type { QrElement } from './qr-candidates';

/**
 * An element's own pixels as a PNG data: URL, for the background to decode. The
 * element is drawn at its device-pixel size (devicePixelRatio aware) and at most
 * MAX_CROP_SIDE, which keeps a QR code's modules several pixels wide while keeping the message
 * small (the background refuses bigger crops: core/image/limits.ts).
 */

export type ElementPixels =
  | { readonly kind: 'image'; readonly dataUrl: string }
  /** Cross-origin pixels the page may show but not read (and neither may we, from here). */
  | { readonly kind: 'unreadable' };

/** `hinted`: the page presents it as a QR code (qr-hints.ts), worth a second, CORS request. */
export async function elementPixels(
  element: QrElement,
  hinted: boolean,
): Promise<ElementPixels | null> {
  if (element instanceof HTMLCanvasElement) return fromCanvas(element);
  if (element instanceof HTMLImageElement) return fromImage(element, hinted);
  return fromSvg(element);
}

function fromCanvas(canvas: HTMLCanvasElement): ElementPixels | null {
  if (canvas.width === 0 || canvas.height === 0) return null;
  return draw(canvas, canvas.width, canvas.height);
}

async function fromImage(image: HTMLImageElement, hinted: boolean): Promise<ElementPixels | null> {
  if (!(await loaded(image))) return null;
  const drawn = draw(image, image.naturalWidth, image.naturalHeight);
  if (drawn?.kind !== 'unreadable' || !hinted) return drawn;
  // A cross-origin code: fetched again with CORS (the same address the page already loaded,
  // from the same server), it is readable if that server allows it. fetch, not a CORS <img>:
  // Firefox refuses the latter from a content script without sending it.
  try {
    const response = await fetch(image.currentSrc || image.src, {
      mode: 'cors',
      credentials: 'omit',
    });
    if (!response.ok) return drawn;
    const bitmap = await createImageBitmap(await response.blob());
    try {
      return draw(bitmap, bitmap.width, bitmap.height);
    } finally {
      bitmap.close();
    }
  } catch {
    return drawn; // No CORS, or not an image.
  }
}

async function fromSvg(svg: SVGSVGElement): Promise<ElementPixels | null> {
  const { width, height } = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  // The page's CSS does not travel with the markup: carry the colours that draw the code.
  const sources = [svg, ...svg.querySelectorAll('*')];
  const targets = [clone, ...clone.querySelectorAll('*')];
  sources.forEach((source, index) => {
    const target = targets[index];
    if (!target || index > 20_000) return;
    const style = getComputedStyle(source);
    target.setAttribute('fill', style.fill);
    target.setAttribute('stroke', style.stroke);
  });
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const markup = new XMLSerializer().serializeToString(clone);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  if (!(await loaded(image))) return null;
  const ratio = window.devicePixelRatio || 1;
  return draw(image, width * ratio, height * ratio, true);
}

function draw(
  source: CanvasImageSource,
  width: number,
  height: number,
  whiteBackground = false,
): ElementPixels | null {
  const scale = Math.min(1, MAX_CROP_SIDE / Math.max(width, height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const context = canvas.getContext('2d');
  if (!context) return null;
  if (whiteBackground) {
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
  }
  // Sharp module edges: smoothing blurs a scaled QR code into grey.
  context.imageSmoothingEnabled = false;
  context.drawImage(source, 0, 0, canvas.width, canvas.height);
  try {
    return { kind: 'image', dataUrl: canvas.toDataURL('image/png') };
  } catch {
    return { kind: 'unreadable' }; // A tainted canvas (SecurityError).
  }
}

function loaded(image: HTMLImageElement): Promise<boolean> {
  if (image.complete) return Promise.resolve(image.naturalWidth > 0);
  return new Promise((resolve) => {
    image.addEventListener('load', () => resolve(true), { once: true });
    image.addEventListener('error', () => resolve(false), { once: true });
  });
}
