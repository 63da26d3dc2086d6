import {
  addPasskeySlot,
  isPasskeyName,
  MAX_SLOTS,
  newPrfSalt,
  passkeySlots,
  removeSlot,
  VaultCryptoError,
} from '../../core/crypto';
import { decodeBase64, encodeBase64, encodeHex } from '../../core/crypto/encoding';
import type { PasskeyList } from '../../shared/model/passkey';
import type { PageRequests } from '../../shared/protocol/page';
import { openUnlockWindow } from '../capture/unlock-window';
import { record, text } from '../parse-payload';
import { expectNoPayload, RequestError, type HandlerMap } from '../router';
import type { ExtensionPageSender } from '../sender';
import {
  changeSlots,
  confirmPassphrase,
  storedEnvelope,
  unlockByPasskey,
  withCryptoErrors,
} from './vault-service';

type PasskeyRequests = Pick<
  PageRequests,
  Extract<keyof PageRequests, `passkey/${string}`> | 'vault/unlock-passkey'
>;

/**
 * "Unlock with a passkey" (Options) and "Unlock with passkey" (popup, unlock window). The
 * WebAuthn ceremony runs in the page (the worker has no `navigator.credentials`); the worker
 * keeps the rule: a passkey is added only after the passphrase, with a PRF salt it chose.
 */

const GRANT_MS = 5 * 60_000;
/** Registrations under way: grant -> its salt. In memory only: a restart asks again. */
const grants = new Map<string, { readonly prfSalt: Uint8Array; readonly until: number }>();

/** Lock forgets them: each one stands for the passphrase. */
export function forgetPasskeyGrants(): void {
  grants.clear();
}

function takeGrant(grant: string): Uint8Array {
  const held = grants.get(grant);
  grants.delete(grant);
  if (!held || held.until < Date.now()) {
    throw new RequestError('passkey', 'Start adding the passkey again.', 'passkey-expired');
  }
  return held.prfSalt;
}

/** Base64 fields are checked as text in `parse` and decoded where they are used. */
function bytesOf(base64: string, name: string, min: number, max: number) {
  const bytes = decodeBase64(base64);
  if (!bytes || bytes.length < min || bytes.length > max) {
    throw new RequestError('bad-request', `"${name}" must be base64 of ${min} to ${max} bytes`);
  }
  return bytes;
}

async function listPasskeys(): Promise<PasskeyList> {
  const envelope = await storedEnvelope();
  return { passkeys: envelope ? passkeySlots(envelope) : [] };
}

/** A slot change's refusals the user can act on, as replies; the rest as crypto errors. */
async function slotChange(change: () => Promise<unknown>): Promise<PasskeyList> {
  await withCryptoErrors(() =>
    change().catch((error: unknown) => {
      if (error instanceof VaultCryptoError && error.code === 'too-many-slots') {
        throw new RequestError(
          'passkey',
          'The vault holds as many passkeys as it can.',
          error.code,
        );
      }
      throw error;
    }),
  );
  return listPasskeys();
}

export const passkeyHandlers: HandlerMap<PasskeyRequests, ExtensionPageSender> = {
  'passkey/list': { parse: expectNoPayload, handle: listPasskeys },
  'passkey/begin': {
    parse: (payload) => ({ passphrase: text(record(payload), 'passphrase', 1024) }),
    async handle({ passphrase }) {
      await confirmPassphrase(passphrase);
      const { passkeys } = await listPasskeys();
      // One slot is the passphrase's: the rest may be passkeys.
      if (passkeys.length >= MAX_SLOTS - 1) {
        throw new RequestError(
          'passkey',
          'The vault holds as many passkeys as it can.',
          'too-many-slots',
        );
      }
      const grant = encodeHex(crypto.getRandomValues(new Uint8Array(16)));
      const prfSalt = newPrfSalt();
      grants.set(grant, { prfSalt, until: Date.now() + GRANT_MS });
      return {
        grant,
        prfSalt: encodeBase64(prfSalt),
        userId: encodeBase64(crypto.getRandomValues(new Uint8Array(16))),
        exclude: passkeys.map(({ credentialId }) => credentialId),
      };
    },
  },
  'passkey/add': {
    parse: (payload) => {
      const source = record(payload);
      const name = text(source, 'name', 256).trim();
      if (!isPasskeyName(name)) {
        throw new RequestError(
          'invalid-input',
          'A passkey name has 1 to 64 characters.',
          'invalid-name',
        );
      }
      return {
        grant: text(source, 'grant', 64),
        name,
        credentialId: text(source, 'credentialId', 2048),
        prfOutput: text(source, 'prfOutput', 64),
      };
    },
    async handle({ grant, name, ...request }) {
      const credentialId = bytesOf(request.credentialId, 'credentialId', 1, 1023);
      const prfOutput = bytesOf(request.prfOutput, 'prfOutput', 32, 32);
      const prfSalt = takeGrant(grant);
      try {
        return await slotChange(() =>
          changeSlots(async ({ envelope, key }) => {
            const credential = { credentialId, prfSalt: Uint8Array.from(prfSalt), name };
            return (await addPasskeySlot(envelope, key, credential, prfOutput)).envelope;
          }),
        );
      } finally {
        prfOutput.fill(0);
      }
    },
  },
  'passkey/remove': {
    parse: (payload) => ({ slotId: text(record(payload), 'slotId', 64) }),
    async handle({ slotId }) {
      const { passkeys } = await listPasskeys();
      // Only a passkey's slot: this is not a way to remove the passphrase.
      if (!passkeys.some((passkey) => passkey.slotId === slotId)) {
        throw new RequestError('not-found', 'The vault has no such passkey.');
      }
      return slotChange(() =>
        changeSlots(({ envelope, key }) => removeSlot(envelope, key, slotId)),
      );
    },
  },
  'passkey/open-window': {
    parse: expectNoPayload,
    async handle() {
      await openUnlockWindow({ passkey: true });
      return null;
    },
  },
  'vault/unlock-passkey': {
    parse: (payload) => {
      const source = record(payload);
      return {
        credentialId: text(source, 'credentialId', 2048),
        prfOutput: text(source, 'prfOutput', 64),
      };
    },
    async handle(request) {
      const credentialId = bytesOf(request.credentialId, 'credentialId', 1, 1023);
      const prfOutput = bytesOf(request.prfOutput, 'prfOutput', 32, 32);
      try {
        await unlockByPasskey(credentialId, prfOutput);
      } finally {
        prfOutput.fill(0);
      }
      return null;
    },
  },
};
