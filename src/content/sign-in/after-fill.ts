import type { RefusedCode } from '../../shared/model/fill';
import { sendFromContent } from '../../shared/send';
import type { CodeTarget } from '../fields';
import { watchFillOutcome } from './fill-outcome';
import { watchCodeSent } from './code-sent';

/**
 * After a code went in: tells the worker when the user sends the code step, and what the
 * portal then did: an error near the field (refused: the answer says what "Fill next code"
 * fills), or the code step gone without one (accepted, if it was sent). One watch per
 * document: a new fill replaces the last one's.
 */
let stopLast: (() => void) | null = null;

export function watchAfterFill(target: CodeTarget, onRefused: (refused: RefusedCode) => void) {
  stopLast?.();
  const stopSent = watchCodeSent(target, () => {
    sendFromContent('fill/sent', null).catch(() => undefined);
  });
  const stopOutcome = watchFillOutcome(target, (outcome) => {
    stop();
    sendFromContent('fill/outcome', { outcome })
      .then((refused) => {
        if (refused) onRefused(refused);
      })
      .catch(() => undefined);
  });
  const stop = () => {
    stopSent();
    stopOutcome();
    stopLast = null;
  };
  stopLast = stop;
}
