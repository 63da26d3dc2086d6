import { webext } from './webext';

/** Options at its Backup section: where "Not backed up" and the prompt's "Back up" lead. */
export function backupPageUrl(): string {
  return `${webext.runtime.getURL('src/options/index.html')}#backup`;
}
