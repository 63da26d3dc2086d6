import type { SiteProfile } from './site-profile';
import { sonar } from './sonar';

/**
 * The demo portal in tests/fixtures/portal behaves like Sonar but runs on loopback. It is
 * part of demo builds only (`npm start`, e2e tests), never of the production build, so that
 * real users' extensions do not run on every local web server (DESIGN 4.6).
 */
export const demoPortal: SiteProfile = {
  ...sonar,
  id: 'demo-portal',
  name: 'Demo Sonar portal',
  matches: ['http://127.0.0.1/*', 'http://localhost/*'],
};
