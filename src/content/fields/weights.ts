/**
 * The detector's numbers in one place, so tuning one signal never means hunting
 * through the scoring code. A field needs DEFAULT_MIN_SCORE to be taken: e.g. a strong keyword
 * in its own label (40) alone, or `autocomplete="one-time-code"` (60) alone, or a plain
 * "code" field (15) with numeric input mode (10) and a 6-8 maxlength (15).
 */
export const WEIGHTS = {
  autocompleteOneTimeCode: 60,
  ownStrongKeyword: 40,
  ownWeakKeyword: 15,
  contextStrongKeyword: 25,
  contextWeakKeyword: 5,
  numericInputMode: 10,
  numericType: 5,
  digitPattern: 10,
  codeMaxLength: 15,
  shortCodeMaxLength: 5,
  longMaxLength: -10,
  segmentedSix: 35,
  segmentedOther: 25,
  hintSelector: 30,
  hintLabel: 40,
  nearAfter: 10,
  nearScope: 15,
} as const;

export const DEFAULT_MIN_SCORE = 40;

/** Codes are 6 to 8 characters (RFC 6238 / Google Authenticator); Steam's are 5. */
export const CODE_LENGTH = { min: 4, typicalMin: 6, typicalMax: 8, longAbove: 20 } as const;

/** KeePassXC-Browser fields.js accepts 4 to 8 one-character boxes (6 by default). */
export const SEGMENT_COUNT = { min: 4, max: 8, typical: 6 } as const;

/** How much text before a field is read as its context, and how far the walk may go. */
export const CONTEXT_LIMITS = { chars: 200, nodes: 60 } as const;

/**
 * Visibility (DESIGN 4.5): both sides of a field at least this many CSS pixels, and the
 * product of opacities up the tree at least this much. A modal fading in is caught on a
 * later pass; a clickjacking field at opacity 0.01 never is.
 */
export const MIN_FIELD_SIZE_PX = 8;
export const MIN_EFFECTIVE_OPACITY = 0.5;
