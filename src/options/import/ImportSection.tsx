import browser from 'webextension-polyfill';
import { useState } from 'preact/hooks';
import { describeError } from '../../shared/describe-error';
import { t } from '../../shared/i18n';
import { ConfirmImport } from '../../popup/import/ConfirmImport';
import type { FoundAccounts } from '../../popup/import/import-result';
import { savedText } from '../../popup/import/saved-text';
import { noticeLocale } from '../../sites/notice-locale';
import { readImportFiles } from './read-import-files';

const locale = noticeLocale(browser.i18n.getUILanguage());

/**
 * Options -> Import accounts: other authenticators' export files and Google Authenticator
 * export images, picked or dropped, several at once. Each file's accounts are confirmed one
 * file at a time (ConfirmImport, as in the popup); nothing is stored before "Save".
 */
export function ImportSection() {
  const [files, setFiles] = useState<readonly File[]>([]);
  const [password, setPassword] = useState('');
  const [queue, setQueue] = useState<readonly FoundAccounts[]>([]);
  const [problems, setProblems] = useState<readonly string[]>([]);
  const [done, setDone] = useState<readonly string[]>([]);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);

  const read = async (chosen: readonly File[]) => {
    if (busy) return;
    if (chosen.length === 0) {
      setProblems([t('importNoFile')]);
      return;
    }
    setBusy(true);
    setProblems([]);
    setDone([]);
    const result = await readImportFiles(chosen, password, describeError);
    setBusy(false);
    setQueue(result.found);
    setProblems(result.problems);
  };
  const next = (said: string | null) => {
    if (said) setDone((previous) => [...previous, said]);
    setQueue((previous) => previous.slice(1));
  };

  const current = queue[0];
  return (
    <section
      id="import"
      aria-labelledby="import-heading"
      class={dragging ? 'dragging' : undefined}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => {
        setDragging(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        void read([...(event.dataTransfer?.files ?? [])]);
      }}
    >
      <h2 id="import-heading">{t('importHeading')}</h2>
      {current ? (
        <ConfirmImport
          key={current.token}
          found={current}
          locale={locale}
          describe={describeError}
          onSaved={(saved, firstName) => {
            next(savedText(saved, firstName));
          }}
          onCancel={() => {
            next(null);
          }}
          onAddNext={() => {
            next(null);
          }}
        />
      ) : (
        <form
          aria-busy={busy}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void read(files);
          }}
        >
          <p>{t('importIntro')}</p>
          <label class="field">
            <span>{t('importFile')}</span>
            <input
              type="file"
              multiple
              onChange={(event) => {
                setFiles([...(event.currentTarget.files ?? [])]);
              }}
            />
          </label>
          <label class="field">
            <span>{t('importPassword')}</span>
            <input
              type="password"
              autocomplete="off"
              aria-describedby="import-password-hint"
              value={password}
              onInput={(event) => {
                setPassword(event.currentTarget.value);
              }}
            />
          </label>
          <p id="import-password-hint" class="hint">
            {t('importPasswordHint')}
          </p>
          <button type="submit" disabled={busy}>
            {busy ? t('importReading') : t('importSubmit')}
          </button>
          <p class="hint">{t('importDrop')}</p>
        </form>
      )}
      {problems.length > 0 && (
        <ul class="error" role="alert">
          {problems.map((problem, index) => (
            <li key={index}>{problem}</li>
          ))}
        </ul>
      )}
      {done.length > 0 && (
        <p class="saved" role="status">
          {done.join(' ')}
        </p>
      )}
    </section>
  );
}
