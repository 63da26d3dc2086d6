import { t } from '../../shared/i18n';
import { Icon } from '../ui/Icon';

/** "Lock" (DESIGN 5): forget the key now; the popup then shows the unlock view. */
export function LockButton({ onLock }: { readonly onLock: () => void }) {
  return (
    <button type="button" class="tool" onClick={onLock}>
      <Icon name="lock" />
      <span>{t('popupLock')}</span>
    </button>
  );
}
