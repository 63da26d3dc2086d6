import browser, { type Runtime } from 'webextension-polyfill';
import { handlers } from './handlers';
import { createRouter } from './router';
import { classifySender } from './sender';
import { watchTabLifecycle } from './tab-portals';

// Thin entry: wire the router and listeners; every feature lives in its own file.
// Listeners are registered synchronously at start-up so a restarted worker gets its event.
const route = createRouter(handlers);
const self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('') };

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  route(message, classifySender(sender, self)),
);
watchTabLifecycle();
