import { webext } from '../shared/webext';
import { readEvent, type ContentEvents } from '../shared/protocol/events';
import { sendFromContent } from '../shared/send';
import { startEnrollmentCapture } from './enrollment/capture-flow';
import { startSignInFill } from './sign-in/sign-in-fill';
import { OpenShadowRoots } from './open-shadow-roots';
import { deservesFullLook } from './page-survey';
import { isOpaqueDocument } from './opaque-document';
import { handleVaultUnlocked } from './vault-unlocked';
import { watchLoginName } from './sign-in/login-name';
import { sayTestSignIn } from './enrollment/after-set-up';
import { confirmSignIn } from './sign-in/confirm-sign-in';
import { useVocabulary } from './vocabulary';

// Thin bootstrap: the background says which portal this frame is on, with its profile; there, enrollment
// capture watches for QR codes and sign-in fill for code fields.
// The manifest runs this at document_start, before the page has a single element: Chromium
// sets up a content script's extension API when its world is made, and a page element named
// like the API there (`<iframe name="browser">`) leaves it without `chrome.runtime`. The work
// itself waits for the page's markup, as document_idle did.
if (!isOpaqueDocument()) start();

function start() {
  Promise.all([sendFromContent('content/hello', null), domParsed()])
    .then(([status]) => {
      const { profile, vocabulary } = status;
      if (!profile || !vocabulary || !status.isSecureContext) return;
      useVocabulary(vocabulary);
      const shadowRoots = new OpenShadowRoots();
      const lookNow = deservesFullLook(profile);
      if (lookNow) shadowRoots.discover(document);
      startEnrollmentCapture(profile, shadowRoots, lookNow);
      const signIn = startSignInFill(profile, shadowRoots, lookNow);
      if (window.top === window) {
        watchLoginName((name) => {
          sendFromContent('fill/login-name', { name }).catch(() => undefined);
        });
        if (status.afterSetUp) sayTestSignIn(profile);
        if (status.awaitingSignIn && signIn) confirmSignIn(signIn);
      }
      // Only the extension itself can message a content script (no externally_connectable ids).
      webext.runtime.onMessage.addListener((message: unknown) => {
        if (readEvent<ContentEvents>(message, ['vault/unlocked'])) handleVaultUnlocked();
        return undefined;
      });
    })
    .catch(() => {
      // The extension was reloaded or updated under this page: this orphaned script stays idle.
    });
}

function domParsed(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => {
    // The browser's own event only: a page script could send one while still loading.
    document.addEventListener('DOMContentLoaded', (event) => {
      if (event.isTrusted) resolve();
    });
  });
}
