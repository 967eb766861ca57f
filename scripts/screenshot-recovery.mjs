// Screenshots of the recovery story (issue 12): the notice after an unreadable save, and Settings → Copies kept
// in this browser, desktop and 390 px, light and dark. Usage: npm run build && node scripts/screenshot-recovery.mjs [outDir]
import { forEachLook, shooter, startApp } from './lib/app-browser.mjs';

const [outDir = 'reports/screenshots'] = process.argv.slice(2);
const shot = shooter(outDir, { settle: 250 });
const { base, browser, close } = await startApp();
try {
  await forEachLook(browser, async ({ page, tag }) => {
    await page.goto(`${base}#/`);
    await page.getByRole('button', { name: 'Start “The Double Helix”' }).click();
    await page.getByRole('heading', { level: 1, name: 'The Double Helix' }).waitFor();
    await page.getByRole('checkbox', { name: 'Mark Bosch: Legacy S3E1 ‘Goes Where It Goes’ as watched' }).check();
    // a save damaged the way main's Helix damaged it (a null time), as the only copy
    await page.evaluate(() => {
      const main = JSON.parse(localStorage.getItem('helix:state') ?? '{}');
      const damaged = { state: { ...main.state, progress: { 'legacy-s03e01': { done: true, at: 1000 }, constructor: { done: true, at: null } } }, version: 2 };
      for (const key of Object.keys(localStorage)) localStorage.removeItem(key);
      localStorage.setItem('helix:state', JSON.stringify(damaged));
    });
    await page.goto(`${base}#/`);
    await page.reload();
    await page.getByRole('alert').first().waitFor();
    await shot(page, `recovery-notice-${tag}`);
    await page.goto(`${base}#/settings`);
    const kept = page.getByRole('heading', { name: 'Copies kept in this browser' });
    await kept.scrollIntoViewIfNeeded();
    await shot(page, `recovery-settings-${tag}`);
    await page.getByRole('button', { name: /^Restore the copy from / }).click();
    await page.getByRole('status').filter({ hasText: 'Restored the copy' }).scrollIntoViewIfNeeded();
    await shot(page, `recovery-restored-${tag}`);
  });
} finally {
  await close();
}
