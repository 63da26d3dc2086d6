import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

const SHOWN_MS = 2500;

/**
 * Short confirmations ("Copied", "Moved to position 2 of 5") for one role=status region that
 * stays in the page, so screen readers announce each change.
 */
export function useAnnouncer() {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const announce = useCallback((text: string) => {
    clearTimeout(timer.current);
    setMessage(text);
    timer.current = setTimeout(() => {
      setMessage('');
    }, SHOWN_MS);
  }, []);

  useEffect(
    () => () => {
      clearTimeout(timer.current);
    },
    [],
  );
  return { message, announce };
}
