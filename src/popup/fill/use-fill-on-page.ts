import { useCallback, useRef, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { FillChoice } from '../../shared/model/fill';
import { sendFromPage } from '../../shared/send';
import { aimAtTestTab } from '../import/logic/scan-target';
import { fillResultMessage } from './fill-result-message';

export type FillView =
  | { readonly kind: 'idle' | 'busy' }
  | { readonly kind: 'choose'; readonly accounts: readonly FillChoice[] }
  | { readonly kind: 'said'; readonly text: string; readonly tone: 'done' | 'warning' | 'problem' };

/**
 * "Fill code on this page": asks the background to fill the active tab (in test
 * builds, the tab `?e2e-scan-tab=` names, as for the scan), offers a choice when several
 * accounts are bound there; the background copies the code when the settings say so.
 */
export function useFillOnPage(
  describe: (error: unknown) => string | null,
  announce: (text: string) => void,
) {
  const [view, setView] = useState<FillView>({ kind: 'idle' });
  const busy = useRef(false);

  const fill = useCallback(
    async (accountId: string | null) => {
      if (busy.current) return;
      busy.current = true;
      setView({ kind: 'busy' });
      try {
        await aimAtTestTab(location.search);
        const result = await sendFromPage('fill/active-tab', { accountId });
        if (result.status === 'choose') {
          setView({ kind: 'choose', accounts: result.accounts });
          return;
        }
        const said = fillResultMessage(result);
        if (!said) return;
        const text = t(said.key, ...said.substitutions);
        setView({ kind: 'said', text, tone: said.tone });
        if (said.tone === 'done') announce(text);
      } catch (failure) {
        const text = describe(failure);
        setView(text === null ? { kind: 'idle' } : { kind: 'said', text, tone: 'problem' });
      } finally {
        busy.current = false;
      }
    },
    [describe, announce],
  );

  return { view, fill };
}
