import QRCode from 'qrcode';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';

/**
 * One QR code drawn on a canvas (Move to phone, Show QR code). Dark on light whatever the
 * theme, as phone cameras expect; the pixels are cleared when it goes away, so nothing of it
 * is left on the page.
 */
export function QrCode({ text, label }: { readonly text: string; readonly label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);
  const [drawn, setDrawn] = useState(false);

  useEffect(() => {
    const element = canvas.current;
    if (!element) return undefined;
    setFailed(false);
    setDrawn(false);
    draw(element, text).then(
      () => {
        setDrawn(true);
      },
      () => {
        setFailed(true);
      },
    );
    return () => {
      wipe(element);
    };
  }, [text]);

  if (failed) return <p role="alert">{t('qrRenderFailed')}</p>;
  // Busy until drawn: the caption is on screen before the pixels are.
  return (
    <canvas
      ref={canvas}
      class="qr"
      role="img"
      aria-label={label}
      aria-busy={drawn ? undefined : true}
    />
  );
}

/** Medium error correction reads best off a screen; the densest codes fall back to low. */
async function draw(element: HTMLCanvasElement, text: string): Promise<void> {
  const options = { margin: 4, scale: 4, color: { dark: '#000000ff', light: '#ffffffff' } };
  try {
    await QRCode.toCanvas(element, text, { ...options, errorCorrectionLevel: 'M' });
  } catch {
    await QRCode.toCanvas(element, text, { ...options, errorCorrectionLevel: 'L' });
  }
}

function wipe(element: HTMLCanvasElement): void {
  element.getContext('2d')?.clearRect(0, 0, element.width, element.height);
  element.width = 0;
  element.height = 0;
}
