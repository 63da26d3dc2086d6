import { useCallback, useEffect, useRef } from 'preact/hooks';
import { asksClipboardReadOnCopy } from '../../core/clipboard-clearing';
import {
  askedForClipboardRead,
  hasClipboardRead,
  rememberClipboardReadAsked,
  requestClipboardRead,
} from '../../shared/clipboard-read';
import { sendFromPage } from '../../shared/send';

interface AskState {
  readonly seconds: number;
  readonly canRead: boolean;
  readonly askedBefore: boolean;
}

/**
 * The first copy that clearing needs `clipboardRead` for asks for it. What decides is loaded
 * when the popup opens, because the question must be put synchronously in the click (see
 * shared/clipboard-read.ts). Until it is known, nothing is asked: the copy never waits.
 */
export function useClipboardReadAsk(): () => Promise<boolean> | null {
  const state = useRef<AskState | null>(null);

  useEffect(() => {
    Promise.all([sendFromPage('settings/get', null), hasClipboardRead(), askedForClipboardRead()])
      .then(([settings, canRead, askedBefore]) => {
        state.current = { seconds: settings.clipboardClearSeconds, canRead, askedBefore };
      })
      .catch(() => {
        // Not known: copies just don't ask; Options still offers the permission.
      });
  }, []);

  // Null when nothing was asked; else the user's answer.
  return useCallback(() => {
    const known = state.current;
    if (!known || !asksClipboardReadOnCopy(known)) return null;
    const answer = requestClipboardRead();
    // Once, whatever the answer: a refusal is not asked again on every copy.
    state.current = { ...known, askedBefore: true };
    void rememberClipboardReadAsked().catch(() => undefined);
    return answer.then((granted) => {
      if (state.current) state.current = { ...state.current, canRead: granted };
      return granted;
    });
  }, []);
}
