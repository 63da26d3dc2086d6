import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { BrowserSession } from './session';

/** Every e2e journey runs in each of these (issue 2: Chromium and Firefox). */
export const browsers: readonly {
  readonly name: string;
  readonly kind: BrowserSession['name'];
  readonly launch: () => Promise<BrowserSession>;
}[] = [
  { name: 'Chromium', kind: 'chromium', launch: () => launchChromium() },
  { name: 'Firefox', kind: 'firefox', launch: launchFirefox },
];
