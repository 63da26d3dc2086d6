import { LIMITS } from '../../core/vault';
import type { ImportSelection } from '../../shared/model/imports';
import type { PageRequests } from '../../shared/protocol/page';
import { integer, record, text } from '../parse-payload';
import { expectNoPayload, RequestError, type HandlerMap } from '../router';
import type { ExtensionPageSender } from '../sender';
import { MAX_IMAGE_DATA_URL_LENGTH, decodeQrInDataUrl } from '../qr/decode-image';
import { withVaultErrors } from '../vault/vault-errors';
import { updateVault, vaultData } from '../vault/vault-service';
import { addImported } from './add-imported';
import { heldImport, releaseImport } from './import-holds';
import { previewFileImport } from './read-file-import';
import { MAX_IMPORT_BYTES } from '../../core/formats/types';
import { previewImport } from './preview-import';
import { testTargetTab } from '../test-target-tab';
import { scanTab } from './scan-tab';
import { siteIdOfPage } from './site-of-page';

type ImportRequests = Pick<PageRequests, Extract<keyof PageRequests, `import/${string}`>>;

const noBinding = { origin: null, siteId: null } as const;

/**
 * The popup's QR import: scan the active tab, read an image file, save what the
 * user confirmed. Only extension pages reach these (router.ts), and only while unlocked:
 * each starts by reading the vault, which fails with 'locked' otherwise.
 */
export const importHandlers: HandlerMap<ImportRequests, ExtensionPageSender> = {
  'import/scan-tab': {
    parse: expectNoPayload,
    async handle() {
      await vaultData();
      const scan = await scanTab(testTargetTab());
      if (scan.kind === 'no-code') return { status: 'no-code' };
      if (scan.kind === 'unscannable') return { status: 'unscannable', reason: scan.reason };
      const siteId = await siteIdOfPage(scan.url);
      // Bound to the page only when the page drew the code itself (DESIGN 4.3); a code from
      // another site's frame is saved unbound, and the popup says why.
      if (!scan.drawnByPage) return previewImport(scan.text, { origin: null, siteId }, true);
      return previewImport(scan.text, { origin: scan.origin, siteId });
    },
  },
  'import/decode-image': {
    parse: (payload) => ({
      dataUrl: text(record(payload), 'dataUrl', MAX_IMAGE_DATA_URL_LENGTH),
    }),
    async handle({ dataUrl }) {
      await vaultData();
      // The user chose this image to import: the whole of it is searched, to the last pass.
      const found = await decodeQrInDataUrl(dataUrl, { fullPass: true });
      return previewImport(found?.text ?? null, noBinding);
    },
  },
  'import/read-file': {
    parse: (payload) => {
      const request = record(payload);
      return {
        name: text(request, 'name', 1024),
        base64: text(request, 'base64', Math.ceil(MAX_IMPORT_BYTES / 3) * 4),
        password: request.password === null ? null : text(request, 'password', 1024),
      };
    },
    async handle({ name, base64, password }) {
      let bytes: Uint8Array;
      try {
        bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      } catch {
        throw new RequestError('bad-request', '"base64" is not base64');
      }
      return previewFileImport(name, bytes, password);
    },
  },
  'import/save': {
    parse: (payload) => {
      const source = record(payload);
      return { token: text(source, 'token', 64), accounts: selections(source.accounts) };
    },
    async handle({ token, accounts }) {
      const held = heldImport(token);
      if (!held) {
        throw new RequestError(
          'not-found',
          'This scan is no longer available: scan the QR code again.',
        );
      }
      const drafts = accounts.map((chosen) => {
        const draft = held.drafts[chosen.index];
        if (!draft) throw new RequestError('bad-request', 'No such account in this scan');
        return {
          ...draft,
          issuer: chosen.issuer || draft.issuer,
          account: chosen.account || draft.account,
          origins: held.origin === null ? [] : [held.origin],
          siteId: held.siteId,
        };
      });
      let result = { addedIds: [] as readonly string[], alreadyStored: 0 };
      await withVaultErrors(() =>
        updateVault((data) => {
          const imported = addImported(data, drafts);
          result = imported;
          return imported.vault;
        }),
      );
      releaseImport(token);
      return { added: result.addedIds, alreadyStored: result.alreadyStored };
    },
  },
};

function selections(value: unknown): ImportSelection[] {
  if (!Array.isArray(value) || value.length > LIMITS.entries) {
    throw new RequestError('bad-request', '"accounts" must be a list of the accounts to save');
  }
  const chosen = (value as unknown[]).map((item) => {
    const source = record(item);
    return {
      index: integer(source, 'index', 0, LIMITS.entries),
      issuer: text(source, 'issuer', LIMITS.issuer).trim(),
      account: text(source, 'account', LIMITS.account).trim(),
    };
  });
  if (new Set(chosen.map(({ index }) => index)).size !== chosen.length) {
    throw new RequestError('bad-request', 'Each account may be saved once');
  }
  return chosen;
}
