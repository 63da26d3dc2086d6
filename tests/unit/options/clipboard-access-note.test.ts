// @vitest-environment happy-dom
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Options, next to the clipboard delay: without the optional clipboardRead permission, copied
// codes are not cleared; the page says so and offers the permission, and follows the browser
// when it is granted or taken back elsewhere.

const browserState = vi.hoisted(() => ({
  answer: false,
  request: vi.fn<(query: { permissions?: string[] }) => Promise<boolean>>(),
}));
vi.mock('../../../src/shared/webext', async () =>
  (await import('../support/page-webext')).pageWebextModule(),
);
const { pageWebext } = await import('../support/page-webext');
pageWebext.permissions.request = browserState.request;

const { ClipboardAccessNote } = await import('../../../src/options/ClipboardAccessNote');

const NOTE = 'Copied codes stay on the clipboard until you allow clipboard access';
const ALLOW = 'Allow clearing the clipboard';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  pageWebext.permissions.granted = false;
  browserState.answer = false;
  browserState.request.mockReset().mockImplementation(() => {
    pageWebext.permissions.granted = browserState.answer;
    return Promise.resolve(browserState.answer);
  });
});
afterEach(() => {
  render(null, root);
  root.remove();
  pageWebext.permissions.added.clear();
  pageWebext.permissions.removed.clear();
});

const allowButton = () =>
  [...root.querySelectorAll('button')].find((element) => element.textContent === ALLOW);
const shown = async () => {
  await vi.waitFor(() => {
    expect(allowButton()).toBeDefined();
  });
};

describe('Options -> clipboard access note', () => {
  it('says codes stay on the clipboard without the permission, and offers it', async () => {
    render(h(ClipboardAccessNote, { seconds: 30 }), root);
    await shown();
    expect(root.textContent).toContain(NOTE);
  });

  it('asks in the click itself, and goes once the user allows it', async () => {
    browserState.answer = true;
    render(h(ClipboardAccessNote, { seconds: 30 }), root);
    await shown();
    allowButton()?.click();
    // Synchronously, with no await in between: Firefox refuses the request otherwise.
    expect(browserState.request).toHaveBeenCalledWith({ permissions: ['clipboardRead'] });
    await vi.waitFor(() => {
      expect(root.textContent).toBe('');
    });
  });

  it('stays, and says so, when the user refuses', async () => {
    render(h(ClipboardAccessNote, { seconds: 30 }), root);
    await shown();
    allowButton()?.click();
    await vi.waitFor(() => {
      expect(root.querySelector('[role="alert"]')?.textContent).toBe(
        'Clipboard access was not allowed. Copied codes stay on the clipboard.',
      );
    });
    expect(allowButton()).toBeDefined();
  });

  it('says nothing with the delay "Never", or with the permission', async () => {
    render(h(ClipboardAccessNote, { seconds: 0 }), root);
    pageWebext.permissions.granted = true;
    const other = document.createElement('div');
    document.body.append(other);
    render(h(ClipboardAccessNote, { seconds: 30 }), other);
    // Both have asked the browser (one listener pair each) and rendered their answer.
    await vi.waitFor(() => {
      expect(pageWebext.permissions.added.size).toBe(2);
    });
    // The browser's answers and Preact's renders are microtasks: all done by the next task.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(root.textContent).toBe('');
    expect(other.textContent).toBe('');
    render(null, other);
    other.remove();
  });

  it('follows a grant or a removal made in the browser, with no reload', async () => {
    render(h(ClipboardAccessNote, { seconds: 30 }), root);
    await shown();
    pageWebext.permissions.granted = true;
    for (const listener of pageWebext.permissions.added)
      listener({ permissions: ['clipboardRead'] });
    await vi.waitFor(() => {
      expect(allowButton()).toBeUndefined();
    });
    pageWebext.permissions.granted = false;
    for (const listener of pageWebext.permissions.removed)
      listener({ permissions: ['clipboardRead'] });
    await shown();
  });
});
