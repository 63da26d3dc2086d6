import { useCallback, useState } from 'preact/hooks';
import { MessageError } from '../../shared/send';

/**
 * The wait after too many wrong passphrases, for a passphrase form: known beforehand (the
 * locked overview says it), or learnt from a refusal that carries it. The form's submit is off
 * while `until` is set; PassphraseWait shows it and calls `end`.
 */
export function usePassphraseWait(known: number | null = null) {
  const [until, setUntil] = useState<number | null>(() =>
    known !== null && known > Date.now() ? known : null,
  );

  /**
   * Takes the wait a refusal carries, if any. True when the refusal is the wait itself
   * ('throttled'): the form then says nothing else.
   */
  const note = useCallback((failure: unknown): boolean => {
    if (!(failure instanceof MessageError)) return false;
    const at = failure.nextAttemptAt;
    if (at === null || at <= Date.now()) return false;
    setUntil(at);
    return failure.code === 'throttled';
  }, []);

  const end = useCallback(() => {
    setUntil(null);
  }, []);

  return { until, note, end };
}
