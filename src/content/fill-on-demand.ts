import { sendFromContent } from '../shared/send';
import { FILL_ON_DEMAND_KEY } from './fill-on-demand-protocol';
import { fillOnDemand } from './fill-on-demand-run';

// Injected by the background after a user gesture (background/fill/on-demand/): it
// only leaves its entry point in our isolated world; the background's next injection calls it.
// Injected again on a later gesture, it just replaces the entry point.
(globalThis as Record<string, unknown>)[FILL_ON_DEMAND_KEY] = () =>
  fillOnDemand({
    askCode: () => sendFromContent('fill/granted-code', null),
  });
