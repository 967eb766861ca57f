// Screenshots of the plan flow (home → preset → plan → editor) at desktop and phone widths, light and dark.
// Usage: npm run build && node scripts/screenshot-flow.mjs [outDir]
import { forEachLook, shooter, startApp, startDoubleHelix } from './lib/app-browser.mjs';

const outDir = process.argv[2] ?? 'reports/screenshots';
const { base, browser, close } = await startApp();
const shot = shooter(outDir);
try {
  await forEachLook(browser, async ({ page, tag }) => {
    await page.goto(`${base}#/`);
    await page.waitForSelector('main h1');
    await page.locator('.preset__facts:not(.preset__facts--loading)').first().waitFor();
    await shot(page, `home-empty-${tag}`);
    await page.getByRole('button', { name: 'Preview “The Double Helix”' }).click();
    await page.getByRole('dialog').waitFor();
    await shot(page, `home-preview-${tag}`);
    await page.getByRole('dialog').getByRole('button', { name: 'Start “The Double Helix”' }).click();
    await page.waitForSelector('.order');
    for (const box of (await page.locator('.row__check').all()).slice(0, 3)) await box.check();
    await shot(page, `plan-${tag}`);
    await page.getByRole('link', { name: 'Edit plan' }).click();
    await page.waitForSelector('form.editor');
    await shot(page, `editor-${tag}`);
    await page.goto(`${base}#/`);
    await page.waitForSelector('.continue');
    await shot(page, `home-continue-${tag}`);
    // Starting the same preset again: the choice to continue it or start another under its own name.
    await page.getByRole('button', { name: 'Start “The Double Helix”' }).click();
    await page.getByRole('dialog').waitFor();
    await shot(page, `home-again-${tag}`);
    await page.keyboard.press('Escape');
    await page.locator('.plan-list').scrollIntoViewIfNeeded();
    await shot(page, `home-plans-${tag}`);
  });
} finally {
  await close();
}
