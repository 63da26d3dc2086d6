import { generateSync } from 'otplib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RequestError } from '../../../src/background/router';
import type { ContentScriptSender } from '../../../src/background/sender';
import { ROLLOVER_MARGIN_MS } from '../../../src/core/fill-policy';
import { emptyVault, type VaultData } from '../../../src/core/vault';
import type { CaptureFound, CaptureSaved } from '../../../src/shared/model/capture';

// "Save to Authenticator" answers with the code to fill only as the fill policy
// (core/fill-policy.ts) allows it on the asking frame: never an HOTP code, and the next
// period's code inside the rollover margin. The vault, the settings and the portal check are
// fakes here; the handler, the policy and the vault change are real.
const fake = vi.hoisted(() => ({ vault: null as VaultData | null, qr: '' }));
vi.mock('webextension-polyfill', () => ({ default: {} }));
vi.mock('../../../src/background/vault/vault-service', () => ({
  vaultState: () => Promise.resolve('unlocked'),
  vaultData: () => Promise.resolve({ data: fake.vault, recovered: false }),
  updateVault: (change: (data: VaultData) => VaultData) => {
    if (!fake.vault) return Promise.reject(new RequestError('locked', 'Locked.'));
    fake.vault = change(fake.vault);
    return Promise.resolve(fake.vault);
  },
}));
vi.mock('../../../src/background/settings', () => ({
  settingsItem: {
    get: () =>
      Promise.resolve({ fillOnSignIn: true, copyAfterFill: false, submitAfterFillOrigins: [] }),
  },
}));
vi.mock('../../../src/background/policy/managed-policy', async () => {
  const { noPolicy } = await import('../../../src/core/policy/policy');
  return { currentPolicy: () => Promise.resolve(noPolicy) };
});
vi.mock('../../../src/background/portals/portal-frame', () => ({
  portalFrame: () => Promise.resolve({ id: 'sonar', notices: {} }),
}));
vi.mock('../../../src/background/capture/unlock-window', () => ({
  unlockForFrame: () => Promise.resolve(),
}));
vi.mock('../../../src/background/qr/decode-image', () => ({
  MAX_CROP_DATA_URL_LENGTH: 1000,
  decodeQrFillingImage: () => Promise.resolve({ text: fake.qr }),
}));

const { captureHandlers } = await import('../../../src/background/capture/capture-handlers');

const SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const portal: ContentScriptSender = {
  kind: 'content-script',
  tabId: 1,
  frameId: 0,
  origin: 'https://portal.net2phone.ca',
  url: 'https://portal.net2phone.ca/profile',
  isTopFrame: true,
  isSecureContext: true,
};

async function captureThenSave(qr: string): Promise<CaptureSaved> {
  fake.qr = qr;
  const decode = captureHandlers['capture/decode'];
  const found: CaptureFound = await decode.handle(
    decode.parse({ image: 'data:image/png;base64,' }),
    portal,
  );
  if (found.status !== 'account') throw new Error(`Expected an account, got ${found.status}`);
  const save = captureHandlers['capture/save'];
  const request = { token: found.token, issuer: '', account: '', acknowledged: false };
  return save.handle(save.parse({ ...request, allowHere: false }), portal);
}

const totpCode = (at: number) =>
  generateSync({ secret: SECRET, epoch: Math.floor(at / 1000), period: 30, digits: 6 });

beforeEach(() => {
  fake.vault = emptyVault();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('capture/save', () => {
  it('gives the current TOTP code to fill, and when it stops being valid', async () => {
    const periodEnd = 1_700_000_010_000;
    vi.useFakeTimers({ now: periodEnd - 20_000, toFake: ['Date'] });
    const saved = await captureThenSave(`otpauth://totp/Sonar:a?secret=${SECRET}&issuer=Sonar`);
    expect(saved).toMatchObject({
      status: 'saved',
      code: totpCode(periodEnd - 20_000),
      validUntil: periodEnd,
    });
  });

  it('gives the next code inside the rollover margin, as every fill does', async () => {
    const periodEnd = 1_700_000_010_000;
    vi.useFakeTimers({ now: periodEnd - ROLLOVER_MARGIN_MS + 1, toFake: ['Date'] });
    const saved = await captureThenSave(`otpauth://totp/Sonar:a?secret=${SECRET}&issuer=Sonar`);
    expect(saved).toMatchObject({
      status: 'saved',
      code: totpCode(periodEnd),
      validUntil: periodEnd + 30_000,
    });
  });

  it('saves an HOTP account but gives no code: the policy never fills one', async () => {
    const saved = await captureThenSave(
      `otpauth://hotp/Sonar:a?secret=${SECRET}&issuer=Sonar&counter=4`,
    );
    expect(saved).toMatchObject({ status: 'saved', code: null, validUntil: null });
    expect(fake.vault?.entries).toHaveLength(1);
  });
});

describe('2FA set up again on the same portal', () => {
  const NEW_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
  const uri = (secret: string) =>
    `otpauth://totp/Sonar:101%40organization.com?secret=${secret}&issuer=Sonar`;

  it('names the account it replaces, saves beside it, and fills the new key’s code', async () => {
    // Mid-period: the code to fill is the current one, not the next (rollover margin).
    const now = 1_700_000_010_000 - 20_000;
    vi.useFakeTimers({ now, toFake: ['Date'] });
    await captureThenSave(uri(SECRET));
    fake.qr = uri(NEW_SECRET);
    const decode = captureHandlers['capture/decode'];
    const found = await decode.handle(decode.parse({ image: 'data:image/png;base64,' }), portal);
    expect(found).toMatchObject({
      status: 'account',
      duplicate: false,
      replaces: { issuer: 'Sonar', account: '101@organization.com' },
    });
    const saved = await captureThenSave(uri(NEW_SECRET));
    expect(saved).toMatchObject({ status: 'set-up-again' });
    const entries = fake.vault?.entries ?? [];
    expect(entries.map((entry) => entry.standby?.kind ?? 'current')).toEqual([
      'unconfirmed',
      'current',
    ]);
    const code = saved.status === 'set-up-again' ? saved.code : null;
    expect(code).toBe(generateSync({ secret: NEW_SECRET, epoch: now / 1000, digits: 6 }));

    // The portal's own Save seen: the new key is the one filled from now on.
    const confirm = captureHandlers['capture/portal-saved'];
    await confirm.handle(confirm.parse({ id: entries[0]?.id }), portal);
    expect(fake.vault?.entries.map((entry) => entry.standby?.kind ?? 'current')).toEqual([
      'current',
      'replaced',
    ]);
  });
});
