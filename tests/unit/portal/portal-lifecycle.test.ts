import { request } from 'node:http';
import { generate } from 'otplib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type RunningPortal, SEEDED_USERS, startPortal } from '../../fixtures/portal/server';
import { newSecret } from '../../fixtures/portal/totp';
import type { SeededUser } from '../../fixtures/portal/users';

/**
 * The demo portal's account-lifecycle behaviours, over HTTP. Requests go through node:http
 * rather than fetch because fetch does not let a caller choose the Host header, and the sign-in
 * host is told apart by that header alone.
 */

const PERIOD = 30;
const BAD_CODE = 'That code is not valid. Check your authenticator app and try again.';
const [alex, sam] = SEEDED_USERS;
if (!alex || !sam) throw new Error('seeded users missing');

interface Answer {
  status: number;
  location: string | undefined;
  body: string;
  json: Record<string, unknown>;
}

/** One browser profile on one host name: its own cookie jar, as browsers keep cookies per host. */
class Client {
  private readonly cookies = new Map<string, string>();

  constructor(
    private readonly portal: RunningPortal,
    private readonly hostName = '127.0.0.1',
  ) {}

  get(path: string): Promise<Answer> {
    return this.send('GET', path);
  }

  post(path: string, body: unknown): Promise<Answer> {
    return this.send('POST', path, JSON.stringify(body));
  }

  private send(method: string, path: string, body?: string): Promise<Answer> {
    const headers: Record<string, string> = { host: `${this.hostName}:${this.portal.port}` };
    if (this.cookies.size > 0)
      headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    if (body !== undefined) headers['content-type'] = 'application/json';
    return new Promise((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: this.portal.port, method, path, headers },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            this.keepCookies(res.headers['set-cookie'] ?? []);
            const text = Buffer.concat(chunks).toString('utf8');
            const isJson = (res.headers['content-type'] ?? '').startsWith('application/json');
            resolve({
              status: res.statusCode ?? 0,
              location: res.headers.location,
              body: text,
              json: isJson ? (JSON.parse(text) as Record<string, unknown>) : {},
            });
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  private keepCookies(setCookies: readonly string[]): void {
    for (const line of setCookies) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      if (/;\s*Max-Age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, pair.slice(eq + 1).trim());
    }
  }
}

const codeAt = (secret: string, step: number): Promise<string> =>
  generate({ secret, epoch: step * PERIOD, period: PERIOD });

/** Sign-in up to the code step; answers the code step's verdict. */
async function signIn(client: Client, user: SeededUser, code: string): Promise<Answer> {
  const first = await client.post('/api/login', { login: user.login, password: user.password });
  expect(first.json).toEqual({ stage: 'code' });
  return client.post('/api/login/code', { code });
}

let portal: RunningPortal;
let tester: Client;

async function state(login: string): Promise<Record<string, unknown>> {
  return (await tester.get(`/__test__/state?login=${encodeURIComponent(login)}`)).json;
}

beforeAll(async () => {
  portal = await startPortal({ port: 0 });
  tester = new Client(portal);
});
afterAll(() => portal.close());
beforeEach(() => portal.reset());

describe('setting up 2FA again', () => {
  it('keeps the old secret live until Save succeeds with a code of the new one', async () => {
    const oldSecret = newSecret();
    await tester.post('/__test__/enable-mfa', { login: alex.login, secret: oldSecret });
    const now = Math.floor(Date.now() / 1000 / PERIOD);
    const owner = new Client(portal);
    expect((await signIn(owner, alex, await codeAt(oldSecret, now))).status).toBe(200);

    expect((await owner.get('/api/profile')).json.mfaEnabled).toBe(true);
    const setup = await owner.post('/api/mfa/setup', {});
    expect(setup.status).toBe(200);
    const pending = await state(alex.login);
    expect(pending).toMatchObject({ mfaEnabled: true, secret: oldSecret });
    const newSecretValue = pending.pendingSecret as string;
    expect(newSecretValue).not.toBe(oldSecret);

    // Not saved yet: the old secret still signs in (its next code, past the replay history).
    expect((await signIn(new Client(portal), alex, await codeAt(oldSecret, now + 1))).status).toBe(
      200,
    );
    // Save refuses a wrong password, and a code of the old secret.
    const wrongPassword = await owner.post('/api/mfa/enable', {
      code: await codeAt(newSecretValue, now),
      password: 'not it',
    });
    expect(wrongPassword.status).toBe(403);
    const oldCode = await owner.post('/api/mfa/enable', {
      code: await codeAt(oldSecret, now + 1),
      password: alex.password,
    });
    expect(oldCode.status).toBe(400);
    expect(await state(alex.login)).toMatchObject({
      secret: oldSecret,
      pendingSecret: newSecretValue,
    });

    // The new secret's first code is accepted although the old one already used a later step.
    const saved = await owner.post('/api/mfa/enable', {
      code: await codeAt(newSecretValue, now),
      password: alex.password,
    });
    expect(saved.status).toBe(200);
    expect(saved.json.message).toContain('Two-factor authentication is now on');
    expect(await state(alex.login)).toMatchObject({
      mfaEnabled: true,
      secret: newSecretValue,
      pendingSecret: null,
      lastAcceptedStep: now,
    });

    // Only the new secret signs in now; the old one's unused next code is refused.
    const oldAfter = await signIn(new Client(portal), alex, await codeAt(oldSecret, now + 1));
    expect(oldAfter.status).toBe(401);
    expect(oldAfter.json.error).toBe(BAD_CODE);
    const newAfter = await signIn(new Client(portal), alex, await codeAt(newSecretValue, now + 1));
    expect(newAfter.status).toBe(200);
  });

  it('keeps the old secret when the new setup is cancelled, with a fresh secret per click', async () => {
    const oldSecret = newSecret();
    await tester.post('/__test__/enable-mfa', { login: alex.login, secret: oldSecret });
    const now = Math.floor(Date.now() / 1000 / PERIOD);
    const owner = new Client(portal);
    expect((await signIn(owner, alex, await codeAt(oldSecret, now))).status).toBe(200);

    await owner.post('/api/mfa/setup', {});
    const first = (await state(alex.login)).pendingSecret;
    await owner.post('/api/mfa/setup', {});
    const second = (await state(alex.login)).pendingSecret;
    expect(second).not.toBe(first);
    expect((await owner.post('/api/mfa/cancel', {})).status).toBe(200);
    expect(await state(alex.login)).toMatchObject({ secret: oldSecret, pendingSecret: null });
    expect((await signIn(new Client(portal), alex, await codeAt(oldSecret, now + 1))).status).toBe(
      200,
    );
  });
});

describe('sign-in host', () => {
  it('moves the sign-in step to the sign-in host, keeping the query string', async () => {
    const own = await startPortal({ port: 0, signInHost: 'localhost' });
    try {
      expect(own.signInUrl).toBe(`http://localhost:${own.port}`);
      expect(own.url).toBe(`http://127.0.0.1:${own.port}`);
      const main = new Client(own);
      for (const path of ['/login?qr=svg', '/?qr=svg']) {
        const answer = await main.get(path);
        expect(answer.status).toBe(302);
        expect(answer.location).toBe(`http://localhost:${own.port}/login?qr=svg`);
      }
      // Without a session, the account pages send to /login, which then moves host.
      expect((await main.get('/app')).location).toBe('/login');

      const signInSide = new Client(own, 'localhost');
      const page = await signInSide.get('/login');
      expect(page.status).toBe(200);
      expect(page.body).toContain('login.js');
      const signedIn = await signInSide.post('/api/login', {
        login: alex.login,
        password: alex.password,
      });
      expect(signedIn.json).toEqual({ stage: 'signed-in' });
      expect((await signInSide.get('/app')).status).toBe(200);
      expect((await signInSide.get('/login')).location).toBe('/app');
    } finally {
      await own.close();
    }
  });

  it('can be turned on and off per test, and a reset restores the start-up setting', async () => {
    const main = new Client(portal);
    expect(portal.signInUrl).toBe(portal.url);
    expect((await main.get('/login')).status).toBe(200);

    const on = await tester.post('/__test__/sign-in-host', { host: 'login.localhost' });
    expect(on.json).toEqual({
      signInHost: 'login.localhost',
      signInUrl: `http://login.localhost:${portal.port}`,
    });
    expect(portal.signInUrl).toBe(`http://login.localhost:${portal.port}`);
    expect((await main.get('/login')).location).toBe(`http://login.localhost:${portal.port}/login`);
    expect((await new Client(portal, 'login.localhost').get('/login')).status).toBe(200);

    expect((await tester.post('/__test__/sign-in-host', { host: 'a/b' })).status).toBe(400);
    const off = await tester.post('/__test__/sign-in-host', { host: null });
    expect(off.json).toEqual({ signInHost: null, signInUrl: portal.url });
    expect((await main.get('/login')).status).toBe(200);

    await tester.post('/__test__/sign-in-host', { host: 'localhost' });
    portal.reset();
    expect(portal.signInUrl).toBe(portal.url);
  });
});

describe('refusing one code', () => {
  it('refuses the next right code once, without moving the replay history', async () => {
    const secret = newSecret();
    await tester.post('/__test__/enable-mfa', { login: sam.login, secret });
    const marked = await tester.post('/__test__/refuse-next-code', { login: sam.login });
    expect(marked.json).toMatchObject({ refuseNextCode: true });

    const client = new Client(portal);
    const code = await codeAt(secret, Math.floor(Date.now() / 1000 / PERIOD));
    const refused = await signIn(client, sam, code);
    expect(refused.status).toBe(401);
    expect(refused.json.error).toBe(BAD_CODE);
    expect(await state(sam.login)).toMatchObject({
      rejectedCodes: 1,
      acceptedCodes: 0,
      lastAcceptedStep: null,
      refuseNextCode: false,
    });

    // The very same code is verified normally the next time: the refusal left no replay trace.
    const accepted = await client.post('/api/login/code', { code });
    expect(accepted.status).toBe(200);
    expect(await state(sam.login)).toMatchObject({ rejectedCodes: 1, acceptedCodes: 1 });
  });

  it('answers 404 for an unknown login', async () => {
    const answer = await tester.post('/__test__/refuse-next-code', { login: 'nobody@x.test' });
    expect(answer.status).toBe(404);
  });
});
