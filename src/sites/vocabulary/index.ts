import {
  NEGATIVE_SIGNALS,
  STRONG_ANCHOR_PATTERN,
  STRONG_KEYWORDS,
  WEAK_KEYWORDS,
} from './field-keywords';
import {
  CODE_WORDS,
  DISMISS_WORDS,
  ERROR_NAME_WORDS,
  LOGIN_NAME_WORDS,
  REFUSAL_WORDS,
  SUBMIT_WORDS,
  SUCCESS_WORDS,
} from './page-words';

/**
 * The words a content script reads pages by: which input is a one-time-code field, what a
 * page's message says. Data, like the site profiles, and sent like them with the content
 * script's hello (shared/model/portal.ts): the script injected into every portal page stays
 * small, and only pages that a portal's profile covers receive it.
 */
export interface Vocabulary {
  /** Specific to second-factor codes: strong evidence wherever they appear. */
  readonly strongKeywords: readonly string[];
  /** Often on code fields, but also elsewhere: weak evidence alone. */
  readonly weakKeywords: readonly string[];
  readonly negativeSignals: readonly NegativeSignal[];
  /** The strong keywords as one prefix-factored regular expression (fields/code-word-anchors). */
  readonly strongAnchorPattern: string;
  readonly pageWords: PageWords;
}

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

/** What a page's messages and buttons say (page-words.ts has each list's meaning). */
export interface PageWords {
  readonly refusal: readonly string[];
  readonly code: readonly string[];
  readonly success: readonly string[];
  readonly dismiss: readonly string[];
  readonly errorName: readonly string[];
  readonly submit: readonly string[];
  readonly loginName: readonly string[];
}

export const vocabulary: Vocabulary = {
  strongKeywords: STRONG_KEYWORDS,
  weakKeywords: WEAK_KEYWORDS,
  negativeSignals: NEGATIVE_SIGNALS,
  strongAnchorPattern: STRONG_ANCHOR_PATTERN,
  pageWords: {
    refusal: REFUSAL_WORDS,
    code: CODE_WORDS,
    success: SUCCESS_WORDS,
    dismiss: DISMISS_WORDS,
    errorName: ERROR_NAME_WORDS,
    submit: SUBMIT_WORDS,
    loginName: LOGIN_NAME_WORDS,
  },
};
