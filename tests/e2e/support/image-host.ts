import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as QRCode from 'qrcode';

/**
 * QR images on another origin than the portal's (127.0.0.3), as portals that load the code
 * from an image service do (issue 5: "<img> ... cross-origin URL"). `/qr.png?text=...` serves
 * the code; with `&cors=1` the response allows any origin to read its pixels.
 */
export async function startImageHost(): Promise<{
  url(text: string, cors: boolean): string;
  close(): Promise<void>;
}> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const text = url.searchParams.get('text');
    if (url.pathname !== '/qr.png' || text === null) {
      response.writeHead(404).end();
      return;
    }
    void QRCode.toBuffer(text, { margin: 4, scale: 6 }).then((png) => {
      response.writeHead(200, {
        'content-type': 'image/png',
        'cache-control': 'no-store',
        ...(url.searchParams.get('cors') === '1' && { 'access-control-allow-origin': '*' }),
      });
      response.end(png);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.3', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (text, cors) =>
      `http://127.0.0.3:${port}/qr.png?text=${encodeURIComponent(text)}${cors ? '&cors=1' : ''}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
