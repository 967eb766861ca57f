import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig, type Plugin } from 'vitest/config';

// HELIX_BASE lets the same build run under a sub-path (e.g. a GitHub Pages project site): HELIX_BASE=/helix/ npm run build
const base = process.env.HELIX_BASE ?? '/';

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

export default defineConfig({
  base,
  plugins: [
    react(),
    contentSecurityPolicy(),
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
  build: { target: 'es2022', sourcemap: false, modulePreload: { polyfill: false } },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
  },
});
