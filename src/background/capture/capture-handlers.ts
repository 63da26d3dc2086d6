import { LIMITS, makeCurrent, setUpAgainOf, type EntryDraft } from '../../core/vault';
import { organisationNotice } from '../../core/policy/policy';
import { currentPolicy } from '../policy/managed-policy';
import type { CaptureFound, CaptureSaved } from '../../shared/model/capture';
import type { ContentRequests } from '../../shared/protocol/content';
import { boolean, record, text } from '../parse-payload';
import { RequestError, type HandlerMap } from '../router';
import { askingFrame, type ContentScriptSender } from '../sender';
import { portalFrame } from '../portals/portal-frame';
import { codeToFill, offeredEntry } from '../../core/fill-policy';
import { twinsForOrigin } from '../../core/vault/stored-twin';
import { verdictFor } from '../fill/fill-verdict';
import { decodeQrFillingImage, MAX_CROP_DATA_URL_LENGTH } from '../qr/decode-image';
import { accountCodes } from '../../core/vault/overview';
import { updateVault, vaultData, vaultState } from '../vault/vault-service';
import { withVaultErrors } from '../vault/vault-errors';
import { noteSetUpSaved } from './set-up-notices';
import { dropCapture, findCapture, holdCapture, type CaptureOwner } from './pending-captures';
import { readQrContents } from './qr-contents';
import { saveOnce } from './save-once';
import { unlockForFrame } from './unlock-window';

type CaptureRequests = Pick<
  ContentRequests,
  'capture/decode' | 'capture/save' | 'capture/portal-saved' | 'codes/current'
>;

/**
 * In-page enrollment capture (DESIGN 4.3-4.4): a content script on a portal sends the
 * pixels of a QR-like element; the secret is read and kept here, and the page's frame gets
 * names and, after "Save", the code to fill. Only secure portal frames may ask, and a capture
 * is bound to the frame (tab, frame, origin) that read it.
 */
export const captureHandlers: HandlerMap<CaptureRequests, ContentScriptSender> = {
  'capture/decode': {
    parse: (payload) => ({ image: text(record(payload), 'image', MAX_CROP_DATA_URL_LENGTH) }),
    async handle({ image }, sender): Promise<CaptureFound> {
      const profile = await portalFrame(sender);
      const siteId = profile.id;
      const found = await decodeQrFillingImage(image);
      if (!found) return { status: 'none' };
      const contents = readQrContents(found.text);
      if (contents.kind === 'invalid') return { status: 'invalid', reason: contents.reason };
      if (contents.kind === 'migration') return { status: 'invalid', reason: 'export' };
      const { draft } = contents;
      const token = holdCapture({
        owner: ownerOf(sender),
        drafts: [draft],
        origin: sender.origin,
        siteId,
      });
      const known = await knownHereIfUnlocked(draft, sender.origin);
      return {
        status: 'account',
        token,
        issuer: draft.issuer,
        account: draft.account,
        duplicate: known.twin !== undefined,
        replaces: known.replaces
          ? {
              issuer: known.replaces.issuer,
              account: known.replaces.account,
              savedAt: known.replaces.createdAt,
            }
          : null,
        organisationNotice: profile.notices.insights
          ? organisationNotice(await currentPolicy())
          : null,
      };
    },
  },
  'capture/save': {
    parse: (payload) => {
      const source = record(payload);
      return {
        token: text(source, 'token', 64),
        issuer: text(source, 'issuer', LIMITS.issuer).trim(),
        account: text(source, 'account', LIMITS.account).trim(),
        acknowledged: boolean(source, 'acknowledged'),
        allowHere: boolean(source, 'allowHere'),
      };
    },
    async handle(request, sender): Promise<CaptureSaved> {
      const profile = await portalFrame(sender);
      const capture = findCapture(request.token, ownerOf(sender));
      const draft = capture?.drafts[0];
      if (!capture || !draft) return { status: 'expired' };
      // Checked here too, not only by the disabled button: the page cannot skip the warning.
      if (profile.notices.insights && !request.acknowledged) {
        throw new RequestError('invalid-input', 'Acknowledge the Sonar Insights warning first.');
      }
      if ((await vaultState()) !== 'unlocked') {
        await unlockForFrame(sender.tabId, sender.frameId);
        return { status: 'locked' };
      }
      const named: EntryDraft = {
        ...draft,
        issuer: request.issuer || draft.issuer,
        account: request.account || draft.account,
        origins: [sender.origin],
        siteId: profile.id,
      };
      const saved = await saveOnce(named, sender.origin, request.allowHere);
      if (saved.status === 'ask-allow') {
        // Kept for the answer; the page's frame learns the names only after the user's Save.
        const { issuer, account } = saved.twin;
        return { status: 'ask-allow', issuer, account, site: new URL(sender.origin).host };
      }
      dropCapture(request.token);
      // The code to fill is the fill policy's, as on every other path: none for an account
      // it does not offer this frame (HOTP), the next one at rollover.
      const offered = offeredEntry(await verdictFor(askingFrame(sender)), saved.entry.id);
      const fill = offered ? codeToFill(offered, Date.now()) : null;
      return {
        status: saved.status,
        id: saved.entry.id,
        code: fill?.code ?? null,
        validUntil: fill?.validUntil ?? null,
      };
    },
  },
  'capture/portal-saved': {
    parse: (payload) => ({ id: text(record(payload), 'id', 64) }),
    async handle({ id }, sender) {
      await portalFrame(sender);
      if ((await vaultState()) !== 'unlocked') return null;
      // Only an account bound to this frame's origin; a new secret waiting is current now.
      const entry = offeredEntry(await verdictFor(askingFrame(sender)), id);
      if (!entry) throw new RequestError('not-found', 'No such account for this site.');
      if (entry.standby?.kind === 'unconfirmed') {
        await withVaultErrors(() => updateVault((data) => makeCurrent(data, entry.id)));
      }
      noteSetUpSaved(sender.tabId, sender.origin);
      return null;
    },
  },
  'codes/current': {
    parse: (payload) => ({ id: text(record(payload), 'id', 64) }),
    async handle({ id }, sender) {
      await portalFrame(sender);
      // Only an account the fill policy offers this frame; anything else is "not found".
      const entry = offeredEntry(await verdictFor(askingFrame(sender)), id);
      if (!entry) throw new RequestError('not-found', 'No such account for this site.');
      return accountCodes(entry);
    },
  },
};

function ownerOf(sender: ContentScriptSender): CaptureOwner {
  return { kind: 'frame', tabId: sender.tabId, frameId: sender.frameId, origin: sender.origin };
}

/**
 * The account bound to `origin` with the same secret, or the one of the same login a new
 * secret would replace, if the vault is open to tell.
 */
async function knownHereIfUnlocked(draft: EntryDraft, origin: string) {
  if ((await vaultState()) !== 'unlocked') return { twin: undefined, replaces: undefined };
  const { data } = await vaultData();
  const twin = twinsForOrigin(data, draft, origin).here;
  return { twin, replaces: twin ? undefined : setUpAgainOf(data, draft, origin) };
}
