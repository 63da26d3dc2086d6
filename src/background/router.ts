import type { ContentRequests } from '../shared/protocol/content';
import type { Envelope, ErrorCode, ErrorReason, Reply } from '../shared/protocol/envelope';
import type { PageRequests } from '../shared/protocol/page';
import { isEnvelope } from '../shared/protocol/envelope';
import type { ClassifiedSender, ContentScriptSender, ExtensionPageSender } from './sender';

/**
 * One typed handler map per direction. The sender's class, decided once in sender.ts, picks
 * the map, so a content script cannot reach a page handler however it names the message.
 */

export class RequestError extends Error {
  override readonly name = 'RequestError';
  constructor(
    readonly code: ErrorCode,
    /** English, for developers; the UI says `code` (and `reason`) in its own language. */
    message: string,
    readonly reason?: ErrorReason,
    /** See ReplyError.nextAttemptAt. */
    readonly nextAttemptAt?: number,
  ) {
    super(message);
  }
}

interface Handler<Request, Response, Sender> {
  /** Validates the untrusted payload; throws RequestError('bad-request') when it is wrong. */
  readonly parse: (payload: unknown) => Request;
  readonly handle: (request: Request, sender: Sender) => Response | Promise<Response>;
}

export type HandlerMap<Map, Sender> = {
  readonly [Type in keyof Map]: Map[Type] extends {
    request: infer Request;
    response: infer Response;
  }
    ? Handler<Request, Response, Sender>
    : never;
};

export interface Handlers {
  readonly content: HandlerMap<ContentRequests, ContentScriptSender>;
  readonly page: HandlerMap<PageRequests, ExtensionPageSender>;
}

/** For messages that carry nothing: anything but `null` is a malformed request. */
export function expectNoPayload(payload: unknown): null {
  if (payload !== null) throw new RequestError('bad-request', 'This message takes no payload');
  return null;
}

type AnyHandler = Handler<unknown, unknown, ContentScriptSender | ExtensionPageSender>;

export function createRouter(handlers: Handlers) {
  return async function route(message: unknown, sender: ClassifiedSender): Promise<Reply<unknown>> {
    if (sender.kind === 'untrusted') {
      return failure('forbidden', `Messages from this sender are refused (${sender.reason})`);
    }
    if (!isEnvelope(message)) return failure('bad-request', 'Not a message of this extension');
    const handler = pick(handlers, sender, message);
    if (!handler) return failure('unknown-type', `Unknown message type "${message.type}"`);
    try {
      const request = handler.parse(message.payload);
      return { ok: true, value: await handler.handle(request, sender) };
    } catch (error) {
      if (error instanceof RequestError) return refusal(error);
      // Never echo arbitrary errors: they may quote secrets from the payload.
      console.error(
        `Handler for "${message.type}" failed:`,
        error instanceof Error ? error.name : 'error',
      );
      return failure('internal', 'Something went wrong in the extension');
    }
  };
}

function pick(
  handlers: Handlers,
  sender: ClassifiedSender,
  message: Envelope,
): AnyHandler | undefined {
  const map: object = sender.kind === 'content-script' ? handlers.content : handlers.page;
  if (!Object.hasOwn(map, message.type)) return undefined;
  // Indexing with an own key of the map chosen for this sender's class.
  return (map as Record<string, AnyHandler>)[message.type];
}

function failure(code: ErrorCode, message: string): Reply<never> {
  return { ok: false, error: { code, message } };
}

function refusal({ code, message, reason, nextAttemptAt }: RequestError): Reply<never> {
  return {
    ok: false,
    error: {
      code,
      message,
      ...(reason === undefined ? {} : { reason }),
      ...(nextAttemptAt === undefined ? {} : { nextAttemptAt }),
    },
  };
}
