import { editingCommandClipboard } from '../background/clipboard-access';
import { createClearScheduler } from '../background/clipboard-scheduler';
import { classifySender, type RawSender } from '../background/sender';
import { parseOffscreenRequest } from './offscreen-request';

/**
 * Chrome's offscreen document for the clipboard: it holds the clear timer, since it
 * outlives service-worker restarts, and closes itself when nothing is pending.
 *
 * Every extension page receives every runtime message, including those content scripts send
 * (DESIGN 4.4), so this page answers only its own message types, and only from an extension
 * context in no tab (the service worker); everything else is left unanswered, for the service
 * worker's router to deal with.
 */

const self = { id: chrome.runtime.id, baseUrl: chrome.runtime.getURL('') };

let closing = false;
const clipboard = editingCommandClipboard(document);
const scheduler = createClearScheduler(clipboard, {
  onIdle() {
    // From now on we refuse work (the service worker then makes a new document), so nothing
    // accepted is lost with this one.
    closing = true;
    window.close();
  },
});

chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  const request = parseOffscreenRequest(message);
  if (!request) return;
  // The same object the browser stamps; only the two type packages describe it differently.
  const from = classifySender(sender as RawSender, self);
  // The service worker is an extension context in no tab. So is the popup, which is ours too;
  // the worker's script URL is not known here (offscreen documents get no runtime.getManifest).
  if (from.kind !== 'extension-page' || from.tabId !== null) return;
  if (closing) {
    sendResponse({ accepted: false });
    return;
  }
  if (request.type === 'offscreen/copy') {
    // The service worker asks for the clear right after, which keeps this page open.
    clipboard.writeText(request.payload.code).then(
      () => {
        sendResponse({ accepted: true });
      },
      () => {
        // Taken, but the browser refused the write: no new document would do better.
        sendResponse({ accepted: true, failed: true });
      },
    );
    return true;
  }
  if (request.type === 'offscreen/clear-clipboard-later') {
    scheduler.schedule(request.payload.code, request.payload.delayMs);
  } else {
    scheduler.cancel();
  }
  sendResponse({ accepted: true });
});
