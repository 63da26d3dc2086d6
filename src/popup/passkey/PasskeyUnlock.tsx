import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { PasskeySlotInfo } from '../../core/crypto';
import { PASSKEY_NOW } from '../../shared/capture-window';
import { describeError } from '../../shared/describe-error';
import { t } from '../../shared/i18n';
import { passkeyFailureText } from '../../shared/passkey/problem-text';
import { assertPasskey } from '../../shared/passkey/webauthn';
import { sendFromPage } from '../../shared/send';
import { closeIfOpenedForCapture } from '../logic/capture-window';
import { isToolbarPopup } from '../logic/toolbar-popup';
import { ErrorAlert } from '../ui/ErrorAlert';

/**
 * "Unlock with passkey", offered first when a passkey opens the vault. The toolbar popup
 * would close under the system dialog, so there it opens the unlock window, which starts the
 * ceremony at once; a tab or window runs it in place. The passphrase form stays below.
 */
export function PasskeyUnlock({ onUnlocked }: { readonly onUnlocked: () => void }) {
  const [passkeys, setPasskeys] = useState<readonly PasskeySlotInfo[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const startedAtOnce = useRef(false);

  useEffect(() => {
    sendFromPage('passkey/list', null).then(
      (list) => {
        setPasskeys(list.passkeys);
      },
      () => undefined, // No list, no button: the passphrase form is there.
    );
  }, []);

  const start = useCallback(async () => {
    if (busy) return;
    setError(null);
    try {
      if (await isToolbarPopup()) {
        await sendFromPage('passkey/open-window', null);
        window.close();
        return;
      }
      setBusy(true);
      const output = await assertPasskey(passkeys);
      await sendFromPage('vault/unlock-passkey', output);
      closeIfOpenedForCapture();
      onUnlocked();
    } catch (failure) {
      setBusy(false);
      setError(passkeyFailureText(failure, describeError));
    }
  }, [busy, passkeys, onUnlocked]);

  useEffect(() => {
    const asked = new URLSearchParams(location.search).has(PASSKEY_NOW);
    if (!asked || passkeys.length === 0 || startedAtOnce.current) return;
    startedAtOnce.current = true;
    void start();
  }, [passkeys, start]);

  if (passkeys.length === 0) return null;
  return (
    <div class="passkey-unlock">
      <button
        type="button"
        class="primary"
        aria-busy={busy}
        onClick={() => {
          void start();
        }}
      >
        {t('popupUnlockWithPasskey')}
      </button>
      {busy && <p role="status">{t('popupUnlockingWithPasskey')}</p>}
      <ErrorAlert message={error} />
      <p class="hint">{t('popupOrPassphrase')}</p>
    </div>
  );
}
