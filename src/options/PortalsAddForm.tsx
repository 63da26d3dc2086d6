import { useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { checkNewPortal } from '../core/portals/new-portal-check';
import type { PortalRisk } from '../core/portals/portal-risk';
import type { PortalsOverview } from '../shared/model/portal';
import { t } from '../shared/i18n';
import { MessageError, sendFromPage } from '../shared/send';
import { describePortalPattern } from '../sites/user-portal';
import { portalProblemText } from './PortalsProblemText';
import { PortalsRiskWarning } from './PortalsRiskWarning';

/**
 * The address field and "Add portal". The browser grants an optional host permission
 * only while it handles the user's click (Firefox refuses it after any await), so the address
 * is checked synchronously and `permissions.request` is the first asynchronous call made.
 * A risky address (shared hosting, a look-alike of a built-in portal) is added only from the
 * warning's own button, a second click.
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
  /** A risky address waiting for the user's second, explicit confirmation. */
  const [risky, setRisky] = useState<{ pattern: string; risks: readonly PortalRisk[] } | null>(
    null,
  );
  const field = useRef<HTMLInputElement>(null);

  const fail = (text: string) => {
    setRisky(null);
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
    if (checked.risks.length > 0) {
      setError(null);
      setRisky({ pattern: checked.pattern, risks: checked.risks });
      return;
    }
    add(checked.pattern);
  };

  // Runs in the click that asked for it (submit or "Add anyway"): see above.
  const add = (pattern: string) => {
    const site = describePortalPattern(pattern);
    setBusy(true);
    setError(null);
    browser.permissions
      .request({ origins: [pattern] })
      .then(async (granted) => {
        if (!granted) {
          fail(t('optionsPortalsDenied', site));
          return;
        }
        const next = await sendFromPage('portals/add', { pattern });
        setAddress('');
        setRisky(null);
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

  const described = [
    error !== null && 'portal-address-error',
    risky !== null && 'portal-address-warning',
    'portal-address-hint',
  ].filter(Boolean);

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
          aria-describedby={described.join(' ')}
          onInput={(event) => {
            setAddress(event.currentTarget.value);
            setRisky(null); // The warning was about the address as it was.
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
      {risky !== null && (
        <PortalsRiskWarning
          pattern={risky.pattern}
          risks={risky.risks}
          busy={busy}
          onConfirm={() => {
            onAttempt();
            add(risky.pattern);
          }}
          onCancel={() => {
            setRisky(null);
            field.current?.focus();
          }}
        />
      )}
      <button type="submit" disabled={busy}>
        {t('optionsPortalsAdd')}
      </button>
    </form>
  );
}
