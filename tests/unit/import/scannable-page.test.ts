import { describe, expect, it } from 'vitest';
import { checkScannablePage } from '../../../src/background/import/scannable-page';

// Issue 5: which tabs "Scan QR code on this page" can read, and the reason for the others.
describe('checkScannablePage', () => {
  it.each([
    ['https://portal.example.com/setup?x=1', 'https://portal.example.com'],
    ['http://127.0.0.2:8080/enroll', 'http://127.0.0.2:8080'],
    ['http://intranet.example/', 'http://intranet.example'],
  ])('scans %s and binds to %s', (url, origin) => {
    expect(checkScannablePage(url, false)).toEqual({ ok: true, origin });
  });

  it.each([
    ['chrome://settings/', 'not-web'],
    ['about:blank', 'not-web'],
    ['edge://newtab/', 'not-web'],
    ['chrome-extension://abc/src/popup/index.html', 'not-web'],
    ['moz-extension://abc/page.html', 'not-web'],
    ['view-source:https://example.com/', 'not-web'],
    ['data:text/html,hi', 'not-web'],
    ['not a url', 'not-web'],
    ['https://chromewebstore.google.com/detail/x/abc', 'web-store'],
    ['https://chrome.google.com/webstore/detail/abc', 'web-store'],
    ['https://microsoftedge.microsoft.com/addons/detail/abc', 'web-store'],
    ['https://addons.mozilla.org/en-CA/firefox/addon/x/', 'web-store'],
    ['file:///home/user/qr.html', 'file-access'],
  ])('refuses %s: %s', (url, reason) => {
    expect(checkScannablePage(url, false)).toEqual({ ok: false, reason });
  });

  it('scans chrome.google.com outside the store', () => {
    expect(checkScannablePage('https://chrome.google.com/intl/en/', false)).toEqual({
      ok: true,
      origin: 'https://chrome.google.com',
    });
  });

  it('scans a file: page when the user allowed file access, bound to no origin', () => {
    expect(checkScannablePage('file:///home/user/qr.html', true)).toEqual({
      ok: true,
      origin: null,
    });
  });

  it('says the page is out of reach when the browser hid its URL (no activeTab grant)', () => {
    expect(checkScannablePage(undefined, true)).toEqual({ ok: false, reason: 'no-access' });
  });
});
