import { sendFromContent } from '../shared/send';
import { FILL_ON_DEMAND_KEY } from './fill-on-demand-protocol';
import { fillOnDemand } from './fill-on-demand-run';
import { vocabulary } from '../sites/vocabulary';
import { useVocabulary } from './vocabulary';

// Injected by the background after a user gesture (background/fill/on-demand/): it
// only leaves its entry point in our isolated world; the background's next injection calls it.
// Injected again on a later gesture, it just replaces the entry point. It runs on any page the
// user asks it to (no portal, no hello), so it carries the words it reads fields by.
useVocabulary(vocabulary);
(globalThis as Record<string, unknown>)[FILL_ON_DEMAND_KEY] = () =>
  fillOnDemand({
    askCode: () => sendFromContent('fill/granted-code', null),
  });
