import { describe, expect, it, vi } from 'vitest';
import {
  createRouter,
  expectNoPayload,
  RequestError,
  type Handlers,
} from '../../src/background/router';
import type { ContentScriptSender, ExtensionPageSender } from '../../src/background/sender';

const contentScript: ContentScriptSender = {
  kind: 'content-script',
  tabId: 1,
  frameId: 0,
  origin: 'https://portal.net2phone.ca',
  url: 'https://portal.net2phone.ca/',
  isTopFrame: true,
  isSecureContext: true,
};
const popup: ExtensionPageSender = {
  kind: 'extension-page',
  url: 'chrome-extension://x/popup',
  tabId: null,
};

function handlers() {
  const hello = vi.fn(() => ({ site: null, isSecureContext: true }));
  const about = vi.fn(() => ({ version: '1.2.3' }));
  const map = {
    content: {
      'content/hello': { parse: expectNoPayload, handle: hello },
    } as unknown as Handlers['content'],
    // Only the page handlers these tests call; the router looks handlers up by own key.
    page: {
      'page/about': { parse: expectNoPayload, handle: about },
      'page/active-tab': { parse: expectNoPayload, handle: () => ({ portal: null }) },
    } as unknown as Handlers['page'],
  } satisfies Handlers;
  return { map, hello, about };
}

describe('router', () => {
  it('routes a content message from a content script to its handler with the classified sender', async () => {
    const { map, hello } = handlers();
    const reply = await createRouter(map)({ type: 'content/hello', payload: null }, contentScript);
    expect(reply).toEqual({ ok: true, value: { site: null, isSecureContext: true } });
    expect(hello).toHaveBeenCalledWith(null, contentScript);
  });

  it('never lets a content script reach a page handler', async () => {
    const { map, about } = handlers();
    const reply = await createRouter(map)({ type: 'page/about', payload: null }, contentScript);
    expect(reply).toMatchObject({ ok: false, error: { code: 'unknown-type' } });
    expect(about).not.toHaveBeenCalled();
  });

  it('refuses untrusted senders before looking at the message', async () => {
    const { map, hello } = handlers();
    const reply = await createRouter(map)(
      { type: 'content/hello', payload: null },
      { kind: 'untrusted', reason: 'other-extension' },
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(hello).not.toHaveBeenCalled();
  });

  it.each([undefined, null, 'hello', 42, { payload: null }, { type: 3, payload: null }])(
    'rejects a malformed envelope: %j',
    async (message) => {
      const reply = await createRouter(handlers().map)(message, popup);
      expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    },
  );

  it('does not resolve inherited keys as message types', async () => {
    const reply = await createRouter(handlers().map)({ type: 'toString', payload: null }, popup);
    expect(reply).toMatchObject({ ok: false, error: { code: 'unknown-type' } });
  });

  it('reports a bad payload from the parser', async () => {
    const reply = await createRouter(handlers().map)(
      { type: 'page/about', payload: { x: 1 } },
      popup,
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('hides the text of unexpected errors, which could quote secrets', async () => {
    const { map } = handlers();
    const failing: Handlers = {
      ...map,
      page: {
        ...map.page,
        'page/about': {
          parse: expectNoPayload,
          handle: () => {
            throw new Error('JBSWY3DPEHPK3PXP leaked');
          },
        },
      },
    };
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const reply = await createRouter(failing)({ type: 'page/about', payload: null }, popup);
    expect(JSON.stringify(reply)).not.toContain('JBSWY3DPEHPK3PXP');
    expect(JSON.stringify(error.mock.calls)).not.toContain('JBSWY3DPEHPK3PXP');
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('passes RequestError codes through', async () => {
    const { map } = handlers();
    const refusing: Handlers = {
      ...map,
      page: {
        ...map.page,
        'page/about': {
          parse: expectNoPayload,
          handle: () => {
            throw new RequestError('forbidden', 'Not here');
          },
        },
      },
    };
    const reply = await createRouter(refusing)({ type: 'page/about', payload: null }, popup);
    expect(reply).toEqual({ ok: false, error: { code: 'forbidden', message: 'Not here' } });
  });
});
