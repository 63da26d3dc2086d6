import { record, text } from '../parse-payload';
import { expectNoPayload, type HandlerMap } from '../router';
import type { ExtensionPageSender } from '../sender';
import type { PageRequests } from '../../shared/protocol/page';
import { addPortal, listPortals, removePortal } from './portal-service';

type PortalRequests = Pick<PageRequests, 'portals/list' | 'portals/add' | 'portals/remove'>;

/** A match pattern is short; anything longer is not one we could have produced. */
const MAX_PATTERN_LENGTH = 300;

const patternPayload = (payload: unknown) => ({
  pattern: text(record(payload), 'pattern', MAX_PATTERN_LENGTH),
});

/**
 * Options -> Portals, for extension pages only: the router never routes these from a
 * content script. The permission itself is requested by the options page, in the user's click;
 * the background only checks that the browser granted it.
 */
export const portalHandlers: HandlerMap<PortalRequests, ExtensionPageSender> = {
  'portals/list': { parse: expectNoPayload, handle: () => listPortals() },
  'portals/add': { parse: patternPayload, handle: ({ pattern }) => addPortal(pattern) },
  'portals/remove': { parse: patternPayload, handle: ({ pattern }) => removePortal(pattern) },
};
