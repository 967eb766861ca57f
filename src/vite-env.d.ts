/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

/** Home's counts per pack id, built from the validated packs (scripts/lib/pack-files-plugin.mjs). */
declare module 'virtual:pack-summaries' {
  export const PACK_SUMMARIES: Readonly<Record<string, { title: string; shows: number; episodes: number; novels: number }>>;
}
