/**
 * Words that say what a page's message means, in English and French, as data. Written
 * naturally; content/fields/text.ts folds case, accents and separators before comparing, and
 * messages are matched on whole words (content/page-messages/messages.ts), so "Code invalide"
 * and "code_invalide" both read as a refusal while "valid" alone does not.
 */

/** A code, a password or a step was refused, or an action failed. */
export const REFUSAL_WORDS: readonly string[] = [
  // English
  'invalid',
  'not valid',
  'incorrect',
  'wrong',
  'expired',
  'try again',
  'failed',
  'rejected',
  'refused',
  'does not match',
  "doesn't match",
  'did not match',
  "didn't match",
  'not recognized',
  'could not',
  "couldn't",
  'unable',
  // French
  'invalide',
  'non valide',
  "n'est pas valide",
  'incorrecte',
  'erroné',
  'erronée',
  'expiré',
  'expirée',
  'réessayez',
  'réessayer',
  'échec',
  'échoué',
  'refusé',
  'refusée',
  'ne correspond pas',
  "n'a pas pu",
  'impossible',
];

/** What a refusal is about when it is not next to the field: a one-time code. */
export const CODE_WORDS: readonly string[] = [
  'code',
  'passcode',
  'otp',
  'token',
  'jeton',
  'mot de passe à usage unique',
  'verification',
  'vérification',
];

/** A setting was saved or turned on (Sonar: "Two-factor authentication is now on"). */
export const SUCCESS_WORDS: readonly string[] = [
  // English
  'now on',
  'is on',
  'turned on',
  'enabled',
  'activated',
  'saved',
  'success',
  'successful',
  'successfully',
  // French
  'activée',
  'activé',
  'enregistré',
  'enregistrée',
  'réussi',
  'réussie',
  'succès',
];

/** Buttons that leave a step without doing it. */
export const DISMISS_WORDS: readonly string[] = [
  'cancel',
  'close',
  'back',
  'dismiss',
  'annuler',
  'fermer',
  'retour',
  'précédent',
];

/** Ids and classes of elements that hold an error (Bootstrap's "invalid-feedback", "has-error"). */
export const ERROR_NAME_WORDS: readonly string[] = [
  'error',
  'errors',
  'invalid',
  'alert',
  'danger',
  'warning',
  'erreur',
];

/** Buttons that send a sign-in step, or its code. */
export const SUBMIT_WORDS: readonly string[] = [
  'verify',
  'confirm',
  'vérifier',
  'confirmer',
  'sign in',
  'signin',
  'log in',
  'login',
  'log on',
  'sign on',
  'next',
  'continue',
  'submit',
  'connexion',
  'se connecter',
  'suivant',
  'continuer',
  'valider',
];

/** Names and labels of the field that holds a login name. */
export const LOGIN_NAME_WORDS: readonly string[] = [
  'user',
  'username',
  'user name',
  'userid',
  'login',
  'email',
  'e-mail',
  'mail',
  'identifier',
  'identifiant',
  'courriel',
  'utilisateur',
  "nom d'utilisateur",
];
