import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { VitePWA } from 'vite-plugin-pwa';
import registry from './public/data/packs.json' with { type: 'json' };
import { packFilesPlugin } from './scripts/lib/pack-files-plugin.mjs';
import { routePreloadPlugin } from './scripts/lib/route-preload-plugin.mjs';
import { defineConfig, type Plugin } from 'vitest/config';

// HELIX_BASE lets the same build run under a sub-path (e.g. a GitHub Pages project site): HELIX_BASE=/helix/ npm run build
const base = process.env.HELIX_BASE ?? '/';

/** The pack an address without `?pack=` opens: the registry's default (src/data/pack-registry.ts reads the same file). */
export const DEFAULT_PACK: string = registry.default;

/**
 * A strict Content-Security-Policy for the production build only (the dev server injects inline styles).
 * No inline scripts; data only from our own origin. React sets style properties through the CSSOM, which
 * style-src does not restrict.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'helix-csp',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
  };
}

type ModuleGraph = (id: string) => { importedIds: readonly string[] } | null;

/** The modules reached from `entry` (a path from the project root) by static imports alone. */
function reachableFrom(entry: string, getModuleInfo: ModuleGraph): Set<string> {
  const seen = new Set<string>();
  const queue = [fileURLToPath(new URL(entry, import.meta.url))];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

/** The initial JS: what the entry imports statically. */
const initialModules = (getModuleInfo: ModuleGraph) => reachableFrom('./src/main.tsx', getModuleInfo);

let initial: Set<string> | null = null;

/**
 * Everything the entry imports statically in one chunk: rolldown would otherwise cut a module that a lazy
 * screen also uses (React, the stores) into a small chunk of its own, one more request on first load.
 */
function initialChunk() {
  return {
    name: (id: string, ctx: { getModuleInfo: ModuleGraph }) => {
      initial ??= initialModules((module) => ctx.getModuleInfo(module));
      return initial.has(id) ? 'app' : null;
    },
    priority: 1,
    includeDependenciesRecursively: false,
  };
}

let validators: Set<string> | null = null;

/**
 * The validators (the pack's, the saved state's, and zod under both) in one chunk, even the modules only one of
 * them uses: the screens that wait for the pack need both, preloaded beside the main chunk in one request.
 */
function validationChunk() {
  return {
    name: (id: string, ctx: { getModuleInfo: ModuleGraph }) => {
      const graph = (module: string) => ctx.getModuleInfo(module);
      initial ??= initialModules(graph);
      validators ??= new Set([...reachableFrom('./src/data/pack-parsing.ts', graph), ...reachableFrom('./src/store/load-saved-state.ts', graph)]);
      return !initial.has(id) && validators.has(id) ? 'validation' : null;
    },
    priority: 1,
    // Not the initial modules these import: they stay in the initial JS.
    includeDependenciesRecursively: false,
  };
}

/** Code several lazy screens share: the share-link codec with its deflate library, added packs' storage, and the rest. */
function lazySharedChunks() {
  const groupOf = (id: string) => {
    if (/[\\/](src[\\/]domain[\\/]share|node_modules[\\/]fflate)[\\/]/.test(id)) return 'share-codec';
    // Packs added in this browser (IndexedDB): only the universes UI and opening such a pack need them.
    if (/[\\/]src[\\/]data[\\/]user-packs\.ts$/.test(id)) return 'user-packs';
    return 'shared';
  };
  return {
    name: (id: string, ctx: { getModuleInfo: ModuleGraph }) => {
      initial ??= initialModules((module) => ctx.getModuleInfo(module));
      return initial.has(id) || validators?.has(id) ? null : groupOf(id);
    },
    minShareCount: 2,
    // Not the initial modules these import: they stay in the initial JS.
    includeDependenciesRecursively: false,
  };
}

export default defineConfig({
  base,
  plugins: [
    react(),
    contentSecurityPolicy(),
    packFilesPlugin({ dataDir: 'public/data', preloadPack: DEFAULT_PACK }),
    // The screens a visitor may open directly (a bookmark, a reload): their code downloads beside the main chunk.
    routePreloadPlugin({
      routes: Object.fromEntries(
        Object.entries({
          plan: 'src/features/plan/PlanPage.tsx',
          schedule: 'src/features/schedule/SchedulePage.tsx',
          helix: 'src/features/helix/HelixPage.tsx',
          catalog: 'src/features/catalog/CatalogPage.tsx',
          settings: 'src/features/settings/SettingsPage.tsx',
          // Each waits for the pack and the saved state, so their validators come too (Home does not wait for the
          // pack: it loads it after painting; on a first visit there is no saved state to read).
        }).map(([route, screen]) => [route, [screen, 'src/data/pack-parsing.ts', 'src/store/load-saved-state.ts']]),
      ),
    }),
    VitePWA({
      // Registered from src/app/registerServiceWorker.ts (lazily, after first render), never by an inline script.
      injectRegister: null,
      registerType: 'prompt',
      includeAssets: ['favicon.svg', 'apple-touch-icon.png', 'robots.txt'],
      manifest: {
        name: 'Helix — watch-and-read planner',
        short_name: 'Helix',
        description: 'Plan the order to watch a franchise\'s TV series and read the novels they come from.',
        theme_color: '#14532d',
        background_color: '#f7f6f2',
        display: 'standalone',
        start_url: '.',
        scope: '.',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The app shell, every lazy chunk and the data packs: after one visit Helix works offline.
        globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  // No modulepreload polyfill: every browser that runs ES2022 either preloads natively or simply loads the two
  // shared start-up chunks when the entry imports them; the polyfill was ~0.3 KB of the initial JS budget.
  build: {
    target: 'es2022',
    sourcemap: false,
    modulePreload: { polyfill: false },
    rolldownOptions: { output: { codeSplitting: { groups: [initialChunk(), validationChunk(), lazySharedChunks()] } } },
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
  },
});
