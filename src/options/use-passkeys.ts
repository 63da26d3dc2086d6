import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PasskeySlotInfo } from '../core/crypto';
import { sendFromPage } from '../shared/send';
import { usePageEvent } from '../shared/use-page-event';

export interface Passkeys {
  readonly passkeys: readonly PasskeySlotInfo[];
  readonly setPasskeys: (passkeys: readonly PasskeySlotInfo[]) => void;
}

/**
 * The vault's passkeys, for Options: asked on open, and again whenever the vault was unlocked,
 * because a vault joined from sync or opened elsewhere may hold other slots than the one read.
 * `setPasskeys` takes an action's own answer (add, remove).
 */
export function usePasskeys(): Passkeys {
  const [passkeys, setPasskeys] = useState<readonly PasskeySlotInfo[]>([]);
  const load = useCallback(() => {
    sendFromPage('passkey/list', null).then(
      (list) => {
        setPasskeys(list.passkeys);
      },
      () => undefined,
    );
  }, []);
  useEffect(load, [load]);
  usePageEvent(['vault/unlocked'], load);
  return { passkeys, setPasskeys };
}
