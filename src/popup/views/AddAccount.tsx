import { useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../shared/i18n';
import { sendFromPage } from '../../shared/send';
import { useFocusOnMount } from '../hooks/use-focus-on-mount';
import {
  draftInput,
  draftProblems,
  emptyDraft,
  usesUri,
  type AccountDraft,
  type DraftField,
  type DraftProblems,
} from '../logic/account-draft';
import type { UriCheck } from '../logic/uri-check';
import { useUriCheck } from '../hooks/use-uri-check';
import { ErrorAlert } from '../ui/ErrorAlert';
import { Field } from '../ui/Field';
import { AdvancedFields } from './AdvancedFields';

interface AddAccountProps {
  readonly onAdded: (id: string) => void;
  readonly onCancel: () => void;
  readonly describe: (error: unknown) => string | null;
}

/** Order in which a failed submit moves focus to the first field with a problem. */
const fieldIds: readonly (readonly [DraftField, string])[] = [
  ['uri', 'add-uri'],
  ['secret', 'add-secret'],
  ['issuer', 'add-issuer'],
  ['digits', 'add-digits'],
  ['period', 'add-period'],
  ['counter', 'add-counter'],
];

/**
 * "Add account" by hand: secret, issuer, account name and advanced settings, or a
 * pasted otpauth:// URI. Problems show once a field was left (or on submit), then live.
 */
export function AddAccount({ onAdded, onCancel, describe }: AddAccountProps) {
  const [draft, setDraft] = useState<AccountDraft>(emptyDraft);
  const [touched, setTouched] = useState<ReadonlySet<DraftField>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useFocusOnMount(first);

  const fromUri = usesUri(draft);
  const uriCheck = useUriCheck(fromUri ? draft.uri : '');
  const problems = withUriCheck(draftProblems(draft), uriCheck);
  const shown = (field: DraftField) => {
    const key: MessageKey | undefined = problems[field];
    return key && touched.has(field) ? t(key) : null;
  };
  const change = (next: Partial<AccountDraft>) => {
    // A URI pasted into the secret field is taken as a URI: people paste what they copied.
    if (next.secret?.trim().toLowerCase().startsWith('otpauth')) {
      next = { secret: '', uri: next.secret.trim() };
    }
    setDraft((previous) => ({ ...previous, ...next }));
  };
  // Leaving a field still empty is not a mistake yet (the user may be heading for Cancel, and
  // an error appearing there would move the button away from the pointer): emptiness is
  // reported on submit.
  const touch = (field: DraftField) => (event: FocusEvent) => {
    if (event.currentTarget instanceof HTMLInputElement && event.currentTarget.value.trim() === '')
      return;
    setTouched((previous) => new Set(previous).add(field));
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const invalid = fieldIds.find(([field]) => problems[field]);
    if (invalid) {
      setTouched(new Set(fieldIds.map(([field]) => field)));
      const field = document.getElementById(invalid[1]);
      // A problem in the closed "Advanced" section: open it, or the field cannot take focus.
      const section = field?.closest('details');
      if (section) section.open = true;
      field?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const { id } = await sendFromPage('vault/add', draftInput(draft));
      onAdded(id);
    } catch (failure) {
      setBusy(false);
      setError(describe(failure));
    }
  };

  return (
    <form
      class="panel"
      onSubmit={(event) => void submit(event)}
      aria-busy={busy}
      noValidate
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <h1>{t('popupAddHeading')}</h1>
      <Field
        id="add-secret"
        label={t('popupSecret')}
        inputRef={first}
        autoComplete="off"
        spellcheck={false}
        disabled={fromUri}
        value={draft.secret}
        onValue={(secret) => {
          change({ secret });
        }}
        onBlur={touch('secret')}
        hint={t('popupSecretHint')}
        error={fromUri ? null : shown('secret')}
      />
      <Field
        id="add-issuer"
        label={t('popupIssuer')}
        autoComplete="off"
        disabled={fromUri}
        value={draft.issuer}
        onValue={(issuer) => {
          change({ issuer });
        }}
        onBlur={touch('issuer')}
        error={fromUri ? null : shown('issuer')}
      />
      <Field
        id="add-account"
        label={t('popupAccountName')}
        autoComplete="off"
        disabled={fromUri}
        value={draft.account}
        onValue={(account) => {
          change({ account });
        }}
        onBlur={touch('issuer')}
      />
      <AdvancedFields
        draft={draft}
        problems={fromUri ? {} : problems}
        disabled={fromUri}
        onChange={change}
      />
      <p class="divider">{t('popupOr')}</p>
      <Field
        id="add-uri"
        label={t('popupUri')}
        autoComplete="off"
        spellcheck={false}
        placeholder="otpauth://totp/…"
        value={draft.uri}
        onValue={(uri) => {
          change({ uri });
        }}
        onBlur={touch('uri')}
        hint={uriCheck?.ok ? t('popupUriPreview', uriCheck.label) : t('popupUriHint')}
        error={shown('uri')}
      />
      <ErrorAlert message={error} />
      <div class="buttons">
        <button type="submit" class="primary">
          {busy ? t('popupSaving') : t('popupSaveAccount')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('popupCancel')}
        </button>
      </div>
    </form>
  );
}

/** The full parse's verdict on the URI, when the scheme alone found nothing wrong. */
function withUriCheck(problems: DraftProblems, check: UriCheck | null): DraftProblems {
  if (problems.uri || !check || check.ok) return problems;
  return { ...problems, uri: check.problem };
}
