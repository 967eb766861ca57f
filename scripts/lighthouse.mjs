// Lighthouse (mobile preset) on the production build served locally, for Home and the plan view.
// Budgets: performance ≥ 95, accessibility = 100, best practices = 100. JSON reports go to reports/.
// Usage: npm run build && node scripts/lighthouse.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS, serveBuiltApp, startDoubleHelix } from './lib/app-browser.mjs';

const BUDGETS = { performance: 95, accessibility: 100, 'best-practices': 100 };
mkdirSync('reports', { recursive: true });

const server = await serveBuiltApp();
const base = server.base;
const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS });
let failed = false;

/** Creates a plan through the UI so the plan view has something to show; Lighthouse then keeps storage. */
async function seedPlan() {
  const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
  const page = await cdp.contexts()[0].newPage();
  await startDoubleHelix(page, base);
  await page.getByRole('checkbox', { name: /^Mark .* as watched$/ }).first().check();
  // Keep the saved plan but not the service worker or its caches: both runs measure a cold load.
  await page.evaluate(async () => {
    for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
    for (const key of await caches.keys()) await caches.delete(key);
  });
  await page.close();
  await cdp.close();
}

try {
  // Home as a first-time visitor (Lighthouse clears storage), then the plan view with a seeded plan.
  for (const [name, path, keepStorage] of [['home', '/', false], ['plan', '/plan', true]]) {
    if (keepStorage) await seedPlan();
    const result = await lighthouse(`${base}#${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.keys(BUDGETS),
      disableStorageReset: keepStorage,
    });
    writeFileSync(`reports/lighthouse-${name}.json`, result.report);
    for (const [category, min] of Object.entries(BUDGETS)) {
      const score = Math.round((result.lhr.categories[category]?.score ?? 0) * 100);
      const ok = score >= min;
      console.log(`lighthouse/${name}/${category}: ${score} (budget ≥ ${min})${ok ? '' : '  ← over budget'}`);
      if (!ok) {
        failed = true;
        const audits = Object.values(result.lhr.audits).filter((a) => a.score !== null && a.score < 1 && (result.lhr.categories[category].auditRefs.some((r) => r.id === a.id && r.weight > 0)));
        for (const audit of audits.slice(0, 8)) console.log(`  - ${audit.id}: ${audit.displayValue ?? audit.score}`);
      }
    }
    const metrics = result.lhr.audits;
    console.log(`lighthouse/${name}/metrics: FCP ${metrics['first-contentful-paint']?.displayValue}, LCP ${metrics['largest-contentful-paint']?.displayValue}, TBT ${metrics['total-blocking-time']?.displayValue}, CLS ${metrics['cumulative-layout-shift']?.displayValue}`);
  }
} finally {
  chrome.kill();
  await server.close();
}
process.exit(failed ? 1 : 0);
