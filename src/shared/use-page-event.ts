import { useEffect } from 'preact/hooks';
import { readEvent, type PageEvents } from './protocol/events';
import { webext } from './webext';

/** Runs `onEvent` whenever the background announces one of `types` to extension pages. */
export function usePageEvent(
  types: readonly (keyof PageEvents)[],
  onEvent: (type: keyof PageEvents) => void,
): void {
  useEffect(() => {
    const listener = (message: unknown) => {
      const type = readEvent<PageEvents>(message, types);
      if (type !== null) onEvent(type);
      return undefined;
    };
    webext.runtime.onMessage.addListener(listener);
    return () => {
      webext.runtime.onMessage.removeListener(listener);
    };
    // Each caller names its types as a literal list: only the handler may change.
  }, [onEvent]);
}
