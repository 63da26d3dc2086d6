import browser from 'webextension-polyfill';
import { eventMessage, type PageEvents } from '../shared/protocol/events';

/**
 * Tells open extension pages (popup, unlock window, options) that the vault locked or
 * unlocked. Nobody may be listening: a closed popup asks for the state when it opens.
 */
export function announceToPages(type: keyof PageEvents): void {
  browser.runtime.sendMessage(eventMessage(type)).catch(() => undefined);
}
