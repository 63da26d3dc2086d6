/**
 * The command-line flags every Chromium we start gets (`npm start`, e2e tests, bench): the
 * extension loaded alone, off the network (this machine has none), and quiet.
 */
export function chromiumFlags(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--disable-features=Translate,OptimizationHints,MediaRouter',
    // Root in CI containers cannot use Chromium's sandbox.
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ];
}
