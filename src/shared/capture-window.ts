/**
 * The popup page opened in a window by "Save to Authenticator" on a locked vault carries this
 * query parameter: background/capture/unlock-window.ts opens it, and the popup
 * closes itself once the vault is open (popup/logic/capture-window.ts).
 */
export const UNLOCK_THEN_CLOSE = 'unlock-then-close';

/** Added when the toolbar popup's "Unlock with passkey" opened it: the ceremony starts at once. */
export const PASSKEY_NOW = 'passkey';
