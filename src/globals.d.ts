/** Build-time constant from vite.config.ts: true in demo builds (`npm start`, e2e tests). */
declare const __DEMO_PORTAL__: boolean;
