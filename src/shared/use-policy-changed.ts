import { usePageEvent } from './use-page-event';

/** Runs `onChanged` whenever the background says the organisation's policy changed. */
export function usePolicyChanged(onChanged: () => void): void {
  usePageEvent(['policy/changed'], onChanged);
}
