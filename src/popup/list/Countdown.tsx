import { t } from '../../shared/i18n';
import { useSecondClock } from '../hooks/use-clock';
import { millisecondsLeft, SHOW_NEXT_BELOW_MS } from '../logic/time-left';

interface CountdownProps {
  readonly validUntil: number;
  readonly period: number;
}

/**
 * Seconds left as text, and a small bar that shortens with them. It follows the shared
 * one-second clock by itself, so its row does not re-render each second. The bar steps with
 * the text rather than animating: a running animation on each of 200 rows would keep the
 * popup repainting every frame.
 */
export function Countdown({ validUntil, period }: CountdownProps) {
  const left = millisecondsLeft(validUntil, period, useSecondClock());
  const seconds = Math.ceil(left / 1000);
  const fraction = Math.min(1, seconds / period);
  return (
    <span class="countdown" data-soon={left <= SHOW_NEXT_BELOW_MS || undefined}>
      <span class="drain" aria-hidden="true">
        <span class="drain-fill" style={{ transform: `scaleX(${fraction.toFixed(3)})` }} />
      </span>
      <span class="seconds">{t('popupSecondsLeft', String(seconds))}</span>
    </span>
  );
}
