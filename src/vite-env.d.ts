/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

/**
 * What Home says about each shipped pack (src/domain/pack/pack-summary.ts), built from the validated packs
 * (scripts/lib/pack-files-plugin.mjs): the default pack's at once, every other pack's from a chunk of its own.
 * OTHER_SUMMARIES has a null prototype: look ids up with Object.hasOwn.
 */
declare module 'virtual:pack-summaries' {
  export const DEFAULT_SUMMARY: import('./domain/pack/pack-summary').PackSummary;
  export const OTHER_SUMMARIES: Readonly<Record<string, () => Promise<import('./domain/pack/pack-summary').PackSummary>>>;
}
