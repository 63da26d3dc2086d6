import browser from 'webextension-polyfill';
import type { ContentHello, PortalStatus } from '../shared/model/portal';
import { vocabulary } from '../sites/vocabulary';
import { noteVaultActivity } from './auto-lock';
import { scheduleClipboardClear } from './clipboard';
import { record, text } from './parse-payload';
import { expectNoPayload, RequestError, type Handlers } from './router';
import { changeSettings, settingsChanges } from './settings';
import { refusedChange } from '../core/policy/managed-settings';
import { currentSettings } from './policy/current-settings';
import { currentPolicy, currentReadPolicy } from './policy/managed-policy';
import { backupHandlers } from './backup/backup-handlers';
import { backupContentHandlers } from './backup/open-backup';
import { captureHandlers } from './capture/capture-handlers';
import { signInHandlers } from './fill/sign-in/sign-in-handlers';
import { outcomeHandlers } from './fill/sign-in/outcome-handlers';
import { awaitsAnswer } from './fill/sign-in/sign-in-outcomes';
import { takeSetUpNotice } from './capture/set-up-notices';
import { fillGrantHandlers, fillPopupHandlers } from './fill/on-demand/fill-command-handlers';
import { portalHandlers } from './portals/portal-handlers';
import { siteProfileForUrl } from './portals/profile-for-url';
import { importHandlers } from './import/import-handlers';
import { exportHandlers } from './export/export-handlers';
import { testHookHandlers } from './test-target-tab';
import { vaultHandlers } from './vault/vault-handlers';
import { passkeyHandlers } from './vault/passkey-handlers';
import { syncHandlers } from './sync/sync-handlers';
import { rememberTabPortal, tabPortal } from './tab-portals';
import { allowableActiveOrigin } from './active-tab-origin';
import { vaultData, vaultState } from './vault/vault-service';

/** The handler map: one entry per message type, grouped by direction. */
export const handlers: Handlers = {
  content: {
    'content/hello': {
      parse: expectNoPayload,
      async handle(_request, sender): Promise<ContentHello> {
        // Built-in profiles, then the user's portals, for the popup's status line.
        const profile = await siteProfileForUrl(sender.url);
        const status: PortalStatus = {
          site: profile && { id: profile.id, name: profile.name },
          isSecureContext: sender.isSecureContext,
        };
        const words = profile && vocabulary;
        if (!sender.isTopFrame) {
          return {
            ...status,
            profile,
            vocabulary: words,
            awaitingSignIn: false,
            afterSetUp: false,
          };
        }
        await rememberTabPortal(sender.tabId, sender.origin, status);
        // What this tab was doing on this origin before the page changed.
        return {
          ...status,
          profile,
          vocabulary: words,
          awaitingSignIn: awaitsAnswer(sender.tabId, sender.origin),
          afterSetUp: takeSetUpNotice(sender.tabId, sender.origin),
        };
      },
    },
    ...captureHandlers,
    ...signInHandlers,
    ...outcomeHandlers,
    ...fillGrantHandlers,
    ...backupContentHandlers,
  },
  page: {
    'page/about': {
      parse: expectNoPayload,
      handle: () => ({ version: browser.runtime.getManifest().version }),
    },
    ...vaultHandlers,
    ...passkeyHandlers,
    ...importHandlers,
    ...backupHandlers,
    ...exportHandlers,
    ...portalHandlers,
    ...fillPopupHandlers,
    ...syncHandlers,
    // Test builds only: compiled out of the others (build-output.test.ts).
    ...(__TEST_HOOKS__ ? testHookHandlers : {}),
    'policy/get': { parse: expectNoPayload, handle: () => currentReadPolicy() },
    'settings/get': { parse: expectNoPayload, handle: () => currentSettings() },
    'settings/set': {
      parse: (payload) => {
        const changes = settingsChanges(payload);
        if (!changes) throw new RequestError('bad-request', 'These settings are not valid');
        return changes;
      },
      async handle(changes) {
        const refused = refusedChange(changes, await currentPolicy());
        if (refused) throw new RequestError('forbidden', `${refused} is set by your organisation`);
        if (!(await changeSettings(changes))) {
          throw new RequestError('bad-request', 'These settings are not valid');
        }
        // A new auto-lock time applies from now, not from the last use.
        await noteVaultActivity();
        return currentSettings();
      },
    },
    'clipboard/copied': {
      parse: (payload) => ({ code: text(record(payload), 'code', 16) }),
      async handle({ code }) {
        await scheduleClipboardClear(code, (await currentSettings()).clipboardClearSeconds);
        return null;
      },
    },
    'page/active-tab': {
      parse: expectNoPayload,
      async handle() {
        const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
        const data = (await vaultState()) === 'unlocked' ? (await vaultData()).data : null;
        return {
          portal: tab?.id === undefined ? null : await tabPortal(tab.id),
          allowableOrigin: await allowableActiveOrigin(data),
        };
      },
    },
  },
};
