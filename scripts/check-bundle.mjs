// Bundle budgets, measured on dist/ (gzip level 9, as a static host sends them). Exact byte counts: nothing here
// depends on the machine, so the gates cannot flake (docs/decisions/010-first-load-and-pack-split.md).
// - initial JS and CSS: what index.html loads before the first screen (its scripts, modulepreloads, stylesheets);
// - first load of Home and of the plan view: every file the page fetches to show its first screen (the HTML, the
//   initial JS and CSS, the pack's core file, the manifest, and what the route preloader fetches for that route).
// Prints each figure; exits 1 when a budget is exceeded.
// Usage: npm run build && node scripts/check-bundle.mjs
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * KB gzip / requests. Initial JS: 108.3 KB when set, with room for about 4 KB more (the multi-pack work); the
 * saved state's validation and the pack's are a lazy chunk (decision 010). First load: Home 120.0 KB, the
 * plan view 12 requests, 167.2 KB. Several packs (decision 011) then took initial JS to 110.4 KB, Home to
 * 122.6 KB and the plan view to 171.1 KB (each pack's manifest in its core file, and the manifest's validation).
 */
const BUDGETS = {
  initialJsKb: 115,
  initialCssKb: 4.5,
  home: { requests: 7, kb: 124 },
  plan: { requests: 12, kb: 172 },
};

const dist = 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const base = process.env.HELIX_BASE ?? '/';
const fileOf = (ref) => join(dist, ref.startsWith(base) ? ref.slice(base.length) : ref.replace(/^\//, ''));
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;
const sum = (files) => files.reduce((total, file) => total + gz(file), 0);

const refs = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css|json|webmanifest))"/g)].map((m) => m[1]);
const initialJs = refs.filter((r) => r.endsWith('.js')).map(fileOf);
const initialCss = refs.filter((r) => r.endsWith('.css')).map(fileOf);
const js = sum(initialJs);
const css = sum(initialCss);

/** The route preloader's table (scripts/lib/route-preload-plugin.mjs): route → files, '*' for every route. */
const preloader = initialJs.find((file) => /route-preload-[^/]+\.js$/.test(file));
const table = preloader ? JSON.parse(readFileSync(preloader, 'utf8').match(/const files = (\{.*\});/)?.[1] ?? '{}') : {};
const firstLoad = (route) => {
  const files = new Set([join(dist, 'index.html'), ...refs.map(fileOf), ...[...(table['*'] ?? []), ...(table[route] ?? [])].map((f) => join(dist, f))]);
  const missing = [...files].filter((file) => !existsSync(file));
  if (missing.length > 0) throw new Error(`first load of ${route || 'home'} names missing files: ${missing.join(', ')}`);
  return { requests: files.size, kb: sum([...files]) };
};
const pages = { home: firstLoad(''), plan: firstLoad('plan') };

const lazy = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js') && !initialJs.some((r) => r.endsWith(f)));
let failed = false;
const check = (label, value, budget, unit) => {
  const over = value > budget;
  console.log(`${label}: ${unit === 'KB' ? value.toFixed(1) : value} ${unit}${unit === 'KB' ? ' gzip' : ''} (budget ${budget} ${unit})${over ? '  ← over budget' : ''}`);
  if (over) failed = true;
};
check(`bundle/initial-js (${initialJs.length} files)`, js, BUDGETS.initialJsKb, 'KB');
check(`bundle/initial-css (${initialCss.length} files)`, css, BUDGETS.initialCssKb, 'KB');
for (const [page, figures] of Object.entries(pages)) {
  check(`first-load/${page}/requests`, figures.requests, BUDGETS[page].requests, 'requests');
  check(`first-load/${page}/bytes`, figures.kb, BUDGETS[page].kb, 'KB');
}
for (const f of lazy) console.log(`bundle/lazy ${f}: ${gz(join(dist, 'assets', f)).toFixed(1)} KB gzip`);
process.exit(failed ? 1 : 0);
