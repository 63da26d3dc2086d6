import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A plain page on an origin no site profile covers: another loopback address (the whole
 * 127.0.0.0/8 range reaches this machine), so the content script must not run there.
 */
export async function startUnrelatedSite(): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><title>Unrelated</title><h1>An unrelated site</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.2', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.2:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
