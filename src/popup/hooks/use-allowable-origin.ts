import { useEffect, useState } from 'preact/hooks';
import { sendFromPage } from '../../shared/send';

/**
 * The active tab's site, if an account may be allowed there by hand (the worker judges it and
 * checks it again on Save). Null until known, and when the worker cannot tell.
 */
export function useAllowableOrigin(): string | null {
  const [origin, setOrigin] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    sendFromPage('page/active-tab', null).then(
      (status) => {
        if (live) setOrigin(status.allowableOrigin);
      },
      () => {
        // No offer then: the sites listed can still be removed.
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return origin;
}
