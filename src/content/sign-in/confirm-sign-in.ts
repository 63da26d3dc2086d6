import { sendFromContent } from '../../shared/send';
import type { SignInFill } from './sign-in-fill';

/**
 * A page that follows a sent code step (the portal navigated): if it shows no code step once
 * it has settled, the portal accepted the code. A code step shown again is a refusal, which
 * its session hears from the worker. Settled: loaded, and a few seconds for a single-page
 * app's first render. A portal slower than that to show its code step again would be taken
 * for one that accepted: the cost is a replaced key removed early, which the popup's list
 * no longer offers; the key the portal refused is the one kept.
 */
const SETTLE_MS = 4_000;

export function confirmSignIn(signIn: SignInFill): void {
  const check = () => {
    setTimeout(() => {
      if (signIn.sawCodeStep) return;
      sendFromContent('fill/outcome', { outcome: 'gone' }).catch(() => undefined);
    }, SETTLE_MS);
  };
  if (document.readyState === 'complete') check();
  else
    window.addEventListener('load', (event) => {
      if (event.isTrusted) check();
    });
}
