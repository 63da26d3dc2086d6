import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { useAnnouncer } from '../hooks/use-announcer';
import { useSecondClock } from '../hooks/use-clock';
import { waitClock } from '../logic/wait-clock';

interface PassphraseWaitProps {
  /** When the wait ends (ms since the epoch); null when there is none. */
  readonly until: number | null;
  readonly onEnd: () => void;
  /** For the field's aria-describedby: the countdown is read with it. */
  readonly id: string;
}

/**
 * "Too many wrong passphrases. Try again in 0:08.", counting down. Screen readers hear it
 * once as a wait starts, and again as it ends (a polite status that stays in the page), not
 * each second: the countdown itself is plain text, read with the field it describes.
 */
export function PassphraseWait({ until, onEnd, id }: PassphraseWaitProps) {
  const { message, announce } = useAnnouncer();
  const previous = useRef<number | null>(null);
  useEffect(() => {
    if (until !== null) announce(t('passphraseWait', waitClock(until - Date.now())));
    else if (previous.current !== null) announce(t('passphraseWaitOver'));
    previous.current = until;
  }, [until, announce]);

  return (
    <>
      {until !== null && <Countdown id={id} until={until} onEnd={onEnd} />}
      <p class="sr-only" role="status">
        {message}
      </p>
    </>
  );
}

// A sentence cut where its placeholder goes, so the time can be an element of its own.
const CUT = '\u2063';

function Countdown({ id, until, onEnd }: { id: string; until: number; onEnd: () => void }) {
  const now = useSecondClock();
  useEffect(() => {
    // The clock ticks on whole seconds; the wait ends when it ends.
    const timer = setTimeout(onEnd, Math.max(0, until - Date.now()));
    return () => {
      clearTimeout(timer);
    };
  }, [until, onEnd]);
  const [before = '', after = ''] = t('passphraseWait', CUT).split(CUT);
  return (
    <p id={id} class="wait">
      {before}
      <time dateTime={new Date(until).toISOString()}>{waitClock(until - now)}</time>
      {after}
    </p>
  );
}
