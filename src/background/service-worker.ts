import browser, { type Runtime } from 'webextension-polyfill';
import { countsAsActivity } from './activity';
import { noteVaultActivity } from './auto-lock';
import { isEnvelope } from '../shared/protocol/envelope';
import { handlers } from './handlers';
import { createRouter } from './router';
import { classifySender } from './sender';
import { startLifecycle } from './lifecycle';

// Thin entry: wire the router and listeners; every feature lives in its own file.
// Listeners are registered synchronously at start-up so a restarted worker gets its event.
startLifecycle();
const route = createRouter(handlers);
const self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('') };

browser.runtime.onMessage.addListener(async (message: unknown, sender: Runtime.MessageSender) => {
  const from = classifySender(sender, self);
  const reply = await route(message, from);
  if (reply.ok && isEnvelope(message) && countsAsActivity(from, message.type)) {
    // The reply stands even if the alarm cannot be set: the change is already stored.
    await noteVaultActivity().catch(() => undefined);
  }
  return reply;
});
