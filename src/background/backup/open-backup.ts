import browser from 'webextension-polyfill';
import type { ContentRequests } from '../../shared/protocol/content';
import { expectNoPayload, type HandlerMap } from '../router';
import type { ContentScriptSender } from '../sender';
import { backupPageUrl } from '../../shared/backup-page';

/**
 * The enrollment prompt's "Back up" after a save: Options opens at Backup, in a tab of its own.
 * It only opens our page; a page script cannot reach the button (closed shadow root, trusted
 * clicks only), and at worst a forged message opens the Options tab.
 */
export const backupContentHandlers: HandlerMap<
  Pick<ContentRequests, 'capture/open-backup'>,
  ContentScriptSender
> = {
  'capture/open-backup': {
    parse: expectNoPayload,
    async handle() {
      await browser.tabs.create({ url: backupPageUrl() });
      return null;
    },
  },
};
