// Screenshots of the share dialog, share preview (good and bad link) and settings, desktop and phone, light and dark.
// Usage: npx vite build && node scripts/screenshot-share.mjs [outDir]
import { mkdirSync } from 'node:fs';
import { forEachLook, startApp, startDoubleHelix } from './lib/app-browser.mjs';

const outDir = process.argv[2] ?? 'reports/screenshots';
mkdirSync(outDir, { recursive: true });
const { base, browser, close } = await startApp();
const shot = async (page, name) => {
  await page.waitForTimeout(250);
  const file = `${outDir}/${name}.png`;
  await page.screenshot({ path: file, fullPage: process.env.FULL_PAGE === "1" || name.startsWith("settings") });
  console.log(file);
};
try {
  await forEachLook(browser, async ({ context, page, tag }) => {
    await startDoubleHelix(page, base);
    for (const box of (await page.locator('.row__check').all()).slice(0, 3)) await box.check();
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('checkbox').check();
    await shot(page, `share-dialog-${tag}`);
    await dialog.getByRole('button', { name: 'Show QR code' }).click();
    await dialog.locator('svg.qr').waitFor();
    await shot(page, `share-dialog-qr-${tag}`);
    const link = await dialog.getByRole('textbox', { name: 'Link' }).inputValue();
    console.log(`link length ${link.length}`);
    await page.keyboard.press('Escape');
    await page.goto(link);
    await page.waitForSelector('.share-preview__facts');
    await shot(page, `share-preview-${tag}`);
    await page.goto(link.replace(/\.(.{4})$/, '.AAAA'));
    await page.waitForSelector('.share-preview [role=alert]');
    await shot(page, `share-bad-${tag}`);
    await page.close();
    const settings = await context.newPage();
    await settings.goto(`${base}#/settings`);
    await settings.waitForSelector('.settings__section');
    await settings.getByLabel('Backup file (.json)').setInputFiles({
      name: 'helix-backup-2026-11-01.json',
      mimeType: 'application/json',
      buffer: Buffer.from(await settings.evaluate(() => JSON.stringify({ format: 'helix-backup', version: 1, exportedAt: new Date().toISOString(), ...JSON.parse(localStorage.getItem('helix:state')).state }))),
    });
    await settings.waitForSelector('.settings__summary');
    await shot(settings, `settings-${tag}`);
  });
} finally {
  await close();
}
