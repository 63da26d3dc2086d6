import type { SiteProfile } from '../../sites/site-profile';
import type { CaptureFound } from '../../shared/model/capture';
import { sendFromContent } from '../../shared/send';
import { t } from '../../shared/i18n';
import { CapturePrompt, type SaveRequest } from '../prompt/prompt-view';
import { elementPixels } from './element-pixels';
import { fillEnrollmentCode } from './fill-enrollment-code';
import { looksMeantAsQr } from './qr-hints';
import { localNotice } from './local-notice';
import type { OpenShadowRoots } from '../open-shadow-roots';
import { watchQrElements } from './qr-watcher';
import type { QrElement } from './qr-candidates';
import { saveFailureText } from './save-failure-text';
import { resumeAfterUnlock } from '../vault-unlocked';
import { targetInputs } from '../fields';
import { sayTestSignIn } from './after-set-up';
import { watchPortalSave } from './portal-save-watch';

/**
 * One-click enrollment capture: a QR code appears on a portal page -> its pixels
 * are decoded in the background -> a prompt next to it offers "Save to Authenticator" (with
 * the site's warning where it has one) -> the account is saved, bound to this origin, and its
 * code filled into the page's verification-code field. The user still types their password
 * and clicks the portal's own Save.
 */

/** A canvas may be inserted first and drawn a moment later: look again after these delays. */
const REDRAW_RETRIES_MS = [150, 600, 2000];

const invalidText = {
  'not-authenticator': () => t('promptNotAuthenticator'),
  unusable: () => t('promptUnusable'),
  export: () => t('promptExport'),
} as const;

export function startEnrollmentCapture(
  profile: SiteProfile,
  shadowRoots: OpenShadowRoots,
  lookNow: boolean,
) {
  // Made for the first QR-like element: most portal pages never show one, and the first call
  // of a function compiles it, on the page's main thread.
  let flow: CaptureFlow | null = null;
  return watchQrElements(
    (element) => {
      (flow ??= captureFlow(profile)).onCandidate(element);
    },
    () => {
      flow?.onRemoval();
    },
    shadowRoots,
    lookNow,
  );
}

interface CaptureFlow {
  onCandidate(element: QrElement): void;
  /** An element may have gone: a framework re-rendered the code (a new element). */
  onRemoval(): void;
}

function captureFlow(profile: SiteProfile): CaptureFlow {
  const seen = new WeakMap<QrElement, string>();
  const prompts = new Map<QrElement, CapturePrompt>();
  // One element's pixels at a time: a page full of images cannot flood the page's main thread.
  let reading: Promise<unknown> = Promise.resolve();

  const promptFor = (element: QrElement) => {
    prompts.get(element)?.remove();
    const created = new CapturePrompt(element);
    prompts.set(element, created);
    return created;
  };

  const read = async (element: QrElement, attempt = 0): Promise<void> => {
    const hinted = looksMeantAsQr(element, profile);
    const pixels = await elementPixels(element, hinted);
    if (!pixels) return;
    if (pixels.kind === 'unreadable') {
      // A cross-origin logo or avatar says nothing; a code the page presents as one does.
      if (hinted) promptFor(element).showMessage(t('promptUnreadable'), 'error');
      return;
    }
    const found = await sendFromContent('capture/decode', { image: pixels.dataUrl });
    if (found.status === 'none') {
      const delay = REDRAW_RETRIES_MS[attempt];
      if (element instanceof HTMLCanvasElement && delay !== undefined) {
        setTimeout(() => void queue(element, attempt + 1), delay);
      }
      return;
    }
    if (found.status === 'invalid') {
      promptFor(element).showMessage(invalidText[found.reason](), 'error');
      return;
    }
    offer(element, promptFor(element), found);
  };

  const queue = (element: QrElement, attempt = 0) => {
    // An orphaned script (extension updated) or a refused frame: stay quiet, never break the page.
    reading = reading.then(() => read(element, attempt)).catch(() => undefined);
    return reading;
  };

  const offer = (
    element: QrElement,
    prompt: CapturePrompt,
    found: Extract<CaptureFound, { status: 'account' }>,
  ) => {
    const save = async (request: SaveRequest, allowHere = false) => {
      prompt.setBusy(true);
      try {
        const saved = await sendFromContent('capture/save', {
          token: found.token,
          ...request,
          allowHere,
        });
        if (saved.status === 'expired') {
          seen.delete(element);
          await queue(element);
          return;
        }
        if (saved.status === 'locked') {
          // Save stays available: a second click brings the unlock window back.
          prompt.setBusy(false);
          prompt.say(t('promptUnlockToContinue'), 'info');
          resumeAfterUnlock('enrollment', () => void save(request, allowHere));
          return;
        }
        if (saved.status === 'ask-allow') {
          // Adding a site to an account is the user's act (DESIGN 4.8): asked, never assumed.
          const name = accountName(saved);
          prompt.askAllow(t('promptAskAllow', name, saved.site), (allowed) => {
            if (allowed) void save(request, true);
            else prompt.finish(t('promptNotAllowed', name), 'info');
          });
          return;
        }
        const done = {
          saved: () => t('promptSaved'),
          duplicate: () => t('promptAlreadySaved'),
          allowed: () => t('promptAllowed'),
          'set-up-again': () => t('promptSavedSetUpAgain'),
        }[saved.status]();
        const { code } = saved;
        // No code: the fill policy gives none here (an HOTP account moves on a click in the popup).
        if (code === null) {
          prompt.finish(done, 'success');
          return;
        }
        const filled = fillEnrollmentCode(profile, element, { ...saved, code });
        const next = filled ? t('promptCodeFilled') : t('promptNoCodeField');
        prompt.finish(`${done} ${next}`, 'success');
        // A new key is in the vault (not a known one allowed here): only a backup keeps it.
        if (saved.status === 'saved' || saved.status === 'set-up-again') {
          prompt.offerBackup(() => void sendFromContent('capture/open-backup', null));
        }
        const field = filled ? (targetInputs(filled)[0] ?? null) : null;
        watchPortalSave(element, field, () => {
          // The portal saved it: a set-up redone now fills the new key; test the sign-in.
          sendFromContent('capture/portal-saved', { id: saved.id })
            .then(() => {
              sayTestSignIn(profile);
            })
            .catch(() => undefined);
        });
      } catch (error) {
        prompt.setBusy(false);
        prompt.say(saveFailureText(error), 'error');
      }
    };
    prompt.showAccount(
      {
        issuer: found.issuer,
        account: found.account,
        duplicate: found.duplicate,
        replaces: found.replaces && {
          name: accountName(found.replaces),
          date: new Date(found.replaces.savedAt).toLocaleDateString(undefined, {
            dateStyle: 'medium',
          }),
        },
        notice: localNotice(profile, found.organisationNotice),
      },
      (request) => void save(request),
    );
  };

  return {
    onCandidate(element) {
      const signature = signatureOf(element);
      if (seen.get(element) === signature) return;
      seen.set(element, signature);
      void queue(element);
    },
    onRemoval() {
      // The old element's prompt goes.
      for (const [element, prompt] of prompts) {
        if (!element.isConnected) {
          prompt.remove();
          prompts.delete(element);
        }
      }
    },
  };
}

/** "Issuer: account", or whichever of the two the account has. */
function accountName({ issuer, account }: { issuer: string; account: string }): string {
  return issuer && account ? `${issuer}: ${account}` : issuer || account;
}

/** What was read of an element, so a redraw (new src, new size) is read again, and only then. */
function signatureOf(element: QrElement): string {
  if (element instanceof HTMLImageElement) return element.currentSrc || element.src;
  if (element instanceof HTMLCanvasElement) return `${element.width}x${element.height}`;
  return String(element.innerHTML.length);
}
