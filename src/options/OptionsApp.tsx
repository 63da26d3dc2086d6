import { useCallback, useEffect, useState } from 'preact/hooks';
import type { AboutInfo } from '../shared/model/portal';
import type { Settings } from '../shared/model/settings';
import { t } from '../shared/i18n';
import { sendFromPage } from '../shared/send';
import { AboutSection } from './AboutSection';
import { BackupSection } from './BackupSection';
import { ImportSection } from './import/ImportSection';
import { ManagedNote } from './ManagedNote';
import { ChangePassphrase } from './ChangePassphrase';
import { PasskeySection } from './PasskeySection';
import { MoveToPhoneSection } from './MoveToPhoneSection';
import { PlainExportSection } from './PlainExportSection';
import { PortalsSection } from './PortalsSection';
import { SettingsForm } from './SettingsForm';
import { ShortcutNote } from './ShortcutNote';
import { SyncSection } from './SyncSection';
import { applyTheme } from './theme';
import { usePasskeys } from './use-passkeys';
import { usePolicy } from './use-policy';

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [about, setAbout] = useState<AboutInfo | null>(null);
  const [failed, setFailed] = useState(false);

  // A policy may change the user's own settings too (a default it recommends).
  const reloadSettings = useCallback(() => {
    sendFromPage('settings/get', null).then(setSettings, () => undefined);
  }, []);
  const { policy, ignored } = usePolicy(reloadSettings);
  // Read once for the two sections that speak of them.
  const passkeys = usePasskeys();

  useEffect(() => {
    Promise.all([sendFromPage('settings/get', null), sendFromPage('page/about', null)]).then(
      ([loaded, info]) => {
        setSettings(loaded);
        setAbout(info);
        applyTheme(loaded.theme);
      },
      () => {
        setFailed(true);
      },
    );
  }, []);

  return (
    <>
      <h1>{t('optionsTitle')}</h1>
      {failed && <p role="alert">{t('optionsLoadFailed')}</p>}
      <ManagedNote policy={policy} ignored={ignored} />
      {settings && (
        <SettingsForm
          settings={settings}
          policy={policy}
          onSaved={(saved) => {
            setSettings(saved);
            applyTheme(saved.theme);
          }}
        />
      )}
      <ShortcutNote />
      <BackupSection />
      <SyncSection passkeyCount={passkeys.passkeys.length} />
      <ImportSection />
      <ChangePassphrase />
      <PasskeySection {...passkeys} />
      <MoveToPhoneSection />
      <PlainExportSection forbidden={policy.disablePlainExports} />
      <PortalsSection />
      {about && <AboutSection about={about} />}
    </>
  );
}
