import { vocabulary } from '../../../src/sites/vocabulary';
import { useVocabulary } from '../../../src/content/vocabulary';

// The content script's detectors read the words the background sends with its hello
// (content/vocabulary.ts); unit tests run them as if that answer had come.
useVocabulary(vocabulary);
