import type { SiteProfile } from './site-profile';

/**
 * net2phone Canada's Sonar client portal. Host names and markup of the real portal are not
 * known to us (DESIGN 1), so patterns are broad and selectors are hints only. The sign-in page
 * is reached from https://net2phone.ca/client-login.
 */
export const sonar: SiteProfile = {
  id: 'sonar',
  name: 'Sonar (net2phone Canada)',
  matches: ['https://*.net2phone.ca/*', 'https://*.versature.com/*'],
  issuers: ['Sonar', 'net2phone', 'net2phone Canada', 'Versature'],
  enrollment: {
    revealButtonTexts: ['Set Up Google Authenticator', 'Configurer Google Authenticator'],
    codeFieldLabels: [
      'code generated from the QR',
      'verification code',
      'authenticator code',
      'code de vérification',
    ],
    codeFieldSelectors: ['input[autocomplete="one-time-code"]', 'input[name*="code" i]'],
    qrContainerSelectors: ['[role="dialog"] img', '[role="dialog"] canvas', '[role="dialog"] svg'],
  },
  signIn: {
    codeFieldLabels: ['verification code', 'authentication code', 'code de vérification'],
    codeFieldSelectors: ['input[autocomplete="one-time-code"]', 'input[name*="code" i]'],
  },
  // Sonar's help article: "Once you have saved your changes and Sonar has refreshed, sign out
  // and then sign in again to test if the two-factor authentication enablement worked."
  afterSetUp: {
    en: 'Two-factor authentication is on. As Sonar recommends, sign out and then sign in again to test it: Authenticator will fill the code.',
    fr: 'L’authentification à deux facteurs est activée. Comme Sonar le recommande, déconnectez-vous puis reconnectez-vous pour la tester : Authenticator remplira le code.',
  },
  notices: {
    // Sonar's help article: "Two-Factor Authentication (2FA) is currently not compatible
    // with Insights. If you require access to Sonar Insights, do not enable 2FA."
    insights: {
      short: {
        en: 'Insights not available while 2FA is on',
        fr: 'Insights n’est pas disponible tant que la 2FA est activée',
      },
      full: {
        en: 'Two-factor authentication is currently not compatible with Sonar Insights. If you need access to Sonar Insights, do not enable two-factor authentication on this account for now.',
        fr: 'L’authentification à deux facteurs n’est actuellement pas compatible avec Sonar Insights. Si vous avez besoin d’accéder à Sonar Insights, n’activez pas l’authentification à deux facteurs sur ce compte pour le moment.',
      },
      acknowledge: {
        en: 'I understand that Sonar Insights will not be available with 2FA on',
        fr: 'Je comprends que Sonar Insights ne sera pas disponible avec la 2FA activée',
      },
    },
  },
};
