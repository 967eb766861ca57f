// Screenshots of the Helix screen (universe, a focused Desert Star segment, the Legacy S3 zoom, stats)
// at desktop and 390 px widths, light and dark. Usage: npx vite build && node scripts/screenshot-helix.mjs [outDir]
import { mkdirSync } from 'node:fs';
import { forEachLook, startApp, startDoubleHelix } from './lib/app-browser.mjs';

const outDir = process.argv[2] ?? 'reports/screenshots';
mkdirSync(outDir, { recursive: true });
const { base, browser, close } = await startApp();
const shot = async (page, name, fullPage = false) => {
  await page.waitForTimeout(150);
  if (!fullPage) await page.evaluate(() => document.querySelector('.helix-frame')?.scrollIntoView({ block: 'center' }));
  const file = `${outDir}/${name}.png`;
  await page.screenshot({ path: file, fullPage });
  console.log(file);
};
try {
  await forEachLook(browser, async ({ page, tag }) => {
    await startDoubleHelix(page, base);
    for (const box of (await page.locator('.row__check').all()).slice(0, 12)) await box.check();
    await page.goto(`${base}#/helix`);
    await page.waitForSelector('.helix-svg');
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, `helix-universe-${tag}`);
    await page.locator('[data-mark="desert-star#38-54"]').focus();
    await shot(page, `helix-focus-${tag}`);
    await page.getByRole('combobox', { name: 'Focus a season' }).selectOption('legacy-s03');
    await page.waitForSelector('[data-mark="legacy-s03e01"]');
    await page.locator('[data-mark="desert-star#3-37"]').hover();
    await shot(page, `helix-zoom-${tag}`);
    await page.getByRole('combobox', { name: 'Focus a season' }).selectOption('');
    await shot(page, `helix-page-${tag}`, true);
  });
} finally {
  await close();
}
