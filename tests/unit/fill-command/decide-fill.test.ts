import { describe, expect, it } from 'vitest';
import { decideFill } from '../../../src/background/fill-command/decide-fill';
import { entry } from './entries';

// Issue 6, DESIGN 4.3: a fill on demand offers only accounts bound to exactly the page's
// origin, in a secure context; a look-alike of a bound origin is named and gets nothing.
const portal = 'https://portal.net2phone.ca';
const shop = 'https://shop.example.com';
const alice = entry('alice', [portal]);
const bob = entry('bob', [portal]);
const carol = entry('carol', [shop]);

describe('decideFill', () => {
  it('fills the one account bound to the page', () => {
    expect(decideFill(`${portal}/login?step=2`, [carol, alice], null)).toEqual({
      kind: 'fill',
      entry: alice,
      origin: portal,
    });
  });

  it('asks which when several accounts are bound, and offers only those', () => {
    expect(decideFill(`${portal}/`, [alice, carol, bob], null)).toEqual({
      kind: 'choose',
      entries: [alice, bob],
    });
  });

  it('fills the chosen account when it is bound to the page', () => {
    expect(decideFill(`${portal}/`, [alice, bob], 'bob')).toMatchObject({
      kind: 'fill',
      entry: bob,
    });
  });

  it('never fills a chosen account bound to another origin', () => {
    expect(decideFill(`${portal}/`, [alice, carol], 'carol')).toEqual({
      kind: 'no-account',
      origin: portal,
    });
  });

  it.each([
    ['another port', 'https://portal.net2phone.ca:8443/'],
    ['another scheme', 'http://portal.net2phone.ca/'],
    ['a sibling host', 'https://admin.net2phone.ca/'],
    ['an unrelated site', 'https://weather.test/'],
  ])('offers nothing on %s', (_name, url) => {
    const decision = decideFill(url, [alice, carol], null);
    expect(['no-account', 'insecure']).toContain(decision.kind);
    expect(decision.kind).not.toBe('fill');
  });

  it('names a look-alike of a bound origin, with the origin it imitates', () => {
    expect(decideFill('https://portal.net2ph0ne.ca/login', [carol, alice], null)).toEqual({
      kind: 'lookalike',
      origin: 'https://portal.net2ph0ne.ca',
      boundOrigin: portal,
    });
  });

  it('accepts loopback http as a secure context, and refuses other plain http', () => {
    const local = entry('local', ['http://127.0.0.2:8080']);
    expect(decideFill('http://127.0.0.2:8080/signin', [local], null)).toMatchObject({
      kind: 'fill',
    });
    const plain = entry('plain', ['http://intranet.example']);
    expect(decideFill('http://intranet.example/', [plain], null)).toEqual({ kind: 'insecure' });
  });

  it.each(['chrome://extensions/', 'about:blank', 'file:///tmp/x.html', 'not a url'])(
    'cannot fill %s',
    (url) => {
      expect(decideFill(url, [alice], null)).toEqual({ kind: 'unavailable' });
    },
  );
});
