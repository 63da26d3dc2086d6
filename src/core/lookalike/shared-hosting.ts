/**
 * Well-known domains under which anyone can publish a site of their own (free hosting, app
 * platforms, dynamic DNS): the Public Suffix List's "private" part, cut down to the ones common
 * enough to matter, for the same reason registrable-domain.ts keeps its own short list (the
 * whole list would add ~100 KB). A portal pattern spanning one of these would let strangers'
 * pages get the extension's capture and fill. Missing an entry only loses a warning.
 */
export const SHARED_HOSTING_SUFFIXES: readonly string[] = [
  // Static sites and app platforms
  'github.io',
  'gitlab.io',
  'bitbucket.io',
  'codeberg.page',
  'pages.dev',
  'workers.dev',
  'r2.dev',
  'netlify.app',
  'vercel.app',
  'now.sh',
  'herokuapp.com',
  'onrender.com',
  'fly.dev',
  'railway.app',
  'deno.dev',
  'glitch.me',
  'surge.sh',
  'replit.app',
  'repl.co',
  'readthedocs.io',
  // Cloud providers' app and storage hosts
  'web.app',
  'firebaseapp.com',
  'appspot.com',
  'run.app',
  'cloudfunctions.net',
  'azurewebsites.net',
  'azurestaticapps.net',
  'blob.core.windows.net',
  'web.core.windows.net',
  'cloudfront.net',
  's3.amazonaws.com',
  'amplifyapp.com',
  'elasticbeanstalk.com',
  'storage.googleapis.com',
  // Site builders and blogs
  'blogspot.com',
  'wordpress.com',
  'wixsite.com',
  'weebly.com',
  'webflow.io',
  'myshopify.com',
  'neocities.org',
  // Tunnels and dynamic DNS: a name on a stranger's own machine
  'ngrok.io',
  'ngrok-free.app',
  'ngrok.app',
  'trycloudflare.com',
  'loca.lt',
  'duckdns.org',
  'ddns.net',
];

/**
 * The shared-hosting suffix that a host pattern spans whole, or null: the suffix itself
 * (`github.io`), or with `subdomains` any domain at or above one (`*.github.io`,
 * `*.amazonaws.com` over `s3.amazonaws.com`). One site on such a host (`alice.github.io`)
 * has one publisher, like any other domain, and spans nothing.
 */
export function sharedHostingSpanned(domain: string, subdomains: boolean): string | null {
  const host = domain.toLowerCase().replace(/\.$/, '');
  return (
    SHARED_HOSTING_SUFFIXES.find(
      (suffix) => suffix === host || (subdomains && suffix.endsWith(`.${host}`)),
    ) ?? null
  );
}
