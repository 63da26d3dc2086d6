import type { RefusedCode } from '../../shared/model/fill';
import type { SiteProfile } from '../../sites/site-profile';
import { findCodeField, targetInputs } from '../fields';
import type { OpenShadowRoots } from '../open-shadow-roots';
import { watchAfterFill } from './after-fill';
import { isBesideQrCode } from './beside-qr-code';
import { watchCodeFields, type CodeFieldWatcher } from './code-field-watcher';
import { SignInSession } from './sign-in-session';

export interface SignInFill extends CodeFieldWatcher {
  /** Whether a sign-in code field was found in this document so far. */
  readonly sawCodeStep: boolean;
}

/**
 * Sign-in fill on a portal: whenever an input appears, is revealed or goes, look for
 * the code field with the site profile's sign-in hints (generic detection behind them), and
 * give each new field a session (sign-in-session.ts). A field next to a QR code is an
 * enrollment's and is left to it. After a fill, what the portal does is watched here, beyond
 * the field's life: a refusal goes to the session of the field then shown (a portal may
 * re-render the code step), the code step going away tells the worker it was accepted. Top
 * frame only (DESIGN 4.3; the background refuses other frames anyway).
 */
export function startSignInFill(
  profile: SiteProfile,
  shadowRoots: OpenShadowRoots,
  lookNow: boolean,
): SignInFill | null {
  if (window.top !== window) return null;
  const hints = {
    labels: profile.signIn.codeFieldLabels,
    selectors: profile.signIn.codeFieldSelectors,
  };
  let session: SignInSession | null = null;
  let sawCodeStep = false;
  /** A refusal that came while no field was shown: for the next session. */
  let refusedMeanwhile: RefusedCode | null = null;
  const onRefused = (refused: RefusedCode) => {
    if (session?.isAlive) session.showRefused(refused);
    else refusedMeanwhile = refused;
  };
  const events = {
    onFilled: (target: Parameters<typeof watchAfterFill>[0]) => {
      watchAfterFill(target, onRefused);
    },
  };
  const watcher = watchCodeFields(
    (current) => {
      if (session && !session.isAlive) {
        session.end();
        session = null;
      }
      const target = findCodeField(document, { hints, trees: current });
      const [first] = target ? targetInputs(target) : [];
      if (!target || !first || isBesideQrCode(target)) return;
      sawCodeStep = true;
      if (session?.holds(first) && !session.isDormant) return;
      session?.end();
      session = new SignInSession(target, events, refusedMeanwhile);
      refusedMeanwhile = null;
      session.start();
    },
    shadowRoots,
    lookNow,
  );
  return {
    stop: () => {
      watcher.stop();
    },
    get sawCodeStep() {
      return sawCodeStep;
    },
  };
}
