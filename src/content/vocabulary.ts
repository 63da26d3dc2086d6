import type { Vocabulary } from '../sites/vocabulary';

/**
 * The words this script reads pages by (sites/vocabulary/), as the background sent them with
 * its hello: kept once here for the detectors, which only run after that answer.
 */
let current: Vocabulary | null = null;

export function useVocabulary(next: Vocabulary): void {
  current = next;
}

export function vocabulary(): Vocabulary {
  if (!current) throw new Error('No vocabulary: field detection ran before the hello answer.');
  return current;
}
