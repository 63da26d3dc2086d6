import type { NewPortalCheck } from '../core/portals/new-portal-check';
import { t } from '../shared/i18n';
import { describePortalPattern } from '../sites/user-portal';

/** A specific, localised reason why an address cannot be added as a portal. */
export function portalProblemText(check: Extract<NewPortalCheck, { ok: false }>): string {
  switch (check.problem) {
    case 'duplicate':
      return t('optionsPortalErrorDuplicate', describePortalPattern(check.pattern));
    case 'covered':
      return t(
        'optionsPortalErrorCovered',
        describePortalPattern(check.pattern),
        check.by.owner ?? describePortalPattern(check.by.pattern),
      );
    case 'homograph':
      return t(
        'optionsPortalErrorHomograph',
        describePortalPattern(check.pattern),
        check.domain,
        check.owner,
      );
    case 'empty':
      return t('optionsPortalErrorEmpty');
    case 'invalid':
      return t('optionsPortalErrorInvalid', check.subject);
    case 'scheme':
      return t('optionsPortalErrorScheme', check.subject);
    case 'insecure-http':
      return t('optionsPortalErrorInsecureHttp', check.subject);
    case 'loopback-host':
      return t('optionsPortalErrorLoopbackHost', check.subject);
    case 'wildcard':
      return t('optionsPortalErrorWildcard', check.subject);
    case 'too-broad':
      return t('optionsPortalErrorTooBroad', check.subject);
    case 'incomplete-host':
      return t('optionsPortalErrorIncompleteHost', check.subject);
  }
}
