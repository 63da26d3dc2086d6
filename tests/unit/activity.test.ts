import { describe, expect, it } from 'vitest';
import { countsAsActivity } from '../../src/background/activity';
import type { ClassifiedSender } from '../../src/background/sender';

// Auto-lock is pushed back by the user acting in the extension's pages, never by a content
// script: a page decides when its content script talks, so it could keep the vault open.
const popup: ClassifiedSender = {
  kind: 'extension-page',
  url: 'chrome-extension://x/',
  tabId: null,
};
const contentScript: ClassifiedSender = {
  kind: 'content-script',
  tabId: 1,
  frameId: 0,
  origin: 'https://portal.net2phone.ca',
  url: 'https://portal.net2phone.ca/',
  isTopFrame: true,
  isSecureContext: true,
};

describe('countsAsActivity', () => {
  it('never counts a content script’s message, whatever its name', () => {
    for (const type of [
      'capture/save',
      'capture/decode',
      'fill/code',
      'vault/unlock',
      'vault/add',
      'clipboard/copied',
      'fill/active-tab',
    ]) {
      expect(countsAsActivity(contentScript, type)).toBe(false);
    }
    expect(countsAsActivity({ kind: 'untrusted', reason: 'no-tab' }, 'vault/unlock')).toBe(false);
  });

  it('counts the user acting in the extension’s pages, not their periodic refresh', () => {
    for (const type of ['vault/unlock', 'vault/add', 'clipboard/copied', 'fill/active-tab']) {
      expect(countsAsActivity(popup, type)).toBe(true);
    }
    for (const type of ['vault/overview', 'vault/lock', 'settings/get', 'import/scan-tab']) {
      expect(countsAsActivity(popup, type)).toBe(false);
    }
  });
});
