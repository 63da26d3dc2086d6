import type { NegativeSignal } from './index';

/**
 * Words that tell a one-time-code field from the other inputs of a page, as data.
 * Written naturally (accents, spaces, hyphens); content/fields/text.ts folds case, accents and
 * separators before comparing, so "Code de vérification", "code_de_verification" and
 * "codeDeVerification" all match "code de vérification".
 *
 * Sources consulted (their words, not their code):
 * - Bitwarden `apps/browser/src/autofill/services/autofill-constants.ts`: TotpFieldNames,
 *   AmbiguousTotpFieldNames, RecoveryCodeFieldNames, SearchFieldNames, FieldIgnoreList.
 * - KeePassXC-Browser `keepassxc-browser/content/totp-field.js`: acceptedOTPFields and the
 *   ignore pattern (bank/coupon/postal/user/zip code, encode/decode, comment).
 * - 2FAS `src/partials/inputsSelectors.js`: multilingual placeholders and its exclusions
 *   (coupon, newsletter, search, card).
 * - Proton Pass (`packages/pass/fathom`): MFA/OTP attribute patterns in several languages and
 *   its "outliers" (resend, sms, phone/e-mail pins).
 */

/** Specific to second-factor codes: strong evidence wherever they appear. */
export const STRONG_KEYWORDS: readonly string[] = [
  // English
  'otp',
  'totp',
  'one-time code',
  'one time passcode',
  'one-time password',
  'onetimecode',
  'onetimepassword',
  '2fa',
  'tfa',
  'mfa',
  'two-factor',
  'twofactor',
  '2-factor',
  'second factor',
  'two-step',
  '2-step',
  'multi-factor',
  'multifactor',
  'authenticator',
  'authentication code',
  'auth code',
  'authcode',
  'verification code',
  'verificationcode',
  'security code',
  'securitycode',
  'passcode',
  'approvals code',
  'login code',
  'totpcode',
  'otpcode',
  'mfacode',
  '2facode',
  // French
  'code de vérification',
  'code à usage unique',
  'mot de passe à usage unique',
  'code d’authentification',
  "code d'authentification",
  'code de sécurité',
  'authentificateur',
  'double authentification',
  'deux facteurs',
  'double facteur',
  'validation en deux étapes',
  // Spanish
  'código de verificación',
  'código de seguridad',
  'código de un solo uso',
  'código de autenticación',
  'autenticador',
  'dos factores',
  'doble factor',
  'verificación en dos pasos',
  // Portuguese
  'código de verificação',
  'código de segurança',
  'código de autenticação',
  'dois fatores',
  'verificação em duas etapas',
  // German
  'bestätigungscode',
  'verifizierungscode',
  'sicherheitscode',
  'einmalcode',
  'einmalpasswort',
  'authentifizierungscode',
  'zwei-faktor',
  'zweifaktor',
  'authentifikator',
  // Italian
  'codice di verifica',
  'codice di sicurezza',
  'codice monouso',
  'codice di autenticazione',
  'autenticatore',
  'due fattori',
  // Dutch
  'verificatiecode',
  'beveiligingscode',
  'eenmalige code',
  'authenticatiecode',
  'tweestapsverificatie',
  'twee-factor',
  // A few more, from 2FAS's list
  'kod weryfikacyjny',
  'verifieringskod',
  '認証コード',
  '確認コード',
  '验证码',
  '驗證碼',
  '인증 코드',
];

/** Often on code fields, but also elsewhere: weak evidence alone. */
export const WEAK_KEYWORDS: readonly string[] = [
  'code',
  'otc',
  'pin',
  'token',
  'challenge',
  'verification',
  'verify',
  'digit',
  'digits',
  'chiffres',
  'dígitos',
  'cifre',
  'cijfers',
  'ziffern',
  'código',
  'codice',
  'kod',
  'authentication',
  'authentification',
  'autenticación',
  'autenticação',
  'authentifizierung',
];

export const NEGATIVE_SIGNALS: readonly NegativeSignal[] = [
  {
    reason: 'recovery',
    own: 120,
    context: 15,
    keywords: [
      'recovery',
      'backup',
      'scratch code',
      'rescue code',
      'emergency code',
      'récupération',
      'code de secours',
      'recuperación',
      'recuperação',
      'wiederherstellung',
      'notfallcode',
      'ersatzcode',
      'codice di recupero',
      'herstelcode',
    ],
  },
  {
    reason: 'sms',
    own: 60,
    context: 20,
    keywords: ['sms', 'smscode', 'text message', 'texted', 'message texte', 'mensaje de texto'],
  },
  {
    reason: 'phone',
    own: 60,
    context: 10,
    keywords: [
      'phone',
      'phonenumber',
      'telephone',
      'téléphone',
      'mobile',
      'cell',
      'cellulaire',
      'teléfono',
      'telefone',
      'telefon',
      'telefono',
      'handy',
      'country code',
      'area code',
      'dial code',
    ],
  },
  {
    reason: 'email',
    own: 60,
    context: 20,
    keywords: ['email', 'e-mail', 'emailcode', 'courriel', 'correo', 'mail address'],
  },
  {
    reason: 'coupon',
    own: 120,
    context: 20,
    keywords: [
      'coupon',
      'promo',
      'promocode',
      'promotion',
      'voucher',
      'gift',
      'giftcard',
      'discount',
      'referral',
      'invite',
      'invitation',
      'redeem',
      'code promo',
      'bon de réduction',
      'cupón',
      'gutschein',
      'rabatt',
    ],
  },
  {
    reason: 'postal',
    own: 120,
    context: 10,
    keywords: [
      'postal',
      'zip',
      'zipcode',
      'postcode',
      'post code',
      'code postal',
      'código postal',
      'plz',
      'postleitzahl',
    ],
  },
  {
    reason: 'search',
    own: 120,
    context: 0,
    keywords: ['search', 'query', 'recherche', 'rechercher', 'buscar', 'suche', 'find'],
  },
  { reason: 'captcha', own: 120, context: 0, keywords: ['captcha', 'recaptcha', 'hcaptcha'] },
  {
    reason: 'password',
    own: 60,
    context: 0,
    yieldsToStrong: true,
    keywords: [
      'password',
      'passwd',
      'mot de passe',
      'contraseña',
      'senha',
      'passwort',
      'kennwort',
      'wachtwoord',
    ],
  },
  {
    reason: 'username',
    own: 60,
    context: 0,
    yieldsToStrong: true,
    keywords: [
      'username',
      'user name',
      'userid',
      'user id',
      'login',
      'identifiant',
      'nom d’utilisateur',
      'usuario',
      'benutzername',
    ],
  },
  {
    reason: 'card',
    own: 60,
    context: 15,
    keywords: ['card', 'cvv', 'cvc', 'csc', 'credit', 'carte', 'tarjeta', 'karte', 'expiry'],
  },
  {
    reason: 'other-code',
    own: 60,
    context: 0,
    keywords: [
      'bank code',
      'sort code',
      'iban',
      'swift',
      'routing',
      'activation',
      'device code',
      'user code',
      'product key',
      'license',
      'serial',
      'encode',
      'decode',
      'comment',
      'amount',
      'quantity',
    ],
  },
  {
    // Proton Pass's "outliers": a resend link is a code sent by SMS or e-mail, not an app's.
    reason: 'resend',
    own: 0,
    context: 10,
    keywords: ['resend', 'send again', 'renvoyer', 'reenviar', 'erneut senden'],
  },
];

/**
 * anchorPattern(STRONG_KEYWORDS.map(anchorOf)), written out (content/fields/anchor-pattern.ts
 * says why);
 * tests/unit/fields/code-word-anchors.test.ts fails with the new value when keywords change.
 */
export const STRONG_ANCHOR_PATTERN =
  '(?:o(?:tp|netime(?:code|pass(?:code|word)))|t(?:otp|fa|w(?:o(?:factor|step)|ee(?:stapsverificatie|factor)))|2(?:fa|step)|m(?:fa|ultifactor|otdepasseausageunique)|s(?:ec(?:ondfactor|uritycode)|icherheitscode)|a(?:ut(?:h(?:enti(?:cat(?:or|i(?:oncode|ecode))|fi(?:cateur|zierungscode|kator))|code)|entica(?:dor|tore))|pprovalscode)|v(?:erifi(?:ca(?:ti(?:oncode|ecode)|c(?:ionendospasos|aoemduasetapas))|zierungscode|eringskod)|alidationendeuxetapes)|passcode|logincode|cod(?:e(?:d(?:e(?:verification|securite)|authentification)|ausageunique)|i(?:gode(?:verificac(?:ion|ao)|segur(?:idad|anca)|unsolouso|autenticac(?:ion|ao))|ce(?:di(?:verifica|sicurezza|autenticazione)|monouso)))|d(?:o(?:uble(?:authentification|facteur)|sfactores|blefactor|isfatores)|euxfacteurs|uefattori)|be(?:statigungscode|veiligingscode)|e(?:inmal(?:code|passwort)|enmaligecode)|zweifaktor|kodweryfikacyjny|認証コート|確認コート|验证码|驗證碼|인증코드)';
