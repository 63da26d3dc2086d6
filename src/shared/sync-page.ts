import { webext } from './webext';

/** Options at its Sync section: where the popup's "Sync is paused" note leads. */
export function syncPageUrl(): string {
  return `${webext.runtime.getURL('src/options/index.html')}#sync`;
}
