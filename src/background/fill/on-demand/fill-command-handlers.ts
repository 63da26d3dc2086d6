import type { ContentRequests } from '../../../shared/protocol/content';
import type { PageRequests } from '../../../shared/protocol/page';
import { testTargetTab } from '../../test-target-tab';
import { record, text } from '../../parse-payload';
import { expectNoPayload, RequestError, type HandlerMap } from '../../router';
import type { ContentScriptSender, ExtensionPageSender } from '../../sender';
import { vaultState } from '../../vault/vault-service';
import { takeGrant } from './fill-grants';
import { fillOnTab } from './fill-on-tab';
import { fillTargetTab } from './target-tab';

type GrantRequests = Pick<ContentRequests, 'fill/granted-code'>;
type PopupFillRequests = Pick<PageRequests, 'fill/active-tab'>;

/**
 * The injected filler's one question: the code granted to its frame. Answered only
 * for the top frame of a secure page whose tab and origin, as the browser stamped them, match
 * a grant a user gesture just made; once.
 */
export const fillGrantHandlers: HandlerMap<GrantRequests, ContentScriptSender> = {
  'fill/granted-code': {
    parse: expectNoPayload,
    async handle(_request, sender) {
      const grant = sender.isSecureContext ? takeGrant(sender) : null;
      if (!grant) throw new RequestError('forbidden', 'No fill was asked for in this page.');
      if ((await vaultState()) !== 'unlocked') {
        throw new RequestError('locked', 'The vault was locked.');
      }
      return { code: grant.code };
    },
  },
};

/** The popup's "Fill code on this page". Extension pages only (router.ts). */
export const fillPopupHandlers: HandlerMap<PopupFillRequests, ExtensionPageSender> = {
  'fill/active-tab': {
    parse: (payload) => {
      const source = record(payload);
      return { accountId: source.accountId === null ? null : text(source, 'accountId', 64) };
    },
    async handle({ accountId }) {
      const tab = await fillTargetTab(testTargetTab());
      if (tab?.id === undefined) return { status: 'unavailable' };
      const attempt = await fillOnTab({ tabId: tab.id, url: tab.url, accountId });
      // The popup shows its unlock view for this error (popup/hooks/use-overview.ts).
      if (attempt.status === 'locked') throw new RequestError('locked', 'The vault is locked.');
      return attempt;
    },
  },
};
