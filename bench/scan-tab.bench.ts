/**
 * "Scan QR code on this page" (issue 5) in real Chromium, window 1920x1080, with the built
 * demo extension: time from the popup's `import/scan-tab` request to the parsed result (tab
 * lookup, injected scanner, captureVisibleTab, PNG decode, QR decode, preview), beside naive
 * full-frame jsQR on the same screenshot in the same run, and the scan's decode part
 * (decodeScreenshot) on that screenshot. Targets (issue 16): <= 300 ms with a code on the
 * page; without one, no more than the naive jsQR pass.
 *
 * Three pages on a non-portal origin: a QR <img> among decoy square images (the scanner's
 * hints), a QR drawn as a CSS background (no element to hint at), and no QR at all, its
 * decoys and text included. On that page the bench also times the part of the scan that is
 * not decoding: captureVisibleTab and the PNG turned into pixels, in an extension page.
 * Runs are 600 ms apart: captureVisibleTab allows two calls a second, and a faster loop would
 * time the extension's own throttle.
 *
 * Host access: the test build gets none at install (vite.config.ts) and automation cannot
 * grant `activeTab`, so the bench grants `<all_urls>` first, as a user can; captureVisibleTab
 * accepts nothing narrower (tests/e2e/popup-scan.test.ts).
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import jsQR from 'jsqr';
import { chromium } from 'playwright-core';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { chromiumFlags } from '../scripts/chromium-flags';
import { findChromium } from '../scripts/find-browser';
import { outDirFor } from '../scripts/build-targets';
import { encodeBase32 } from '../src/core/base32';
import { decodeScreenshot } from '../src/background/import/decode-screenshot';
import { grantChromiumHostAccess } from '../tests/e2e/support/grant-host-access';
import { passphrase } from '../tests/e2e/support/popup-journey';
import { evaluate, message } from './cdp';
import type { Bench } from './harness';

const runs = 9;
const spacingMs = 600;

export async function run(bench: Bench) {
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--demo'], {
    stdio: 'ignore',
  });
  const uri = `otpauth://totp/Example:bench%40example.com?secret=${encodeBase32(randomBytes(20))}&issuer=Example`;
  const site = await startBenchSite(await QRCode.toDataURL(uri, { scale: 5, margin: 4 }));
  const profile = await mkdtemp(join(tmpdir(), 'scan-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    viewport: null,
    args: [
      ...chromiumFlags(resolve(outDirFor('chrome', true))),
      '--window-size=1920,1080',
      '--screen-info={0,0 3840x2160}',
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    await grantChromiumHostAccess(context, extensionId, '<all_urls>');
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html`);
    await evaluate(popup, message('vault/create', { passphrase }));

    for (const [path, label, expected] of [
      ['/img', 'QR <img> among decoy images (hints)', uri],
      ['/css', 'QR as a CSS background (whole frame)', uri],
      ['/none', 'no QR code', null],
    ] as const) {
      const { windowId, tabId } = await evaluate<{ windowId: number; tabId: number }>(
        popup,
        `chrome.windows.create({ url: ${JSON.stringify(site.url + path)}, width: 1920, height: 1080 })
          .then(async (made) => {
            const tabId = made.tabs[0].id;
            while ((await chrome.tabs.get(tabId)).status !== 'complete') {
              await new Promise((done) => setTimeout(done, 20));
            }
            // The window's frame takes some of its height: grow it until the page gets 1920x1080.
            const [{ result: [width, height] }] = await chrome.scripting.executeScript({
              target: { tabId },
              func: () => [innerWidth, innerHeight],
            });
            await chrome.windows.update(made.id, { left: 0, top: 0, width: 3840 - width, height: 2160 - height });
            return { windowId: made.id, tabId };
          })`,
      );
      const scans: number[] = [];
      let status = '';
      for (let index = 0; index < runs + 1; index++) {
        await new Promise((done) => setTimeout(done, spacingMs));
        const [elapsed, found] = await evaluate<[number, string]>(
          popup,
          `(async () => {
            await ${message('test/target-tab', { tabId })};
            const start = performance.now();
            const reply = await ${message('import/scan-tab', null)};
            return [performance.now() - start, reply.ok ? reply.value.status : reply.error.code];
          })()`,
        );
        status = found;
        if (index > 0) scans.push(elapsed); // the first run warms the worker and the decoder
      }
      const verdict = expected === null ? status === 'no-code' : status === 'accounts';
      if (!verdict) throw new Error(`${label}: the scan answered "${status}"`);

      await new Promise((done) => setTimeout(done, spacingMs));
      const screenshot = PNG.sync.read(
        Buffer.from(
          (
            await evaluate<string>(
              popup,
              `chrome.tabs.captureVisibleTab(${windowId}, { format: 'png' })`,
            )
          ).split(',')[1] ?? '',
          'base64',
        ),
      );
      const size = `${screenshot.width}x${screenshot.height}`;
      bench.record(`scan-tab, ${label}: request -> result`, scans, `${status}, ${size}`);
      const image = {
        data: new Uint8ClampedArray(screenshot.data),
        width: screenshot.width,
        height: screenshot.height,
      };
      const naive = () =>
        jsQR(image.data, image.width, image.height, { inversionAttempts: 'attemptBoth' });
      await bench.measure(`  same screenshot: naive full-frame jsQR`, naive, {
        runs,
        warmup: 1,
        note: `decode only, ${naive()?.data === expected ? 'found' : 'not found'}`,
      });
      // The decode step alone (the page's element hints only order what it decodes).
      const decoded = decodeScreenshot(image, null);
      await bench.measure(
        `  same screenshot: decode part (decodeScreenshot)`,
        () => decodeScreenshot(image, null),
        { runs, warmup: 1, note: `decode only, ${decoded ? decoded.strategy : 'not found'}` },
      );
      if (expected === null) {
        const captures: number[] = [];
        const pixels: number[] = [];
        for (let index = 0; index < runs; index++) {
          await new Promise((done) => setTimeout(done, spacingMs));
          const [capture, decode] = await evaluate<[number, number]>(
            popup,
            captureAndPixels(windowId),
          );
          captures.push(capture);
          pixels.push(decode);
        }
        bench.record(`  same tab: captureVisibleTab (PNG)`, captures, 'extension page');
        bench.record(`  same tab: PNG -> pixels`, pixels, 'createImageBitmap, getImageData');
      }
      await evaluate(popup, `chrome.windows.remove(${windowId})`);
    }
  } finally {
    await context.close();
    await Promise.all([site.close(), rm(profile, { recursive: true, force: true })]);
  }
}

/**
 * Captures the tab and turns the PNG into pixels as the worker's pixelsOf does
 * (background/qr/decode-image.ts), timing each; in an extension page, which has the same
 * APIs as the worker and can be scripted from here.
 */
function captureAndPixels(windowId: number): string {
  return `(async () => {
    let start = performance.now();
    const url = await chrome.tabs.captureVisibleTab(${windowId}, { format: 'png' });
    const capture = performance.now() - start;
    start = performance.now();
    const binary = atob(url.slice(url.indexOf(',') + 1));
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d', { willReadFrequently: true });
    context.drawImage(bitmap, 0, 0);
    context.getImageData(0, 0, bitmap.width, bitmap.height);
    bitmap.close();
    return [capture, performance.now() - start];
  })()`;
}

/** Three pages of text, decoy images and panels; the QR code where each path says. */
async function startBenchSite(qr: string) {
  const decoys = Array.from({ length: 6 }, (_, index) => decoyImage(index));
  const page = (code: string) => `<!doctype html><html><head><meta charset="utf-8">
<title>Account security</title><style>
body { margin: 0; font: 15px/1.5 sans-serif; color: #222; background: #f4f5f7; }
header { height: 64px; background: #1d3557; color: #fff; padding: 0 32px; display: flex; align-items: center; gap: 24px; }
main { display: grid; grid-template-columns: 280px 1fr 360px; gap: 32px; padding: 32px; }
.card { background: #fff; border: 1px solid #d9dce1; border-radius: 8px; padding: 20px; }
.avatars { display: flex; flex-wrap: wrap; gap: 12px; } .avatars img { width: 96px; height: 96px; }
.bg-qr { width: 245px; height: 245px; background: url(${qr}) center / contain no-repeat; }
</style></head><body>
<header><strong>Portal</strong><span>Dashboard</span><span>Reports</span><span>Account</span></header>
<main><nav class="card">${'<p>Menu entry with a longer label</p>'.repeat(8)}</nav>
<section class="card"><h1>Two-factor authentication</h1>${'<p>Two-factor authentication adds a second step to signing in. Open your authenticator app, add an account and scan the code shown here, then type the six-digit code it displays to confirm.</p>'.repeat(5)}
<div class="avatars">${decoys.map((src) => `<img alt="" src="${src}">`).join('')}</div></section>
<aside class="card"><h2>Scan this code</h2>${code}<p>Can't scan it? Enter the key by hand.</p></aside></main>
</body></html>`;
  const pages: Record<string, string> = {
    '/img': page(`<img alt="QR code" src="${qr}">`),
    '/css': page('<div class="bg-qr"></div>'),
    '/none': page('<p>The code appears here once you start the setup.</p>'),
  };
  const server = createServer((request, response) => {
    const body = pages[request.url ?? ''];
    response.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(body ?? 'Not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.2', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.2:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** A square "photo" of random colour blocks: an element the scanner hints at, not a code. */
function decoyImage(seed: number): string {
  const png = new PNG({ width: 96, height: 96 });
  const random = randomBytes(12 * 12 * 3 + seed);
  for (let y = 0; y < 96; y++) {
    for (let x = 0; x < 96; x++) {
      const cell = (Math.floor(y / 8) * 12 + Math.floor(x / 8)) * 3;
      const offset = (y * 96 + x) * 4;
      png.data[offset] = random[cell] ?? 0;
      png.data[offset + 1] = random[cell + 1] ?? 0;
      png.data[offset + 2] = random[cell + 2] ?? 0;
      png.data[offset + 3] = 255;
    }
  }
  return `data:image/png;base64,${PNG.sync.write(png).toString('base64')}`;
}
