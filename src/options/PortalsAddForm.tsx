import { useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { checkNewPortal } from '../core/portals/new-portal-check';
import type { PortalsOverview } from '../shared/messages';
import { t } from '../shared/i18n';
import { MessageError, sendFromPage } from '../shared/send';
import { describePortalPattern } from '../sites/user-portal';
import { portalProblemText } from './PortalsProblemText';

/**
 * The address field and "Add portal" (issue 5). The browser grants an optional host permission
 * only while it handles the user's click (Firefox refuses it after any await), so the address
 * is checked synchronously and `permissions.request` is the first asynchronous call made.
 */
export function PortalsAddForm({
  overview,
  onAdded,
  onAttempt,
}: {
  readonly overview: PortalsOverview;
  readonly onAdded: (next: PortalsOverview, text: string) => void;
  /** A new attempt starts: an older confirmation elsewhere no longer applies. */
  readonly onAttempt: () => void;
}) {
  const [address, setAddress] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLInputElement>(null);

  const fail = (text: string) => {
    setError(text);
    field.current?.focus();
  };

  const submit = (event: Event) => {
    event.preventDefault();
    onAttempt();
    const checked = checkNewPortal(address, overview);
    if (!checked.ok) {
      fail(portalProblemText(checked));
      return;
    }
    const site = describePortalPattern(checked.pattern);
    setBusy(true);
    setError(null);
    browser.permissions
      .request({ origins: [checked.pattern] })
      .then(async (granted) => {
        if (!granted) {
          fail(t('optionsPortalsDenied', site));
          return;
        }
        const next = await sendFromPage('portals/add', { pattern: checked.pattern });
        setAddress('');
        onAdded(next, t('optionsPortalsAdded', site));
      })
      .catch((failure: unknown) => {
        fail(
          failure instanceof MessageError && failure.code === 'duplicate'
            ? t('optionsPortalErrorDuplicate', site)
            : t('optionsPortalsSaveFailed'),
        );
      })
      .finally(() => {
        setBusy(false);
      });
  };

  return (
    <form onSubmit={submit} noValidate>
      <label class="field">
        <span>{t('optionsPortalsAddress')}</span>
        <input
          ref={field}
          type="text"
          inputMode="url"
          autocomplete="off"
          spellcheck={false}
          placeholder="portal.example.com"
          value={address}
          aria-invalid={error !== null}
          aria-describedby={
            error === null ? 'portal-address-hint' : 'portal-address-error portal-address-hint'
          }
          onInput={(event) => {
            setAddress(event.currentTarget.value);
          }}
        />
      </label>
      <p id="portal-address-hint" class="hint">
        {t('optionsPortalsAddressHint')}
      </p>
      {error !== null && (
        <p id="portal-address-error" role="alert" class="error">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {t('optionsPortalsAdd')}
      </button>
    </form>
  );
}
