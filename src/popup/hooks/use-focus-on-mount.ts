import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';

/**
 * Focus for a view that has just appeared. The `autofocus` attribute is not enough: browsers
 * honour it once per page, and the popup swaps views without loading a new page.
 */
export function useFocusOnMount(ref: RefObject<HTMLElement>) {
  // A layout effect runs right after the DOM is built; a plain effect waits for the next frame,
  // and keys typed meanwhile (fast typists, test drivers) would go to the previous view.
  useLayoutEffect(() => {
    ref.current?.focus();
  }, []);
}
