import type { OffscreenAck, OffscreenRequests } from '../shared/protocol/offscreen';
import { ClipboardAccessError } from './clipboard-access';

/**
 * Chrome: a service worker has no DOM and no clipboard, and it is stopped after 30 s idle
 * (a timer would die with it; an alarm fires no earlier than 30 s in packed extensions). So an
 * offscreen document, created on demand, reads and clears the clipboard and holds the timer
 * itself: it outlives worker restarts and has no alarm minimum (and one timer, not a chain, is not
 * throttled hard in a hidden page). It closes itself once nothing is pending
 * (offscreen/clipboard-offscreen.ts).
 */

/** The built page keeps its source path (crxjs), like the popup. */
const DOCUMENT_PATH = 'src/offscreen/offscreen.html';
const MAX_ATTEMPTS = 3;

export async function clearLaterInOffscreenDocument(code: string, delayMs: number) {
  await askDocument('offscreen/clear-clipboard-later', { code, delayMs });
}

/** Chrome: only a document can write the clipboard, and only the offscreen one needs no click. */
export async function copyInOffscreenDocument(code: string) {
  const ack = await askDocument('offscreen/copy', { code });
  if (ack.failed === true) throw new ClipboardAccessError('The browser refused the copy');
}

async function askDocument<Type extends keyof OffscreenRequests>(
  type: Type,
  payload: OffscreenRequests[Type]['request'],
): Promise<OffscreenAck> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    await ensureDocument();
    const ack = await ask(type, payload);
    if (ack?.accepted) return ack;
    // It was closing itself (its last clear just ran): let it go and start a fresh one.
    await chrome.offscreen.closeDocument().catch(() => undefined);
  }
  throw new ClipboardAccessError('The clipboard helper page did not take the request');
}

export async function cancelInOffscreenDocument() {
  // No document, or one that is closing: nothing is pending.
  if (await hasDocument()) await ask('offscreen/cancel-clipboard-clear', null);
}

async function ask<Type extends keyof OffscreenRequests>(
  type: Type,
  payload: OffscreenRequests[Type]['request'],
): Promise<OffscreenAck | null> {
  try {
    // Reaches every extension page; only the offscreen document answers this type.
    const reply: unknown = await chrome.runtime.sendMessage({ type, payload });
    return isAck(reply) ? reply : null;
  } catch {
    // "Receiving end does not exist": the document closed between our check and the message.
    return null;
  }
}

function isAck(reply: unknown): reply is OffscreenAck {
  return (
    typeof reply === 'object' &&
    reply !== null &&
    'accepted' in reply &&
    typeof reply.accepted === 'boolean'
  );
}

let creating: Promise<void> | null = null;

async function ensureDocument() {
  if (await hasDocument()) return;
  // Two copies in quick succession must not both create: Chrome allows one document.
  creating ??= chrome.offscreen
    .createDocument({
      url: DOCUMENT_PATH,
      reasons: [chrome.offscreen.Reason.CLIPBOARD],
      justification: 'Copy a one-time code to the clipboard, and clear it after a delay.',
    })
    .catch(async (error: unknown) => {
      // "Only a single offscreen document may be created": one appeared meanwhile; fine.
      if (!(await hasDocument())) throw error;
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

async function hasDocument(): Promise<boolean> {
  const contexts = await chrome.runtime.getContexts({
    contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT],
    documentUrls: [chrome.runtime.getURL(DOCUMENT_PATH)],
  });
  return contexts.length > 0;
}
