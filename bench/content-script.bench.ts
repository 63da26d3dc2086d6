/**
 * The content script's price on pages it runs on (issue 6), in real Chromium with the built
 * demo extension:
 * - its size as shipped (gzip), budget 20 KB (also checked by build-output.test.ts);
 * - main-thread script time on a 5,000-element portal page with no code field, budget 2 ms:
 *   CDP's Performance.getMetrics ScriptDuration once the page settled, on the portal origin
 *   (where the content script runs) minus the same page on an unrelated origin (where it
 *   does not). The page has no script of its own.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from 'playwright-core';
import { outDirFor } from '../scripts/build-targets';
import { launchChromium } from '../tests/e2e/support/chromium';
import type { Bench } from './harness';

const runs = 9;

export async function run(bench: Bench) {
  for (const variant of [[], ['--demo']]) {
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', ...variant], {
      stdio: 'ignore',
    });
  }
  for (const browser of ['chrome', 'firefox'] as const) {
    const script = readFileSync(join(outDirFor(browser, false), 'src/content/content-script.js'));
    bench.record(
      `content script size, ${browser} production build (gzip)`,
      [gzipSync(script).length / 1024],
      'budget <= 20 KB',
      'KB',
    );
  }

  const [portal, unrelated] = await Promise.all([serve('127.0.0.1'), serve('127.0.0.2')]);
  const session = await launchChromium();
  try {
    const withScript: number[] = [];
    const without: number[] = [];
    for (let index = 0; index < runs + 1; index++) {
      const a = await scriptMs(session.context, `${portal.url}/busy`);
      const b = await scriptMs(session.context, `${unrelated.url}/busy`);
      if (index === 0) continue; // Warm-up: caches, the worker, compilation.
      withScript.push(a - b);
      without.push(b);
    }
    bench.record(
      'content script main-thread time, 5,000-element page, no code field',
      withScript,
      'budget <= 2 ms',
    );
    bench.record('same page without the content script (baseline)', without, 'script time');
  } finally {
    await session.close();
    portal.server.close();
    unrelated.server.close();
  }
}

/** ScriptDuration (all worlds) of one load of `url`, after the page has settled. */
async function scriptMs(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  // document_idle, the first scan, and the observer's quiet time.
  await page.waitForTimeout(500);
  const { metrics } = await cdp.send('Performance.getMetrics');
  await page.close();
  return (metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? 0) * 1000;
}

/** A static page of 5,000 elements (lists, tables, images, inputs that are not code fields). */
async function serve(host: string): Promise<{ url: string; server: Server }> {
  const rows = Array.from(
    { length: 500 },
    (_, index) =>
      `<tr><td><a href="#r${index}">Row ${index}</a></td><td><span>${index * 7}</span></td><td><img alt="" width="16" height="16" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></td><td><input name="note${index}" placeholder="Note"></td><td><button>Go</button></td></tr>`,
  ).join('');
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>Busy</title></head><body><h1>Reports</h1><form><label>Search <input type="search" name="q"></label></form><table>${rows}</table></body></html>`;
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return { url: `http://${host}:${(server.address() as AddressInfo).port}`, server };
}
