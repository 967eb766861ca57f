/**
 * The pack Helix opens. The build (vite.config.ts) preloads this pack's core file from index.html so that it
 * downloads beside the app's code.
 */
export const PACK_ID = 'connelly';
