import browser, { type Runtime } from 'webextension-polyfill';
import { noteVaultActivity, watchAutoLock } from './auto-lock';
import { handlers } from './handlers';
import { createRouter } from './router';
import { classifySender } from './sender';
import { watchTabLifecycle } from './tab-portals';

// Thin entry: wire the router and listeners; every feature lives in its own file.
// Listeners are registered synchronously at start-up so a restarted worker gets its event.
const route = createRouter(handlers);
const self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('') };

browser.runtime.onMessage.addListener(async (message: unknown, sender: Runtime.MessageSender) => {
  const from = classifySender(sender, self);
  const reply = await route(message, from);
  // Using the popup counts as activity for auto-lock (a lock request has already locked).
  if (from.kind === 'extension-page' && reply.ok) await noteVaultActivity();
  return reply;
});
watchTabLifecycle();
watchAutoLock();
