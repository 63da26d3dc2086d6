import { useEffect } from 'preact/hooks';
import { readEvent, type PageEvents } from './protocol/events';
import { webext } from './webext';

/** Runs `onChanged` whenever the background says the organisation's policy changed. */
export function usePolicyChanged(onChanged: () => void): void {
  useEffect(() => {
    const listener = (message: unknown) => {
      if (readEvent<PageEvents>(message, ['policy/changed']) !== null) onChanged();
      return undefined;
    };
    webext.runtime.onMessage.addListener(listener);
    return () => {
      webext.runtime.onMessage.removeListener(listener);
    };
  }, [onChanged]);
}
