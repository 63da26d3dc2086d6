import type { ImportedAccountPreview, ImportSelection } from '../../../shared/model/imports';

/** What the confirmation form holds per account: kept or not, and its (edited) names. */
export interface ImportChoice {
  readonly index: number;
  readonly keep: boolean;
  readonly issuer: string;
  readonly account: string;
}

/** Every new account is kept; those already stored are not (saving them adds nothing). */
export function initialChoices(accounts: readonly ImportedAccountPreview[]): ImportChoice[] {
  return accounts.map((preview, index) => ({
    index,
    keep: !preview.duplicate,
    issuer: preview.issuer,
    account: preview.account,
  }));
}

/** The `import/save` selection: kept accounts only, names trimmed. */
export function selectionOf(choices: readonly ImportChoice[]): ImportSelection[] {
  return choices
    .filter((choice) => choice.keep)
    .map(({ index, issuer, account }) => ({
      index,
      issuer: issuer.trim(),
      account: account.trim(),
    }));
}

export function replaceChoice(
  choices: readonly ImportChoice[],
  index: number,
  change: Partial<Omit<ImportChoice, 'index'>>,
): ImportChoice[] {
  return choices.map((choice) => (choice.index === index ? { ...choice, ...change } : choice));
}
