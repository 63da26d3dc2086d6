import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SHARED_HOSTING_SUFFIXES } from '../../../src/core/lookalike/shared-hosting';
import { checkNewPortal } from '../../../src/core/portals/new-portal-check';
import { sonar } from '../../../src/sites/sonar';

// Options -> Portals: addresses that are well formed but would put the extension's capture and
// fill on strangers' pages (shared hosting) or on an imitation of a built-in portal.
const builtIn = [{ name: sonar.name, matches: sonar.matches }];
const check = (address: string) => checkNewPortal(address, { builtIn, portals: [] });

const label = fc.stringMatching(/^[a-z][a-z0-9]{0,14}$/);
const suffix = fc.constantFrom(...SHARED_HOSTING_SUFFIXES);

describe('shared-hosting addresses', () => {
  it.each([
    ['*.github.io', 'github.io'],
    ['https://*.pages.dev/', 'pages.dev'],
    ['*.netlify.app', 'netlify.app'],
    ['*.vercel.app', 'vercel.app'],
    ['*.herokuapp.com', 'herokuapp.com'],
    ['*.web.app', 'web.app'],
    ['*.blogspot.com', 'blogspot.com'],
    ['github.io', 'github.io'],
    // A wildcard above one covers all of it.
    ['*.amazonaws.com', 's3.amazonaws.com'],
    ['*.core.windows.net', 'blob.core.windows.net'],
  ])('%s spans %s: added only once the risk is confirmed', (address, spanned) => {
    expect(check(address)).toMatchObject({
      ok: true,
      risks: [{ kind: 'shared-hosting', suffix: spanned }],
    });
  });

  it('warns of every listed suffix under a wildcard, and of none for one site there', () => {
    fc.assert(
      fc.property(suffix, label, (shared, site) => {
        expect(check(`*.${shared}`)).toMatchObject({ ok: true, risks: [{ suffix: shared }] });
        // `alice.github.io` has one publisher, like any domain; so do its subdomains.
        expect(check(`${site}.${shared}`)).toMatchObject({ ok: true, risks: [] });
        expect(check(`*.${site}.${shared}`)).toMatchObject({ ok: true, risks: [] });
      }),
    );
  });

  it('leaves ordinary domains alone, and still refuses a wildcard over a public suffix', () => {
    expect(check('*.example.com')).toMatchObject({ ok: true, risks: [] });
    expect(check('portal.example.co.uk')).toMatchObject({ ok: true, risks: [] });
    expect(check('*.io')).toMatchObject({ ok: false, problem: 'too-broad' });
  });
});

describe('look-alikes of a built-in portal', () => {
  it.each([
    ['nеt2phone.ca', 'net2phone.ca'], // Cyrillic е
    ['*.nеt2phone.ca', 'net2phone.ca'],
    ['https://xn--nt2phone-c8g.ca/', 'net2phone.ca'], // the same, as punycode
    ['vеrsature.com', 'versature.com'],
    ['net2ph0ne.ca', 'net2phone.ca'],
  ])('refuses %s, which imitates %s with look-alike characters', (address, domain) => {
    expect(check(address)).toMatchObject({
      ok: false,
      problem: 'homograph',
      domain,
      owner: sonar.name,
    });
  });

  it.each([
    ['net2phone.com', 'net2phone.ca', 'other-suffix'],
    ['versature.co', 'versature.com', 'other-suffix'],
    ['net2phnoe.ca', 'net2phone.ca', 'similar-spelling'],
    ['net2phone-login.com', 'net2phone.ca', 'embedded-name'],
    ['portal.net2phone.ca.example.com', 'net2phone.ca', 'embedded-name'],
  ])('warns of %s, which resembles %s (%s) but may be a real site', (address, domain, reason) => {
    const result = check(address);
    expect(result).toMatchObject({ ok: true, risks: [{ kind: 'lookalike', domain }] });
    expect(result.ok && result.risks[0]?.kind === 'lookalike' && result.risks[0].reasons).toContain(
      reason,
    );
  });

  it('refuses any built-in domain with one letter swapped for a Cyrillic or Greek double', () => {
    const doubles: Record<string, readonly string[]> = {
      a: ['а', 'α'],
      e: ['е'],
      o: ['о', 'ο'],
      p: ['р', 'ρ'],
      c: ['с'],
      t: ['т', 'τ'],
      u: ['υ'],
      s: ['ѕ'],
      v: ['ν'],
      h: ['һ'],
    };
    const domains = ['net2phone.ca', 'versature.com'];
    fc.assert(
      fc.property(
        fc.constantFrom(...domains),
        fc.nat(),
        fc.constantFrom('', '*.', 'portal.', 'https://'),
        (domain, pick, prefix) => {
          const name = domain.slice(0, domain.indexOf('.')); // ASCII: one code unit a letter
          const swappable = Array.from(name, (char, index) =>
            (doubles[char] ?? []).map((double) => ({ index, double })),
          ).flat();
          const swap = swappable[pick % swappable.length];
          if (!swap) return;
          const faked =
            name.slice(0, swap.index) +
            swap.double +
            name.slice(swap.index + 1) +
            domain.slice(name.length);
          expect(check(`${prefix}${faked}`)).toMatchObject({
            ok: false,
            problem: 'homograph',
            domain,
          });
        },
      ),
    );
  });

  it('says nothing of an unrelated domain', () => {
    fc.assert(
      fc.property(fc.domain(), (domain) => {
        const result = check(domain);
        if (!result.ok || /net2|phone|versa|ture/.test(domain)) return;
        expect(result.risks.filter((risk) => risk.kind === 'lookalike')).toEqual([]);
      }),
    );
  });
});
