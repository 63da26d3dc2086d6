import { useLayoutEffect } from 'preact/hooks';

/**
 * User-timing marks for `npm run bench` (first code visible and all codes rendered,
 * from navigation start). Marks carry no data and cost nothing measurable; each is set once.
 */
export function useRenderMarks(hasFirstRows: boolean, complete: boolean) {
  useLayoutEffect(() => {
    if (hasFirstRows) markOnce('popup:first-code');
    if (hasFirstRows && complete) markOnce('popup:all-codes');
  }, [hasFirstRows, complete]);
}

function markOnce(name: string) {
  if (performance.getEntriesByName(name).length === 0) performance.mark(name);
}
