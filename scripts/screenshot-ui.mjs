// Screenshots for the "usable at a glance" work: Home, the Plan (191-item "Everything by release date" with
// progress, and the Double Helix), Helix, at 1280×800 and 390×844, light and dark, each from a used state.
// Usage: npm run build && node scripts/screenshot-ui.mjs [outDir]
import { shooter, startApp } from './lib/app-browser.mjs';

const outDir = process.argv[2] ?? 'reports/screenshots/ui';
const shot = shooter(outDir, { settle: 250 });
const LOOKS = [
  ['desktop', { width: 1280, height: 800 }, 'light'],
  ['desktop', { width: 1280, height: 800 }, 'dark'],
  ['phone', { width: 390, height: 844 }, 'light'],
  ['phone', { width: 390, height: 844 }, 'dark'],
];

async function startPreset(page, base, name) {
  await page.goto(`${base}#/`);
  await page.getByRole('button', { name: `Start “${name}”` }).click();
  await page.getByTestId('overall-progress').waitFor();
}

/** Marks the plan done up to its nth item (1-based) with the keyboard, then leaves the list. */
async function doneUpTo(page, n) {
  await page.keyboard.press('j');
  for (let i = 1; i < n; i++) await page.keyboard.press('j');
  await page.keyboard.press('Shift+X');
  await page.evaluate(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined));
}

const { base, browser, close } = await startApp();
try {
  for (const [size, viewport, scheme] of LOOKS) {
    const mobile = size === 'phone';
    const context = await browser.newContext({ viewport, colorScheme: scheme, isMobile: mobile, hasTouch: mobile, serviceWorkers: 'block' });
    const page = await context.newPage();
    const tag = `${size}-${scheme}`;
    await startPreset(page, base, 'Everything by release date');
    await doneUpTo(page, 30);
    await page.reload();
    await page.getByTestId('overall-progress').waitFor();
    await page.keyboard.press('j');
    await shot(page, `plan-everything-${tag}`);
    await page.getByRole('searchbox', { name: 'Search this plan' }).fill('Ballard');
    await shot(page, `plan-everything-ballard-${tag}`);
    await startPreset(page, base, 'The Double Helix');
    await doneUpTo(page, 11);
    await page.reload();
    await page.getByTestId('overall-progress').waitFor();
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await shot(page, `plan-double-helix-${tag}`);
    await page.goto(`${base}#/helix`);
    await page.locator('.helix-svg [data-mark]').first().waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, `helix-${tag}`);
    await page.evaluate(() => document.querySelector('.helix-stage')?.scrollIntoView());
    await page.locator('[data-mark="desert-star#38-54"]').click();
    await page.evaluate(() => document.querySelector('[data-mark="desert-star#38-54"]')?.scrollIntoView({ block: 'center' }));
    await shot(page, `helix-card-${tag}`);
    await page.goto(`${base}#/`);
    await page.locator('main h1').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, `home-${tag}`);
    await page.goto(`${base}#/catalog?q=ballard`);
    await page.locator('main h1').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, `catalog-ballard-${tag}`);
    await context.close();
  }
} finally {
  await close();
}
