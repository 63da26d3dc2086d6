import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as QRCode from 'qrcode';

/**
 * Pages that show a QR code on an origin no site profile covers (issue 5: "Popup scan of a QR
 * on a non-portal origin"): 127.0.0.2, like unrelated-site.ts, so no content script runs and
 * only the popup's scan can read the code. Each page puts its code in an open shadow root,
 * away from the top left corner, among other content, as real pages do.
 */
export interface QrSite {
  readonly origin: string;
  /** Serves a page at `path` whose QR code holds `text`. */
  show(path: string, text: string): Promise<string>;
  /** Serves a page at `path` that shows `frameUrl` (another site's QR page) in an iframe. */
  frame(path: string, frameUrl: string): string;
  close(): Promise<void>;
}

export async function startQrSite(): Promise<QrSite> {
  const pages = new Map<string, string>();
  const server = createServer((request, response) => {
    const page = pages.get(new URL(request.url ?? '/', 'http://localhost').pathname);
    response.writeHead(page === undefined ? 404 : 200, {
      'content-type': 'text/html; charset=utf-8',
    });
    response.end(page ?? 'Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.2', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.2:${port}`;
  return {
    origin,
    async show(path, text) {
      const image = await QRCode.toDataURL(text, { scale: 5, margin: 4 });
      pages.set(path, pageWith(image));
      return `${origin}${path}`;
    },
    frame(path, frameUrl) {
      pages.set(path, framing(frameUrl));
      return `${origin}${path}`;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function pageWith(image: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Set up two-factor</title>
<style>body{font:16px sans-serif;margin:40px}.row{display:flex;gap:200px;align-items:center}</style>
</head><body><h1>Set up two-factor authentication</h1>
<div class="row"><p>Scan this code with your authenticator app, then type the code it shows.</p>
<qr-box></qr-box></div>
<script>
customElements.define('qr-box', class extends HTMLElement {
  connectedCallback() {
    const img = document.createElement('img');
    img.alt = 'QR code';
    img.src = ${JSON.stringify(image)};
    this.attachShadow({ mode: 'open' }).append(img);
  }
});
</script></body></html>`;
}

/** The same layout with the code in another site's frame: the page itself draws no code. */
function framing(frameUrl: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Set up two-factor</title>
<style>body{font:16px sans-serif;margin:20px}iframe{width:900px;height:520px;border:0}</style>
</head><body><h1>Set up two-factor authentication</h1>
<iframe title="QR code" src="${frameUrl.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></iframe>
</body></html>`;
}
