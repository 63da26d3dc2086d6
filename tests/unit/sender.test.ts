import { describe, expect, it } from 'vitest';
import { classifySender, type RawSender } from '../../src/background/sender';

const self = {
  id: 'abcdefghijklmnopabcdefghijklmnop',
  baseUrl: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/',
};
const tab = { id: 7, index: 0, highlighted: true, active: true, pinned: false, incognito: false };
const popupUrl = `${self.baseUrl}src/popup/index.html`;

/** A sender without `key`, as the browser sends it when it has no value for it. */
function without(sender: RawSender, ...keys: (keyof RawSender)[]): RawSender {
  const copy: Record<string, unknown> = { ...sender };
  for (const key of keys) Reflect.deleteProperty(copy, key);
  return copy;
}

function contentSender(overrides: Partial<RawSender> = {}): RawSender {
  return {
    id: self.id,
    tab,
    frameId: 0,
    url: 'https://portal.net2phone.ca/login',
    origin: 'https://portal.net2phone.ca',
    ...overrides,
  };
}

describe('classifySender', () => {
  it('classifies the popup (no tab) as an extension page', () => {
    expect(classifySender({ id: self.id, url: popupUrl }, self)).toEqual({
      kind: 'extension-page',
      url: popupUrl,
      tabId: null,
    });
  });

  it('classifies an extension page shown in a tab as an extension page with its tab', () => {
    expect(classifySender({ id: self.id, url: popupUrl, tab, frameId: 0 }, self)).toMatchObject({
      kind: 'extension-page',
      tabId: 7,
    });
  });

  it('classifies a top-frame content script with the origin the browser stamped', () => {
    expect(classifySender(contentSender(), self)).toEqual({
      kind: 'content-script',
      tabId: 7,
      frameId: 0,
      origin: 'https://portal.net2phone.ca',
      url: 'https://portal.net2phone.ca/login',
      isTopFrame: true,
      isSecureContext: true,
    });
  });

  it('marks sub-frames as not top frame', () => {
    expect(classifySender(contentSender({ frameId: 3 }), self)).toMatchObject({
      kind: 'content-script',
      isTopFrame: false,
      frameId: 3,
    });
  });

  it('prefers the stamped origin over the frame URL (about:blank inherits its parent)', () => {
    const sender = contentSender({ url: 'about:blank', origin: 'https://portal.net2phone.ca' });
    expect(classifySender(sender, self)).toMatchObject({ origin: 'https://portal.net2phone.ca' });
  });

  it('derives the origin from the URL when the browser stamps none (Firefox)', () => {
    const firefoxSender = without(
      contentSender({ url: 'https://x.versature.com:8443/a?b#c' }),
      'origin',
    );
    expect(classifySender(firefoxSender, self)).toMatchObject({
      origin: 'https://x.versature.com:8443',
    });
  });

  it.each([
    ['plain http on a public host', 'http://portal.net2phone.ca', false],
    ['http on loopback', 'http://127.0.0.1:8460', true],
    ['http on localhost', 'http://localhost:8460', true],
    ['https', 'https://portal.net2phone.ca', true],
  ])('secure context: %s', (_label, origin, secure) => {
    expect(classifySender(contentSender({ origin, url: `${origin}/` }), self)).toMatchObject({
      isSecureContext: secure,
    });
  });

  it.each<[string, RawSender, string]>([
    ['another extension', { ...contentSender(), id: 'someoneelse' }, 'other-extension'],
    ['a sender without id', without(contentSender(), 'id'), 'other-extension'],
    ['a user script', contentSender({ userScriptWorldId: 'w' }), 'user-script'],
    ['a content script without a tab', without(contentSender(), 'tab'), 'no-tab'],
    ['a content script without a frame id', without(contentSender(), 'frameId'), 'no-tab'],
    ['a sandboxed frame (opaque origin)', contentSender({ origin: 'null' }), 'opaque-origin'],
    [
      'a data: URL frame',
      without(contentSender({ url: 'data:text/html,hi' }), 'origin'),
      'opaque-origin',
    ],
    ['a frame without URL or origin', without(contentSender(), 'url', 'origin'), 'opaque-origin'],
    [
      'a file: page',
      contentSender({ origin: 'file://', url: 'file:///tmp/x.html' }),
      'opaque-origin',
    ],
    [
      'our page framed inside a web page',
      { id: self.id, url: popupUrl, tab, frameId: 4 },
      'extension-frame-in-page',
    ],
  ])('refuses %s', (_label, sender, reason) => {
    expect(classifySender(sender, self)).toEqual({ kind: 'untrusted', reason });
  });

  it('does not treat a page URL that merely contains the extension URL as ours', () => {
    const sender = contentSender({
      url: `https://evil.example/?${self.baseUrl}`,
      origin: 'https://evil.example',
    });
    expect(classifySender(sender, self)).toMatchObject({
      kind: 'content-script',
      origin: 'https://evil.example',
    });
  });
});
