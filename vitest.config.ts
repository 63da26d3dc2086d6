import { defineConfig } from 'vitest/config';

// Two tiers here (DESIGN 6): unit tests in plain Node, e2e tests driving real browsers with
// the built extension. e2e files run one at a time: each launches a browser, and this machine
// has two cores.
export default defineConfig({
  // Unit tests run as the Chrome build (__BROWSER__, see src/globals.d.ts).
  define: { __DEMO_PORTAL__: 'true', __BROWSER__: JSON.stringify('chrome') },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/unit/support/vocabulary.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
