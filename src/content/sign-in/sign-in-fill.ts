import type { SiteProfile } from '../../sites/site-profile';
import { findCodeField, targetInputs } from '../fields';
import type { OpenShadowRoots } from '../open-shadow-roots';
import { isBesideQrCode } from './beside-qr-code';
import { watchCodeFields, type CodeFieldWatcher } from './code-field-watcher';
import { SignInSession } from './sign-in-session';

/**
 * Sign-in fill on a portal: whenever an input appears, is revealed or goes, look for
 * the code field with the site profile's sign-in hints (generic detection behind them), and
 * give each new field a session (sign-in-session.ts). A field next to a QR code is an
 * enrollment's and is left to it. Top frame only (DESIGN 4.3; the background
 * refuses other frames anyway).
 */
export function startSignInFill(
  profile: SiteProfile,
  shadowRoots: OpenShadowRoots,
  lookNow: boolean,
): CodeFieldWatcher | null {
  if (window.top !== window) return null;
  const hints = {
    labels: profile.signIn.codeFieldLabels,
    selectors: profile.signIn.codeFieldSelectors,
  };
  let session: SignInSession | null = null;
  return watchCodeFields(
    (current) => {
      if (session && !session.isAlive) {
        session.end();
        session = null;
      }
      const target = findCodeField(document, { hints, trees: current });
      const [first] = target ? targetInputs(target) : [];
      if (!target || !first || isBesideQrCode(target)) return;
      if (session?.holds(first) && !session.isDormant) return;
      session?.end();
      session = new SignInSession(target);
      session.start();
    },
    shadowRoots,
    lookNow,
  );
}
