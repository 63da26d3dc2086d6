import { useState } from 'preact/hooks';
import type { Settings } from '../shared/model/settings';
import { t } from '../shared/i18n';
import { sendFromPage } from '../shared/send';
import { ClipboardAccessNote } from './ClipboardAccessNote';
import { SignInSettings } from './SignInSettings';
import { autoLockAllowed, lockedSettings } from '../core/policy/managed-settings';
import type { Policy } from '../core/policy/policy';
import { ManagedHint } from './ManagedHint';

/** Auto-lock minutes; null locks only when the browser closes. */
const autoLockChoices: readonly (number | null)[] = [1, 5, 15, 30, 60, 240, null];
const clipboardChoices: readonly number[] = [10, 30, 60, 120, 0];
const themes: readonly Settings['theme'][] = ['system', 'light', 'dark'];

/** Each change is saved at once, and confirmed in a status line. */
export function SettingsForm({
  settings,
  policy,
  onSaved,
}: {
  /** The settings in force (the worker applies the policy); `policy` says what is locked. */
  readonly settings: Settings;
  readonly policy: Policy;
  readonly onSaved: (settings: Settings) => void;
}) {
  const locked = lockedSettings(policy);
  const [status, setStatus] = useState<{ readonly ok: boolean; readonly text: string } | null>(
    null,
  );

  const save = (changes: Partial<Settings>) => {
    sendFromPage('settings/set', changes).then(
      (saved) => {
        onSaved(saved);
        setStatus({ ok: true, text: t('optionsSaved') });
      },
      // Never the worker's message: it is English, whatever the UI language.
      () => {
        setStatus({ ok: false, text: t('optionsSaveFailed') });
      },
    );
  };

  const autoLockValue =
    settings.autoLockMinutes === null ? 'close' : String(settings.autoLockMinutes);
  const autoLockOffered = autoLockChoices.filter((choice) => autoLockAllowed(choice, policy));
  const autoLockKnown = autoLockOffered.some(
    (choice) => (choice === null ? 'close' : String(choice)) === autoLockValue,
  );
  const clipboardOffered = clipboardChoices.includes(settings.clipboardClearSeconds)
    ? clipboardChoices
    : [settings.clipboardClearSeconds, ...clipboardChoices];

  return (
    <section aria-labelledby="security-heading">
      <h2 id="security-heading">{t('optionsSecurityHeading')}</h2>
      <label class="field">
        <span>{t('optionsAutoLock')}</span>
        <select
          value={autoLockValue}
          disabled={locked.has('autoLockMinutes')}
          aria-describedby={
            policy.maxAutoLockMinutes !== null || locked.has('autoLockMinutes')
              ? 'auto-lock-managed'
              : undefined
          }
          onChange={(event) => {
            const value = event.currentTarget.value;
            save({ autoLockMinutes: value === 'close' ? null : Number(value) });
          }}
        >
          {!autoLockKnown && (
            <option value={autoLockValue}>{minutesLabel(Number(autoLockValue))}</option>
          )}
          {autoLockOffered.map((choice) => (
            <option key={String(choice)} value={choice === null ? 'close' : String(choice)}>
              {choice === null ? t('optionsAutoLockBrowserClose') : minutesLabel(choice)}
            </option>
          ))}
        </select>
      </label>
      {locked.has('autoLockMinutes') ? (
        <ManagedHint id="auto-lock-managed" />
      ) : (
        policy.maxAutoLockMinutes !== null && (
          <ManagedHint
            id="auto-lock-managed"
            text={t('policyAutoLockMax', minutesLabel(policy.maxAutoLockMinutes))}
          />
        )
      )}
      <label class="field">
        <span>{t('optionsClipboard')}</span>
        <select
          value={String(settings.clipboardClearSeconds)}
          disabled={locked.has('clipboardClearSeconds')}
          aria-describedby={locked.has('clipboardClearSeconds') ? 'clipboard-managed' : undefined}
          onChange={(event) => {
            save({ clipboardClearSeconds: Number(event.currentTarget.value) });
          }}
        >
          {clipboardOffered.map((seconds) => (
            <option key={seconds} value={String(seconds)}>
              {seconds === 0 ? t('optionsClipboardNever') : t('optionsSeconds', String(seconds))}
            </option>
          ))}
        </select>
      </label>
      {locked.has('clipboardClearSeconds') && <ManagedHint id="clipboard-managed" />}
      <ClipboardAccessNote seconds={settings.clipboardClearSeconds} />
      <label class="field">
        <span>{t('optionsTheme')}</span>
        <select
          value={settings.theme}
          onChange={(event) => {
            save({ theme: event.currentTarget.value as Settings['theme'] });
          }}
        >
          {themes.map((theme) => (
            <option key={theme} value={theme}>
              {t(
                theme === 'system'
                  ? 'optionsThemeSystem'
                  : theme === 'light'
                    ? 'optionsThemeLight'
                    : 'optionsThemeDark',
              )}
            </option>
          ))}
        </select>
      </label>
      <SignInSettings settings={settings} policy={policy} save={save} />
      {status && (
        <p role={status.ok ? 'status' : 'alert'} class={status.ok ? 'saved' : 'error'}>
          {status.text}
        </p>
      )}
    </section>
  );
}

function minutesLabel(minutes: number): string {
  if (minutes === 1) return t('optionsOneMinute');
  return minutes < 1
    ? t('optionsSeconds', String(Math.round(minutes * 60)))
    : t('optionsMinutes', String(minutes));
}
