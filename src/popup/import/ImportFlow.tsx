import { useState } from 'preact/hooks';
import type { ImportSaved } from '../../shared/model/imports';
import type { Locale } from '../../sites/site-profile';
import { ConfirmImport } from './ConfirmImport';
import { ImageImport } from './ImageImport';
import type { FoundAccounts } from './import-result';

export interface ImportFlowProps {
  /** Accounts a page scan found; null opens the image view first. */
  readonly found: FoundAccounts | null;
  readonly locale: Locale;
  readonly onSaved: (saved: ImportSaved, firstName: string) => void;
  readonly onCancel: () => void;
  readonly describe: (error: unknown) => string | null;
}

/** The import screens: an image to read, then the accounts to confirm. */
export function ImportFlow({
  found: scanned,
  locale,
  onSaved,
  onCancel,
  describe,
}: ImportFlowProps) {
  const [found, setFound] = useState(scanned);
  if (found) {
    return (
      <ConfirmImport
        key={found.token}
        found={found}
        locale={locale}
        onSaved={onSaved}
        onCancel={onCancel}
        onAddNext={() => {
          setFound(null);
        }}
        describe={describe}
      />
    );
  }
  return <ImageImport onFound={setFound} onCancel={onCancel} describe={describe} />;
}
