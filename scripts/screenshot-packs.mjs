// Screenshots for issue 17 (any franchise): The Expanse's Home, plan, schedule and Helix picture from a used
// state (a plan with progress), the universe menu open, and the Universes page, at 1280×800 and 390 px, light and dark.
// Usage: npm run build && node scripts/screenshot-packs.mjs [outDir]
import { forEachLook, shooter, startApp } from './lib/app-browser.mjs';

const outDir = process.argv[2] ?? 'reports/screenshots/packs';
const shot = shooter(outDir, { settle: 300 });

const { base, browser, close } = await startApp();
try {
  await forEachLook(browser, async ({ page, tag }) => {
    await page.goto(`${base}#/?pack=expanse`);
    await page.getByRole('heading', { level: 1, name: 'Read and watch The Expanse in the right order' }).waitFor();
    await shot(page, `home-${tag}`);
    await page.locator('.pack-picker summary').click();
    await page.locator('.pack-picker__menu').waitFor();
    await shot(page, `picker-open-${tag}`);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Start “Each book before its episodes”' }).click();
    await page.getByTestId('overall-progress').waitFor();
    const boxes = page.getByRole('checkbox', { name: /^Mark / });
    for (let i = 0; i < 4; i++) await boxes.nth(i).check();
    await shot(page, `plan-${tag}`);
    await page.goto(`${base}#/schedule?pack=expanse`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await shot(page, `schedule-${tag}`);
    await page.goto(`${base}#/helix?pack=expanse`);
    await page.waitForSelector('.helix-svg');
    await shot(page, `helix-${tag}`);
    await page.goto(`${base}#/packs?pack=expanse`);
    await page.getByRole('heading', { level: 1, name: 'Universes' }).waitFor();
    await shot(page, `universes-${tag}`);
  });
} finally {
  await close();
}
