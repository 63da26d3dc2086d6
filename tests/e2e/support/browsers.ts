import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { BrowserSession } from './session';

/** Every e2e journey runs in each of these (issue 2: Chromium and Firefox). */
export const browsers: readonly {
  readonly name: string;
  readonly launch: () => Promise<BrowserSession>;
}[] = [
  { name: 'Chromium', launch: launchChromium },
  { name: 'Firefox', launch: launchFirefox },
];
