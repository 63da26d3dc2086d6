import { useCallback, useState } from 'preact/hooks';
import { sendFromPage } from '../../shared/send';
import { importResult, type FoundAccounts } from './import-result';
import { aimAtTestTab } from './logic/scan-target';

/**
 * "Scan QR code on this page": asks the background to scan the tab, then either
 * hands the accounts on for confirmation or keeps the reason there are none to show.
 */
export function useTabScan(
  onFound: (found: FoundAccounts) => void,
  describe: (error: unknown) => string | null,
) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const scan = useCallback(async () => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      await aimAtTestTab(location.search);
      const result = importResult(await sendFromPage('import/scan-tab', null), 'page');
      setBusy(false);
      if ('accounts' in result) onFound(result.accounts);
      else setProblem(result.problem);
    } catch (failure) {
      setBusy(false);
      setProblem(describe(failure));
    }
  }, [busy, onFound, describe]);

  return { busy, problem, scan };
}
