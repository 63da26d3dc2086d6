import browser from 'webextension-polyfill';
import { noteVaultActivity } from '../auto-lock';
import { syncPortals } from '../portals/portal-service';
import { announceToPages } from '../vault-events';
import { vaultState } from '../vault/vault-service';
import { applyRecommendedFill } from './recommended-fill';
import { currentReadPolicy, watchManagedPolicy } from './managed-policy';

/**
 * What follows a new policy, at once and without a restart (Chromium reports changes; Firefox
 * reads policies when it starts): the organisation's portals get their content scripts, an
 * open vault's auto-lock is set again under the new limit, a default the organisation
 * recommends is taken, and open pages show the new state.
 */
export function watchPolicy(): void {
  watchManagedPolicy(() => void applyPolicy());
  // Read at once: Chromium's first answer after the browser starts takes seconds.
  void currentReadPolicy();
  // Firefox reads policies as it starts; a policy present at install applies then too.
  const takeDefaults = () => void applyRecommendedFill().catch(() => undefined);
  browser.runtime.onStartup.addListener(takeDefaults);
  browser.runtime.onInstalled.addListener(takeDefaults);
}

export async function applyPolicy(): Promise<void> {
  const steps = await Promise.allSettled([
    syncPortals(),
    applyRecommendedFill(),
    vaultState().then(async (state) => {
      if (state === 'unlocked') await noteVaultActivity();
    }),
  ]);
  for (const step of steps) {
    if (step.status === 'rejected') {
      const reason: unknown = step.reason;
      console.warn(
        'A policy change was not applied:',
        reason instanceof Error ? reason.name : 'error',
      );
    }
  }
  announceToPages('policy/changed');
}
