/**
 * The filler that a fill on demand injects into the active tab: a standalone script,
 * built on its own (scripts/standalone-scripts.ts), never listed as web-accessible, so no
 * page can load it or probe for it. Both paths are named here for the build and the worker.
 */
export const FILL_SCRIPT_SOURCE = 'src/content/fill-on-demand.ts';
export const FILL_SCRIPT_FILE = 'src/content/fill-on-demand.js';
