import { webext } from '../shared/webext';
import { siteProfiles } from '../sites';
import { USER_PORTAL_ID, userPortalProfile } from '../sites/user-portal';
import { readEvent, type ContentEvents } from '../shared/protocol/events';
import { sendFromContent } from '../shared/send';
import { startEnrollmentCapture } from './enrollment/capture-flow';
import { startSignInFill } from './sign-in/sign-in-fill';
import { OpenShadowRoots } from './open-shadow-roots';
import { deservesFullLook } from './page-survey';
import { isOpaqueDocument } from './opaque-document';
import { handleVaultUnlocked } from './vault-unlocked';

// Thin bootstrap: the background says which portal this frame is on; there, enrollment
// capture watches for QR codes and sign-in fill for code fields.
if (!isOpaqueDocument()) start();

function start() {
  sendFromContent('content/hello', null)
    .then((status) => {
      const id = status.site?.id;
      // A portal the user added has generic hints only; its pattern does not matter here.
      const profile =
        id === USER_PORTAL_ID
          ? userPortalProfile(location.origin + '/*')
          : siteProfiles.find((candidate) => candidate.id === id);
      if (!profile || !status.isSecureContext) return;
      const shadowRoots = new OpenShadowRoots();
      const lookNow = deservesFullLook(profile);
      if (lookNow) shadowRoots.discover(document);
      startEnrollmentCapture(profile, shadowRoots, lookNow);
      startSignInFill(profile, shadowRoots, lookNow);
      // Only the extension itself can message a content script (no externally_connectable ids).
      webext.runtime.onMessage.addListener((message: unknown) => {
        if (readEvent<keyof ContentEvents>(message, ['vault/unlocked'])) handleVaultUnlocked();
        return undefined;
      });
    })
    .catch(() => {
      // The extension was reloaded or updated under this page: this orphaned script stays idle.
    });
}
