import { useEffect, useState } from 'preact/hooks';
import type { UriCheck } from '../logic/uri-check';

/**
 * Core's strict otpauth parse of a pasted URI, for live feedback and a preview of the account.
 * Loaded on first use: the parser pulls in otplib, and the popup must open fast.
 */
export function useUriCheck(uri: string): UriCheck | null {
  const [result, setResult] = useState<{ uri: string; check: UriCheck } | null>(null);
  useEffect(() => {
    if (uri.trim() === '') return;
    let current = true;
    import('../logic/uri-check').then(
      ({ checkUri }) => {
        if (current) setResult({ uri, check: checkUri(uri) });
      },
      () => {
        // Without the parser, the scheme check and the background's verdict remain.
      },
    );
    return () => {
      current = false;
    };
  }, [uri]);
  return result?.uri === uri ? result.check : null;
}
