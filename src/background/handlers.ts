import browser from 'webextension-polyfill';
import { siteProfileFor } from '../sites';
import type { PortalStatus } from '../shared/messages';
import { expectNoPayload, type Handlers } from './router';
import { rememberTabPortal, tabPortal } from './tab-portals';

/** The handler map: one entry per message type, grouped by direction. */
export const handlers: Handlers = {
  content: {
    'content/hello': {
      parse: expectNoPayload,
      async handle(_request, sender) {
        const profile = siteProfileFor(sender.url);
        const status: PortalStatus = {
          site: profile && { id: profile.id, name: profile.name },
          isSecureContext: sender.isSecureContext,
        };
        if (sender.isTopFrame) await rememberTabPortal(sender.tabId, sender.origin, status);
        return status;
      },
    },
  },
  page: {
    'page/about': {
      parse: expectNoPayload,
      handle: () => ({ version: browser.runtime.getManifest().version }),
    },
    'page/active-tab': {
      parse: expectNoPayload,
      async handle() {
        const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
        return { portal: tab?.id === undefined ? null : await tabPortal(tab.id) };
      },
    },
  },
};
