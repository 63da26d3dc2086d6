import type { TestPage } from './test-page';

/** A browser with the built demo extension loaded, as every e2e test gets it. */
export interface BrowserSession {
  readonly name: 'chromium' | 'firefox';
  /** Chromium's extension id, or Firefox's internal UUID of the add-on. */
  readonly extensionId: string;
  /** `chrome-extension://ID/` or `moz-extension://UUID/`. */
  readonly extensionBaseUrl: string;
  readonly popupUrl: string;
  newPage(): Promise<TestPage>;
  /** The real popup page, opened in a tab. */
  openPopup(): Promise<TestPage>;
  /** Any page of the built extension, by its path (e.g. `src/options/index.html`). */
  openExtensionPage(path: string): Promise<TestPage>;
  /**
   * Starts waiting for an extension page the extension opens itself (a window, a tab) whose
   * URL contains `urlPart`; call before the action that opens it.
   */
  waitForExtensionPage(urlPart: string): Promise<TestPage>;
  /** Whether one of our content scripts is running in this page's top frame. */
  contentScriptRanIn(page: TestPage): Promise<boolean>;
  close(): Promise<void>;
}
