import { ENVELOPE_VERSION } from '../core/crypto';
import { VAULT_SCHEMA_VERSION } from '../core/vault';
import type { AboutInfo } from '../shared/model/portal';
import { t } from '../shared/i18n';

export function AboutSection({ about }: { readonly about: AboutInfo }) {
  return (
    <section aria-labelledby="about-heading">
      <h2 id="about-heading">{t('optionsAboutHeading')}</h2>
      <dl>
        <dt>{t('optionsVersion')}</dt>
        <dd>{about.version}</dd>
        <dt>{t('optionsVaultFormat')}</dt>
        <dd>
          {t('optionsVaultFormatValue', String(ENVELOPE_VERSION), String(VAULT_SCHEMA_VERSION))}
        </dd>
      </dl>
      <p>{t('optionsPrivacy')}</p>
    </section>
  );
}
