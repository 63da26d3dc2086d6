import type { Snippet } from './snippet';

/** The same step in other languages: French first (Sonar's users are in Canada). */
export const LANGUAGE_SNIPPETS: readonly Snippet[] = [
  {
    name: 'French: code de vérification (label for)',
    html: `<h1>Authentification à deux facteurs</h1><label for="c">Code de vérification</label>
      <input id="c" name="c" type="text" data-expect>`,
  },
  {
    name: 'French: code à usage unique (placeholder only)',
    html: `<input name="champ1" placeholder="Saisissez le code à usage unique" data-expect>`,
  },
  {
    name: 'French: authentificateur in the text before, name="code"',
    html: `<p>Entrez le code à 6 chiffres affiché dans votre application d’authentificateur.</p>
      <input name="code" type="text" data-expect>`,
  },
  {
    name: 'French: a postal code field beside the real one is ignored',
    html: `<label for="cp">Code postal</label><input id="cp" name="codePostal" maxlength="7">
      <label for="v">Code de sécurité à usage unique</label><input id="v" name="v" inputmode="numeric" data-expect>`,
  },
  {
    name: 'Spanish: código de verificación',
    html: `<label for="x">Código de verificación</label><input id="x" name="x" data-expect>`,
  },
  {
    name: 'German: Bestätigungscode (aria-label)',
    html: `<h2>Zwei-Faktor-Authentifizierung</h2><input name="f1" aria-label="Bestätigungscode eingeben" data-expect>`,
  },
  {
    name: 'Portuguese: código de segurança',
    html: `<label>Código de segurança <input name="cs" data-expect></label>`,
  },
  {
    name: 'Italian: codice di verifica',
    html: `<label for="cv">Codice di verifica</label><input id="cv" name="cv" data-expect>`,
  },
  {
    name: 'Dutch: verificatiecode',
    html: `<label for="vc">Verificatiecode</label><input id="vc" name="vc" data-expect>`,
  },
  {
    name: 'Japanese: 認証コード',
    html: `<label for="j">認証コードを入力してください</label><input id="j" name="j" data-expect>`,
  },
];
