import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = await vi.hoisted(async () => {
  const { createFakeBrowser } = await import('./fake-browser');
  return createFakeBrowser();
});
vi.mock('webextension-polyfill', () => ({ default: fake.browser }));
const { local, scripts, granted, calls } = fake;

const { addPortal, listPortals, removePortal, syncPortals } =
  await import('../../../src/background/portals/portal-service');
const { siteProfileForUrl } = await import('../../../src/background/portals/profile-for-url');
const { watchManagedPolicy } = await import('../../../src/background/policy/managed-policy');
// As at the worker's start: a new policy replaces the one read before.
watchManagedPolicy(() => undefined);

// Issue 5: storage is the source of truth; content scripts follow it where permission allows.
describe('portal service', () => {
  const pattern = 'https://portal.example.com/*';
  const scriptIds = () => [...scripts.keys()];

  beforeEach(() => {
    fake.reset();
  });

  it('adds a granted portal: stored, and its content script registered like the static one', async () => {
    granted.add(pattern);
    const overview = await addPortal(pattern);
    expect(overview.portals).toMatchObject([{ pattern, granted: true }]);
    expect(overview.portals[0]?.addedAt).toBeGreaterThan(0);
    expect(overview.builtIn.map((profile) => profile.name)).toContain('Sonar (net2phone Canada)');
    expect([...scripts.values()]).toEqual([
      {
        id: `user-portal:${pattern}`,
        matches: [pattern],
        js: ['src/content/content-script.js'],
        runAt: 'document_idle',
        allFrames: false,
        persistAcrossSessions: true,
      },
    ]);
  });

  it('registers the package path when the manifest names the script by URL (Firefox)', async () => {
    fake.useFirefoxManifestUrls();
    granted.add(pattern);
    await addPortal(pattern);
    expect(scripts.get(`user-portal:${pattern}`)?.js).toEqual(['src/content/content-script.js']);
    const before = { ...calls };
    await syncPortals();
    expect(calls).toEqual(before);
  });

  it('refuses a portal the browser has not granted, and stores nothing', async () => {
    await expect(addPortal(pattern)).rejects.toMatchObject({ code: 'forbidden' });
    expect(local.has('portals')).toBe(false);
    expect(scriptIds()).toEqual([]);
  });

  it('refuses what is not a normalised pattern, or is covered already', async () => {
    granted.add('https://*.example.com/*');
    await expect(addPortal('portal.example.com')).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(addPortal('https://*/*')).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(addPortal('https://my.net2phone.ca/*')).rejects.toMatchObject({
      code: 'duplicate',
      message: 'Already covered by Sonar (net2phone Canada)',
    });
    await addPortal('https://*.example.com/*');
    await expect(addPortal(pattern)).rejects.toMatchObject({ code: 'duplicate' });
  });

  it('refuses an imitation of a built-in portal, and stores nothing', async () => {
    const homograph = 'https://xn--nt2phone-c8g.ca/*'; // net2phone.ca with a Cyrillic е
    granted.add(homograph);
    await expect(addPortal(homograph)).rejects.toMatchObject({ code: 'invalid-input' });
    expect(local.has('portals')).toBe(false);
    expect(scriptIds()).toEqual([]);
  });

  it('adding a stored portal again re-registers it, without a second entry', async () => {
    granted.add(pattern);
    await addPortal(pattern);
    scripts.clear();
    const overview = await addPortal(pattern);
    expect(overview.portals).toHaveLength(1);
    expect(scriptIds()).toEqual([`user-portal:${pattern}`]);
  });

  it('keeps the list unchanged when registration fails', async () => {
    granted.add(pattern);
    fake.failNextRegister();
    await expect(addPortal(pattern)).rejects.toThrow('registration failed');
    expect((await listPortals()).portals).toEqual([]);
  });

  it('removes: unregisters the script and gives the permission back', async () => {
    granted.add(pattern);
    await addPortal(pattern);
    const overview = await removePortal(pattern);
    expect(overview.portals).toEqual([]);
    expect(scriptIds()).toEqual([]);
    expect(granted.has(pattern)).toBe(false);
    await expect(removePortal(pattern)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('sync registers from storage, drops scripts of revoked or unknown portals, and is idempotent', async () => {
    const revoked = 'https://old.example.org/*';
    local.set('portals', [{ pattern, addedAt: 1 }, { pattern: revoked, addedAt: 2 }, 'unreadable']);
    granted.add(pattern);
    scripts.set(`user-portal:${revoked}`, { id: `user-portal:${revoked}`, matches: [revoked] });
    scripts.set('user-portal:https://gone.example.net/*', {
      id: 'user-portal:https://gone.example.net/*',
    });
    scripts.set('someone-else', { id: 'someone-else' });

    await syncPortals();
    expect(scriptIds().sort()).toEqual(['someone-else', `user-portal:${pattern}`]);
    const before = { ...calls };
    await syncPortals();
    expect(calls).toEqual(before);
    // The list is untouched by a sync, the unreadable item included.
    expect(local.get('portals')).toEqual([
      { pattern, addedAt: 1 },
      { pattern: revoked, addedAt: 2 },
      'unreadable',
    ]);
    expect((await listPortals()).portals.map((portal) => portal.granted)).toEqual([true, false]);
  });

  it('re-registers a script whose file changed (an update renamed the build output)', async () => {
    granted.add(pattern);
    await addPortal(pattern);
    scripts.set(`user-portal:${pattern}`, {
      ...scripts.get(`user-portal:${pattern}`),
      id: `user-portal:${pattern}`,
      js: ['assets/old-name.js'],
    });
    await syncPortals();
    expect(scripts.get(`user-portal:${pattern}`)?.js).toEqual(['src/content/content-script.js']);
  });

  it('adding keeps entries it could not read', async () => {
    local.set('portals', [{ pattern: 'https://*/*', addedAt: 1 }]);
    granted.add(pattern);
    await addPortal(pattern);
    expect(local.get('portals')).toMatchObject([
      { pattern },
      { pattern: 'https://*/*', addedAt: 1 },
    ]);
  });
});

describe('siteProfileForUrl', () => {
  beforeEach(() => {
    fake.reset();
  });

  it('prefers a built-in profile, then a user portal, else null', async () => {
    local.set('portals', [{ pattern: 'https://*.example.com/*', addedAt: 1 }]);
    expect((await siteProfileForUrl('https://my.net2phone.ca/login'))?.id).toBe('sonar');
    const user = await siteProfileForUrl('https://a.example.com:8443/x?y');
    expect(user).toMatchObject({ id: 'user-portal', name: '*.example.com' });
    expect(await siteProfileForUrl('http://a.example.com/')).toBeNull();
    expect(await siteProfileForUrl('https://example.org/')).toBeNull();
    expect(await siteProfileForUrl('not a url')).toBeNull();
  });
});

describe('portals from the organisation’s policy', () => {
  const managed = 'https://portal.example.org/*';

  beforeEach(() => {
    fake.reset();
    fake.setPolicy(null);
  });

  it('run only once the browser grants them, beside the user’s, and are not the user’s to remove', async () => {
    fake.setPolicy({ portals: ['portal.example.org', 'https://my.net2phone.ca'] });
    await syncPortals();
    // Sonar's address is built in already; the other waits for the user's "Allow access".
    expect((await listPortals()).managed).toEqual([{ pattern: managed, granted: false }]);
    expect(scripts.size).toBe(0);

    granted.add(managed);
    await syncPortals();
    expect((await listPortals()).managed).toEqual([{ pattern: managed, granted: true }]);
    expect([...scripts.keys()]).toEqual([`user-portal:${managed}`]);
    expect(await siteProfileForUrl('https://portal.example.org/login')).toMatchObject({
      id: 'user-portal',
      name: 'portal.example.org',
    });

    // The user added the same address by hand, then removed it: the organisation's stays.
    await addPortal(managed);
    await removePortal(managed);
    expect(granted.has(managed)).toBe(true);
    expect([...scripts.keys()]).toEqual([`user-portal:${managed}`]);
  });

  it('stop when the policy no longer names them', async () => {
    fake.setPolicy({ portals: ['portal.example.org'] });
    granted.add(managed);
    await syncPortals();
    expect(scripts.size).toBe(1);
    fake.setPolicy({});
    await syncPortals();
    expect(scripts.size).toBe(0);
    expect(await siteProfileForUrl('https://portal.example.org/login')).toBeNull();
  });
});
