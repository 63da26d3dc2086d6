/**
 * Words that tell a one-time-code field from the other inputs of a page, as data.
 * Written naturally (accents, spaces, hyphens); text.ts folds case, accents and separators
 * before comparing, so "Code de vérification", "code_de_verification" and
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

export interface NegativeSignal {
  /** Short id used in score reasons ("neg:recovery"). */
  readonly reason: string;
  /** Penalty when the field's own name, label or placeholder says it. */
  readonly own: number;
  /** Penalty when only the text before the field says it. */
  readonly context: number;
  /** Skip when the same text also names a one-time code ("one-time password", "login code"). */
  readonly yieldsToStrong?: boolean;
  readonly keywords: readonly string[];
}

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

/** autocomplete tokens that name another kind of field outright. */
export const EXCLUDED_AUTOCOMPLETE_TOKENS: ReadonlySet<string> = new Set([
  'username',
  'email',
  'current-password',
  'new-password',
  'name',
  'given-name',
  'family-name',
  'nickname',
  'organization',
  'street-address',
  'address-line1',
  'address-line2',
  'postal-code',
  'country',
  'tel',
  'tel-national',
  'tel-local',
  'tel-area-code',
  'cc-number',
  'cc-csc',
  'cc-exp',
  'cc-name',
  'bday',
  'transaction-amount',
]);

/** input types a code can be typed into; password only with a strong sign (score.ts). */
export const CODE_INPUT_TYPES: ReadonlySet<string> = new Set(['text', 'tel', 'number', 'password']);
