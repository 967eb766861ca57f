// Bundle budget: the JS and CSS that index.html loads before the first screen (entry + modulepreloads),
// measured gzip-compressed on dist/. Prints each figure; exits 1 when a budget is exceeded.
// Usage: npm run build && node scripts/check-bundle.mjs
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_JS_KB = 130;
const BUDGET_CSS_KB = 20;
const dist = 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const refs = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
const base = process.env.HELIX_BASE ?? '/';
const fileOf = (ref) => join(dist, ref.startsWith(base) ? ref.slice(base.length) : ref.replace(/^\//, ''));
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;

const initialJs = refs.filter((r) => r.endsWith('.js'));
const initialCss = refs.filter((r) => r.endsWith('.css'));
const js = initialJs.reduce((sum, r) => sum + gz(fileOf(r)), 0);
const css = initialCss.reduce((sum, r) => sum + gz(fileOf(r)), 0);
const lazy = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js') && !initialJs.some((r) => r.endsWith(f)));

console.log(`bundle/initial-js: ${js.toFixed(1)} KB gzip (budget ${BUDGET_JS_KB} KB; ${initialJs.length} files)`);
console.log(`bundle/initial-css: ${css.toFixed(1)} KB gzip (budget ${BUDGET_CSS_KB} KB)`);
for (const f of lazy) console.log(`bundle/lazy ${f}: ${gz(join(dist, 'assets', f)).toFixed(1)} KB gzip`);
let failed = false;
if (js > BUDGET_JS_KB) failed = console.error(`Initial JS is over budget by ${(js - BUDGET_JS_KB).toFixed(1)} KB`) ?? true;
if (css > BUDGET_CSS_KB) failed = console.error(`Initial CSS is over budget by ${(css - BUDGET_CSS_KB).toFixed(1)} KB`) ?? true;
process.exit(failed ? 1 : 0);
