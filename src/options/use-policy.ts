import { useCallback, useEffect, useState } from 'preact/hooks';
import { noPolicy, type ReadPolicy } from '../core/policy/policy';
import { sendFromPage } from '../shared/send';
import { usePolicyChanged } from '../shared/use-policy-changed';

const unmanaged: ReadPolicy = { policy: noPolicy, ignored: [] };

/**
 * The organisation's policy as the worker read it, asked again whenever it changes. Until
 * the answer comes (or if it fails), nothing is shown as managed: the worker still refuses
 * what the policy forbids.
 */
export function usePolicy(onChanged: () => void): ReadPolicy {
  const [read, setRead] = useState<ReadPolicy>(unmanaged);
  const load = useCallback(() => {
    sendFromPage('policy/get', null).then(setRead, () => undefined);
  }, []);
  useEffect(load, [load]);
  usePolicyChanged(
    useCallback(() => {
      load();
      onChanged();
    }, [load, onChanged]),
  );
  return read;
}
