import type { SiteProfile } from './site-profile';

/**
 * The site profile of a portal the user added in Options -> Portals. Nothing is known
 * about its markup, so it carries only generic hints, in the languages our users sign in with,
 * and no notices (those belong to a site we know, such as Sonar's Insights warning). Generic
 * detection does the rest, as it does behind Sonar's hints.
 */

export const USER_PORTAL_ID = 'user-portal';

const codeFieldLabels = [
  'verification code',
  'authentication code',
  'authenticator code',
  'security code',
  'one-time code',
  'one-time password',
  'code de vérification',
  'code d’authentification',
  'code de sécurité',
  'code à usage unique',
];

const codeFieldSelectors = [
  'input[autocomplete="one-time-code"]',
  'input[name*="otp" i]',
  'input[id*="otp" i]',
  'input[name*="totp" i]',
];

export function userPortalProfile(pattern: string): SiteProfile {
  return {
    id: USER_PORTAL_ID,
    name: describePortalPattern(pattern),
    matches: [pattern],
    issuers: [],
    enrollment: {
      revealButtonTexts: [
        'authenticator app',
        'Google Authenticator',
        'application d’authentification',
      ],
      codeFieldLabels,
      codeFieldSelectors,
      qrContainerSelectors: [],
    },
    signIn: { codeFieldLabels, codeFieldSelectors },
    notices: {},
  };
}

/**
 * How a portal pattern reads to a person: `portal.example.com`, `*.example.com`, and the scheme
 * only when it is not https (`http://localhost`), since plain http is the exception.
 */
export function describePortalPattern(pattern: string): string {
  const parts = /^(https?):\/\/([^/]+)\/\*$/.exec(pattern);
  if (!parts) return pattern;
  const [, scheme, host = ''] = parts;
  return scheme === 'https' ? host : `${scheme}://${host}`;
}
