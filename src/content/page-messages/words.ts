import type { PageWords } from '../../sites/vocabulary';
import { compileKeywords, type Keyword } from '../fields/text';
import { vocabulary } from '../vocabulary';

/**
 * What a page's messages and buttons say (sites/vocabulary/page-words.ts), compiled on first
 * use, as fields/keyword-score.ts does: most pages the content script runs on never show a
 * message or a sign-in form.
 */
function lazyKeywords(kind: keyof PageWords): () => readonly Keyword[] {
  let compiled: readonly Keyword[] | null = null;
  return () => (compiled ??= compileKeywords(vocabulary().pageWords[kind]));
}

export const REFUSAL_WORDS = lazyKeywords('refusal');
export const CODE_WORDS = lazyKeywords('code');
export const SUCCESS_WORDS = lazyKeywords('success');
export const DISMISS_WORDS = lazyKeywords('dismiss');
export const ERROR_NAME_WORDS = lazyKeywords('errorName');
export const SUBMIT_WORDS = lazyKeywords('submit');
export const LOGIN_NAME_WORDS = lazyKeywords('loginName');
