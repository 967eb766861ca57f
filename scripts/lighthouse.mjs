// Lighthouse (mobile preset) on the production build served locally, for Home and the plan view.
// Budgets: performance ≥ 95, accessibility = 100, best practices = 100. JSON reports go to reports/.
// Usage: npm run build && node scripts/lighthouse.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const BUDGETS = { performance: 95, accessibility: 100, 'best-practices': 100 };
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
mkdirSync('reports', { recursive: true });

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const base = server.resolvedUrls.local[0];
const chrome = await launch({
  chromePath: CHROMIUM,
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
let failed = false;
try {
  // Seed a plan through the UI so the plan view has something to show (Lighthouse then keeps storage).
  const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
  const page = await cdp.contexts()[0].newPage();
  await page.goto(`${base}#/`);
  await page.getByRole('button', { name: 'Start “The Double Helix”' }).click();
  await page.getByTestId('overall-progress').waitFor();
  await page.getByRole('checkbox').first().check();
  await page.close();
  await cdp.close();

  for (const [name, path] of [['home', '/'], ['plan', '/plan']]) {
    const result = await lighthouse(`${base}#${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.keys(BUDGETS),
      disableStorageReset: true,
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
