import { useCallback, useEffect, useState } from 'preact/hooks';
import { SYNC_STATUS_KEY, type SyncStatus } from './model/sync';
import { sendFromPage } from './send';
import { usePolicyChanged } from './use-policy-changed';
import { webext } from './webext';

/**
 * Where sync stands, for a page: asked on open and again whenever the background says it
 * changed. Null until the first answer, and when there is none (a worker without sync): the
 * page then shows what it shows without sync. `setStatus` takes an action's own answer.
 */
export function useSyncStatus(): {
  readonly status: SyncStatus | null;
  /** False until the first 'sync/status' answered or failed. */
  readonly known: boolean;
  readonly setStatus: (status: SyncStatus) => void;
} {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [known, setKnown] = useState(false);

  const load = useCallback(() => {
    sendFromPage('sync/status', null).then(
      (loaded) => {
        setStatus(loaded);
        setKnown(true);
      },
      () => {
        setKnown(true);
      },
    );
  }, []);

  useEffect(() => {
    load();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && Object.hasOwn(changes, SYNC_STATUS_KEY)) load();
    };
    webext.storage.onChanged.addListener(onChanged);
    return () => {
      webext.storage.onChanged.removeListener(onChanged);
    };
  }, [load]);
  // The organisation may have turned sync off, or on again.
  usePolicyChanged(load);

  return { status, known, setStatus };
}
