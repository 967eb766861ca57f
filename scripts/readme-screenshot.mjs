// The README's screenshot: the Double Helix plan with a few items checked, desktop, light.
// Usage: npm run build && node scripts/readme-screenshot.mjs
import { startApp, startDoubleHelix } from './lib/app-browser.mjs';

const { base, browser, close } = await startApp();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await startDoubleHelix(page, base);
  // Watch all of Legacy S3, then show where the novel and Ballard braid in.
  await page.getByRole('button', { name: /^Done up to here: Bosch: Legacy S3E10/ }).click();
  await page.getByRole('button', { name: 'Undo' }).waitFor({ state: 'detached', timeout: 15_000 });
  await page.locator('.order__item').nth(8).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.mouse.move(0, 0);
  await page.screenshot({ path: 'docs/screenshot-plan.png' });
  console.log('docs/screenshot-plan.png');
} finally {
  await close();
}
