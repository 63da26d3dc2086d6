import { siteProfileForUrl } from '../portals/profile-for-url';

/**
 * The site profile of a scanned page: a built-in one or a portal the user added,
 * kept on the account for its notices (Sonar's Insights warning). `url` is the tab's, as
 * the browser reports it, never one from a message.
 */
export async function siteIdOfPage(url: string): Promise<string | null> {
  return (await siteProfileForUrl(url))?.id ?? null;
}
