import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { AccountView } from '../../shared/model/vault';
import { sendFromPage } from '../../shared/send';
import { accountLabel } from '../../shared/account-label';
import { ErrorAlert } from '../ui/ErrorAlert';

interface DeleteAccountProps {
  readonly account: AccountView;
  readonly onDeleted: (id: string) => void;
  readonly describe: (error: unknown) => string | null;
}

/**
 * Delete, then confirm: the confirmation says what goes and that it can be undone
 * for a few seconds (the list then shows "Undo").
 */
export function DeleteAccount({ account, onDeleted, describe }: DeleteAccountProps) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);

  const wasConfirming = useRef(false);

  // Focus follows the step: to "Delete" in the question, back to the first button on cancel.
  useLayoutEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (wasConfirming.current) deleteButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const cancel = () => {
    setConfirming(false);
  };

  // One request per confirmation: a double click must not ask to remove it twice.
  const removing = useRef(false);
  const remove = async () => {
    if (removing.current) return;
    removing.current = true;
    try {
      await sendFromPage('vault/remove', { id: account.id });
      onDeleted(account.id);
    } catch (failure) {
      removing.current = false;
      setError(describe(failure));
    }
  };

  if (!confirming) {
    return (
      <div class="danger-zone">
        <button
          type="button"
          class="danger"
          ref={deleteButton}
          onClick={() => {
            setConfirming(true);
          }}
        >
          {t('popupDelete')}
        </button>
      </div>
    );
  }
  return (
    <div
      class="danger-zone confirm"
      role="group"
      aria-labelledby="delete-question"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          cancel();
        }
      }}
    >
      <p id="delete-question">{t('popupDeleteQuestion', accountLabel(account))}</p>
      <ErrorAlert message={error} />
      <div class="buttons">
        <button type="button" class="danger" ref={confirmButton} onClick={() => void remove()}>
          {t('popupDeleteConfirm')}
        </button>
        <button type="button" onClick={cancel}>
          {t('popupKeep')}
        </button>
      </div>
    </div>
  );
}
