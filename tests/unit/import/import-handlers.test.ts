import { beforeEach, describe, expect, it, vi } from 'vitest';
import { RequestError } from '../../../src/background/router';
import type { ExtensionPageSender } from '../../../src/background/sender';
import { emptyVault, type VaultData } from '../../../src/core/vault';
import type { ImportFound } from '../../../src/shared/model/imports';

// Issue 5: the popup's import handlers, with the vault, the tab scan and the image decoder
// replaced by fakes (no browser here); the held accounts and the vault change are real.
const fake = vi.hoisted(() => ({
  vault: null as VaultData | null,
  locked: false,
  scanTab: vi.fn(),
  decoded: null as { text: string } | null,
}));
vi.mock('webextension-polyfill', () => ({ default: {} }));
vi.mock('../../../src/background/vault/vault-service', () => ({
  vaultData: () => {
    if (fake.locked || !fake.vault) return Promise.reject(new RequestError('locked', 'Locked.'));
    return Promise.resolve({ data: fake.vault, recovered: false });
  },
  updateVault: (change: (data: VaultData) => VaultData) => {
    if (!fake.vault) return Promise.reject(new RequestError('locked', 'Locked.'));
    fake.vault = change(fake.vault);
    return Promise.resolve(fake.vault);
  },
}));
vi.mock('../../../src/background/import/scan-tab', () => ({ scanTab: fake.scanTab }));
vi.mock('../../../src/background/import/site-of-page', () => ({
  siteIdOfPage: (url: string) => Promise.resolve(url.includes('net2phone') ? 'sonar' : null),
}));
vi.mock('../../../src/background/qr/decode-image', () => ({
  MAX_IMAGE_DATA_URL_LENGTH: 1000,
  decodeQrInDataUrl: () => Promise.resolve(fake.decoded),
}));

const { importHandlers } = await import('../../../src/background/import/import-handlers');
const { forgetImportHolds } = await import('../../../src/background/import/import-holds');
const { testHookHandlers } = await import('../../../src/background/test-target-tab');

const popup: ExtensionPageSender = {
  kind: 'extension-page',
  url: 'chrome-extension://x/',
  tabId: null,
};
const uri =
  'otpauth://totp/Sonar:101%40org.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Sonar';

function scan(payload: unknown = null): Promise<ImportFound> {
  const handler = importHandlers['import/scan-tab'];
  return Promise.resolve(handler.handle(handler.parse(payload), popup));
}

function save(payload: unknown) {
  const handler = importHandlers['import/save'];
  return Promise.resolve(handler.handle(handler.parse(payload), popup));
}

async function scannedAccounts(): Promise<Extract<ImportFound, { status: 'accounts' }>> {
  const found = await scan();
  if (found.status !== 'accounts') throw new Error(`Expected accounts, got ${found.status}`);
  return found;
}

beforeEach(() => {
  fake.vault = emptyVault();
  fake.locked = false;
  fake.decoded = null;
  fake.scanTab.mockReset();
  fake.scanTab.mockResolvedValue({
    kind: 'found',
    text: uri,
    origin: 'https://my.net2phone.ca',
    url: 'https://my.net2phone.ca/profile',
    drawnByPage: true,
  });
  vi.stubGlobal('__TEST_HOOKS__', false);
});

describe('import/scan-tab', () => {
  it('previews the scanned account without its secret, bound to the page and its site', async () => {
    const found = await scannedAccounts();
    expect(found).toMatchObject({
      origin: 'https://my.net2phone.ca',
      notDrawnByPage: false,
      siteId: 'sonar',
      batch: null,
      failed: [],
      accounts: [
        { issuer: 'Sonar', account: '101@org.com', type: 'totp', digits: 6, duplicate: false },
      ],
    });
    expect(JSON.stringify(found)).not.toContain('JBSWY3DP');
    expect(fake.scanTab).toHaveBeenCalledWith(null);
  });

  it('binds nothing when the code was not drawn by the page itself (another site’s frame)', async () => {
    fake.scanTab.mockResolvedValue({
      kind: 'found',
      text: uri,
      origin: 'https://my.net2phone.ca',
      url: 'https://my.net2phone.ca/profile',
      drawnByPage: false,
    });
    const found = await scannedAccounts();
    expect(found).toMatchObject({ origin: null, notDrawnByPage: true });
    await save({ token: found.token, accounts: [{ index: 0, issuer: '', account: '' }] });
    expect(fake.vault?.entries).toMatchObject([{ account: '101@org.com', origins: [] }]);
  });

  it('passes on why there is nothing to save', async () => {
    fake.scanTab.mockResolvedValue({ kind: 'unscannable', reason: 'web-store' });
    expect(await scan()).toEqual({ status: 'unscannable', reason: 'web-store' });
    fake.scanTab.mockResolvedValue({ kind: 'no-code' });
    expect(await scan()).toEqual({ status: 'no-code' });
  });

  it('refuses to scan while the vault is locked', async () => {
    fake.locked = true;
    await expect(scan()).rejects.toMatchObject({ code: 'locked' });
    expect(fake.scanTab).not.toHaveBeenCalled();
  });

  it('scans the tab the test hook named, in test builds only', async () => {
    expect(() => importHandlers['import/scan-tab'].parse({ testTabId: 7 })).toThrow(RequestError);
    const aim = testHookHandlers['test/target-tab'];
    const page = { kind: 'extension-page', url: 'chrome-extension://x/', tabId: null } as const;
    await aim.handle(aim.parse({ tabId: 7 }), page);
    await scan();
    expect(fake.scanTab).toHaveBeenLastCalledWith(null);
    vi.stubGlobal('__TEST_HOOKS__', true);
    await scan();
    expect(fake.scanTab).toHaveBeenLastCalledWith(7);
    await aim.handle(aim.parse({ tabId: null }), page);
  });
});

describe('import/save', () => {
  it('stores the account with the edited name, bound to the scanned origin, once', async () => {
    const { token } = await scannedAccounts();
    const saved = await save({
      token,
      accounts: [{ index: 0, issuer: 'Sonar', account: 'Office' }],
    });
    expect(saved.alreadyStored).toBe(0);
    expect(fake.vault?.entries).toMatchObject([
      {
        id: saved.added[0],
        account: 'Office',
        origins: ['https://my.net2phone.ca'],
        siteId: 'sonar',
      },
    ]);
    // The token is spent: a second save finds nothing.
    await expect(
      save({ token, accounts: [{ index: 0, issuer: '', account: '' }] }),
    ).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('skips an account already stored and says so', async () => {
    await save({
      token: (await scannedAccounts()).token,
      accounts: [{ index: 0, issuer: '', account: '' }],
    });
    const again = await scannedAccounts();
    expect(again.accounts[0]?.duplicate).toBe(true);
    expect(
      await save({ token: again.token, accounts: [{ index: 0, issuer: '', account: '' }] }),
    ).toEqual({
      added: [],
      alreadyStored: 1,
    });
    expect(fake.vault?.entries).toHaveLength(1);
  });

  it('refuses an unknown index, the same index twice, and a token after a lock', async () => {
    const { token } = await scannedAccounts();
    await expect(
      save({ token, accounts: [{ index: 3, issuer: '', account: '' }] }),
    ).rejects.toMatchObject({
      code: 'bad-request',
    });
    const twice = [0, 0].map((index) => ({ index, issuer: '', account: '' }));
    expect(() => importHandlers['import/save'].parse({ token, accounts: twice })).toThrow(
      RequestError,
    );
    forgetImportHolds();
    await expect(
      save({ token, accounts: [{ index: 0, issuer: '', account: '' }] }),
    ).rejects.toMatchObject({
      code: 'not-found',
    });
    expect(fake.vault?.entries).toEqual([]);
  });
});

describe('import/decode-image', () => {
  const decode = (dataUrl: string) => {
    const handler = importHandlers['import/decode-image'];
    return Promise.resolve(handler.handle(handler.parse({ dataUrl }), popup));
  };

  it('says when the image holds no QR code', async () => {
    expect(await decode('data:image/png;base64,AAAA')).toEqual({ status: 'no-code' });
  });

  it('binds an account from an image to no origin and no site', async () => {
    fake.decoded = { text: uri };
    expect(await decode('data:image/png;base64,AAAA')).toMatchObject({
      status: 'accounts',
      origin: null,
      siteId: null,
    });
  });
});
