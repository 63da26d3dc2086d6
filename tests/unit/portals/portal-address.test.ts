import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalisePortalAddress } from '../../../src/core/portals/portal-address';

// Issue 5: what a user may type as a portal address, and the pattern it becomes.
describe('normalisePortalAddress', () => {
  it.each([
    ['portal.example.com', 'https://portal.example.com/*'],
    ['https://portal.example.com', 'https://portal.example.com/*'],
    ['  https://Portal.Example.COM/login?next=/home#top ', 'https://portal.example.com/*'],
    ['https://portal.example.com:8443/', 'https://portal.example.com/*'],
    ['portal.example.com.', 'https://portal.example.com/*'],
    ['*.example.com', 'https://*.example.com/*'],
    ['https://*.example.com/', 'https://*.example.com/*'],
    ['https://*.example.com/*', 'https://*.example.com/*'],
    ['*.example.co.uk', 'https://*.example.co.uk/*'],
    ['https://bücher.example', 'https://xn--bcher-kva.example/*'],
    ['https://192.168.1.10/', 'https://192.168.1.10/*'],
    ['http://localhost:8080/login', 'http://localhost/*'],
    ['localhost:8080', 'https://localhost/*'],
    ['http://portal.localhost', 'http://portal.localhost/*'],
    ['http://127.0.0.1:8460', 'http://127.0.0.1/*'],
    ['HTTP://127.0.0.1', 'http://127.0.0.1/*'],
  ])('accepts %j as %s', (input, pattern) => {
    expect(normalisePortalAddress(input)).toEqual({ ok: true, pattern });
  });

  it.each([
    ['', 'empty', ''],
    ['   ', 'empty', ''],
    ['http://portal.example.com', 'insecure-http', 'portal.example.com'],
    ['http://192.168.1.10', 'insecure-http', '192.168.1.10'],
    ['http://127.0.0.2', 'loopback-host', '127.0.0.2'],
    ['ftp://portal.example.com', 'scheme', 'ftp://portal.example.com'],
    ['javascript:alert(1)', 'scheme', 'javascript:alert(1)'],
    ['file:///etc/passwd', 'scheme', 'file:///etc/passwd'],
    ['*', 'too-broad', '*'],
    ['https://*/*', 'too-broad', 'https://*/*'],
    ['*.com', 'too-broad', '*.com'],
    ['https://*.co.uk/', 'too-broad', '*.co.uk'],
    ['*.localhost', 'too-broad', '*.localhost'],
    ['portal.*.com', 'wildcard', 'portal.*.com'],
    ['*portal.example.com', 'wildcard', '*portal.example.com'],
    ['*.*.example.com', 'wildcard', '*.*.example.com'],
    ['*.192.168.1.10', 'wildcard', '*.192.168.1.10'],
    ['portal', 'incomplete-host', 'portal'],
    ['hello world', 'invalid', 'hello world'],
    ['https://user:pass@portal.example.com', 'invalid', 'https://user:pass@portal.example.com'],
    ['https://[::1]/', 'invalid', 'https://[::1]/'],
    ['https://', 'invalid', 'https://'],
    ['...', 'invalid', '...'],
    ['-portal.example.com', 'invalid', '-portal.example.com'],
    ['portal_x.example.com', 'invalid', 'portal_x.example.com'],
    ['1.2.3', 'invalid', '1.2.3'],
    ['0x7f.1', 'invalid', '0x7f.1'],
    ['portal.example.123', 'invalid', 'portal.example.123'],
  ])('refuses %j: %s', (input, problem, subject) => {
    expect(normalisePortalAddress(input)).toEqual({ ok: false, problem, subject });
  });

  it('never throws, and every pattern it returns is its own normal form', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.domain()), (input) => {
        const result = normalisePortalAddress(input);
        if (result.ok) {
          expect(result.pattern).toMatch(/^https?:\/\/(\*\.)?[a-z0-9.-]+\/\*$/);
          expect(normalisePortalAddress(result.pattern)).toEqual(result);
        }
      }),
    );
  });

  it('gives plain http only to loopback hosts', () => {
    fc.assert(
      fc.property(fc.domain(), (domain) => {
        const result = normalisePortalAddress(`http://${domain}`);
        if (result.ok) expect(result.pattern).toMatch(/^http:\/\/([a-z0-9-]+\.)*localhost\/\*$/);
      }),
    );
  });
});
