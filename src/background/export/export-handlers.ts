import type { PageRequests } from '../../shared/protocol/page';
import { oneOf, record, text, textList } from '../parse-payload';
import { RequestError, type HandlerMap } from '../router';
import { currentPolicy } from '../policy/managed-policy';
import type { ExtensionPageSender } from '../sender';
import { exportAccountUri } from './account-uri';
import { exportMigration, MAX_EXPORT_IDS } from './migration-export';
import { exportPlain } from './plain-export';

type ExportRequests = Pick<PageRequests, Extract<keyof PageRequests, `export/${string}`>>;

/**
 * Secrets out of the vault, to extension pages only (the page direction of the router), and
 * only with the passphrase given again (DESIGN 4.9).
 */
export const exportHandlers: HandlerMap<ExportRequests, ExtensionPageSender> = {
  'export/migration': {
    parse: (payload) => {
      const source = record(payload);
      return {
        passphrase: text(source, 'passphrase', 1024),
        ids: textList(source, 'ids', MAX_EXPORT_IDS, 64),
      };
    },
    handle: ({ passphrase, ids }) => exportMigration(passphrase, ids),
  },
  'export/account-uri': {
    parse: (payload) => {
      const source = record(payload);
      return { passphrase: text(source, 'passphrase', 1024), id: text(source, 'id', 64) };
    },
    handle: ({ passphrase, id }) => exportAccountUri(passphrase, id),
  },
  'export/plain': {
    parse: (payload) => {
      const source = record(payload);
      return {
        passphrase: text(source, 'passphrase', 1024),
        format: oneOf(source, 'format', ['otpauth', 'aegis'] as const),
      };
    },
    async handle({ passphrase, format }) {
      if ((await currentPolicy()).disablePlainExports) {
        throw new RequestError('forbidden', 'Your organisation has turned plain exports off.');
      }
      return exportPlain(passphrase, format);
    },
  },
};
