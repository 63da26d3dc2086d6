// @vitest-environment happy-dom
import { h, render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as SendModule from '../../../src/shared/send';
import type * as WebauthnModule from '../../../src/shared/passkey/webauthn';

// The locked popup with a passkey slot: "Unlock with passkey" comes first; in the toolbar
// popup it hands the ceremony to the unlock window, elsewhere it runs it and unlocks.

const page = vi.hoisted(() => ({
  send: vi.fn<(type: string, payload: unknown) => Promise<unknown>>(),
  toolbar: false,
  assert: vi.fn(),
}));
vi.mock('webextension-polyfill', () => ({ default: {} }));
vi.mock('../../../src/shared/webext', async () =>
  (await import('../support/page-webext')).pageWebextModule(),
);
vi.mock('../../../src/shared/send', async (original) => ({
  ...(await original<typeof SendModule>()),
  sendFromPage: page.send,
}));
vi.mock('../../../src/popup/logic/toolbar-popup', () => ({
  isToolbarPopup: () => Promise.resolve(page.toolbar),
}));
vi.mock('../../../src/shared/passkey/webauthn', async (original) => ({
  ...(await original<typeof WebauthnModule>()),
  assertPasskey: page.assert,
}));

const { Unlock } = await import('../../../src/popup/views/Unlock');

const passkey = { slotId: 'a'.repeat(32), name: 'Key', credentialId: 'AAAA', prfSalt: 'BBBB' };

function answer(passkeys: readonly unknown[]) {
  page.send.mockImplementation((type: string) =>
    Promise.resolve(
      type === 'passkey/list'
        ? { passkeys }
        : type === 'sync/status'
          ? { enabled: false, passphraseChanged: false }
          : null,
    ),
  );
}

describe('unlock with passkey in the locked view', () => {
  const root = document.createElement('div');
  document.body.append(root);
  afterEach(() => {
    render(null, root);
    page.send.mockReset();
    page.assert.mockReset();
    page.toolbar = false;
  });

  const button = () =>
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'Unlock with passkey');

  it('comes before the passphrase field when a passkey opens the vault', async () => {
    answer([passkey]);
    render(h(Unlock, { onUnlocked: () => undefined }), root);
    await vi.waitFor(() => {
      expect(button()).toBeDefined();
    });
    const field = root.querySelector('input[type="password"]');
    const order = button()?.compareDocumentPosition(field as Node) ?? 0;
    expect(order & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('is not offered without a passkey', async () => {
    answer([]);
    render(h(Unlock, { onUnlocked: () => undefined }), root);
    await vi.waitFor(() => {
      expect(page.send).toHaveBeenCalledWith('passkey/list', null);
    });
    expect(button()).toBeUndefined();
  });

  it('runs the ceremony in a tab or window and unlocks with what the passkey gave', async () => {
    answer([passkey]);
    page.assert.mockResolvedValue({ credentialId: 'AAAA', prfOutput: 'CCCC' });
    const onUnlocked = vi.fn();
    render(h(Unlock, { onUnlocked }), root);
    await vi.waitFor(() => {
      expect(button()).toBeDefined();
    });
    button()?.click();
    await vi.waitFor(() => {
      expect(onUnlocked).toHaveBeenCalled();
    });
    expect(page.assert).toHaveBeenCalledWith([passkey]);
    expect(page.send).toHaveBeenCalledWith('vault/unlock-passkey', {
      credentialId: 'AAAA',
      prfOutput: 'CCCC',
    });
  });

  it('in the toolbar popup, opens the unlock window instead of a dialog that would close it', async () => {
    answer([passkey]);
    page.toolbar = true;
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    render(h(Unlock, { onUnlocked: () => undefined }), root);
    await vi.waitFor(() => {
      expect(button()).toBeDefined();
    });
    button()?.click();
    await vi.waitFor(() => {
      expect(page.send).toHaveBeenCalledWith('passkey/open-window', null);
    });
    expect(close).toHaveBeenCalled();
    expect(page.assert).not.toHaveBeenCalled();
    close.mockRestore();
  });
});
