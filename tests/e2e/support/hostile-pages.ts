import { waitFor } from './hostile-setup';
import type { BrowserSession } from './session';
import type { TestPage } from './test-page';

/**
 * The tabs of the hostile-page suite (issue 6): each test's pages are closed after it, passed
 * or failed, so no page of an earlier scenario lingers in the browser; and each gets a URL of
 * its own (hostile-shadow.ts finds tabs by URL).
 */
export interface HostileTabs {
  newPage(): Promise<TestPage>;
  /** Opens `url` and waits until the extension's content script ran there. */
  open(url: string): Promise<TestPage>;
  closeAll(): Promise<void>;
}

export function hostileTabs(session: () => BrowserSession): HostileTabs {
  const pages: TestPage[] = [];
  const newPage = async () => {
    const page = await session().newPage();
    pages.push(page);
    return page;
  };
  return {
    newPage,
    async open(url) {
      const page = await newPage();
      await page.goto(url);
      await waitFor(() => session().contentScriptRanIn(page), `No content script in ${url}`);
      return page;
    },
    async closeAll() {
      await Promise.all(pages.splice(0).map((page) => page.close().catch(() => undefined)));
    },
  };
}

let labels = 0;

/** A label no other page of this run has, e.g. `code-step-12`. */
export function uniqueLabel(name: string): string {
  labels += 1;
  return `${name}-${String(labels)}`;
}
