import { webext } from './webext';
import type { ContentRequests } from './protocol/content';
import { isReply, type ErrorCode, type ErrorReason } from './protocol/envelope';
import type { PageRequests } from './protocol/page';
import type { TestHookRequests } from './protocol/test-hooks';

/** A refusal from the background. `message` is English: show `code` and `reason` instead. */
export class MessageError extends Error {
  override readonly name = 'MessageError';
  constructor(
    readonly code: ErrorCode | 'no-reply',
    message: string,
    readonly reason: ErrorReason | null = null,
    /** When a passphrase may be checked again, after too many wrong ones (ms since the epoch). */
    readonly nextAttemptAt: number | null = null,
  ) {
    super(message);
  }
}

async function send(type: string, payload: unknown): Promise<unknown> {
  return answerOf(type, await webext.runtime.sendMessage({ type, payload }));
}

function answerOf(type: string, reply: unknown): unknown {
  if (!isReply(reply)) throw new MessageError('no-reply', `No reply to "${type}"`);
  if (!reply.ok) {
    const { code, message, reason, nextAttemptAt } = reply.error;
    throw new MessageError(code, message, reason ?? null, nextAttemptAt ?? null);
  }
  return reply.value;
}

// The casts below are sound because the router answers each type with its own handler's
// result, typed by the same map (see background/router.ts).

/** For content scripts: only the content direction's messages can be named. */
export function sendFromContent<Type extends keyof ContentRequests>(
  type: Type,
  payload: ContentRequests[Type]['request'],
): Promise<ContentRequests[Type]['response']> {
  return send(type, payload) as Promise<ContentRequests[Type]['response']>;
}

/** For the popup and options pages. */
export function sendFromPage<Type extends keyof PageRequests>(
  type: Type,
  payload: PageRequests[Type]['request'],
): Promise<PageRequests[Type]['response']> {
  return send(type, payload) as Promise<PageRequests[Type]['response']>;
}

/**
 * A page's request sent now and read later, in another script of the same page: the popup
 * asks for its overview before its own script has loaded (popup/early.ts). The reply
 * stays raw until `answerOfSent` reads it, so that its errors are this script's MessageError.
 */
export interface SentRequest<Type extends keyof PageRequests> {
  readonly type: Type;
  readonly reply: Promise<unknown>;
}

export function sendFromPageNow<Type extends keyof PageRequests>(
  type: Type,
  payload: PageRequests[Type]['request'],
): SentRequest<Type> {
  return { type, reply: webext.runtime.sendMessage({ type, payload }) };
}

export async function answerOfSent<Type extends keyof PageRequests>(
  sent: SentRequest<Type>,
): Promise<PageRequests[Type]['response']> {
  return answerOf(sent.type, await sent.reply) as PageRequests[Type]['response'];
}

/** For the popup in test builds only (shared/protocol/test-hooks.ts). */
export function sendTestHook<Type extends keyof TestHookRequests>(
  type: Type,
  payload: TestHookRequests[Type]['request'],
): Promise<TestHookRequests[Type]['response']> {
  return send(type, payload) as Promise<TestHookRequests[Type]['response']>;
}
