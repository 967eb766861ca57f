// Screenshots of the films: the catalog's Films section, a film's page, the Lincoln Lawyer track with its
// Film row (after checking off the first item), and the Helix picture's Films lane, at 1280×800 and 390×844,
// light and dark.
// Usage: npm run build && node scripts/screenshot-films.mjs [outDir]
import { shooter, startApp } from './lib/app-browser.mjs';

const outDir = process.argv[2] ?? 'reports/screenshots/films';
const shot = shooter(outDir, { settle: 250 });
const LOOKS = [
  ['desktop', { width: 1280, height: 800 }, 'light'],
  ['desktop', { width: 1280, height: 800 }, 'dark'],
  ['phone', { width: 390, height: 844 }, 'light'],
  ['phone', { width: 390, height: 844 }, 'dark'],
];

const { base, browser, close } = await startApp();
try {
  for (const [size, viewport, scheme] of LOOKS) {
    const mobile = size === 'phone';
    const context = await browser.newContext({ viewport, colorScheme: scheme, isMobile: mobile, hasTouch: mobile, serviceWorkers: 'block' });
    const page = await context.newPage();
    const tag = `${size}-${scheme}`;
    await page.goto(`${base}#/catalog`);
    await page.locator('#films-heading').waitFor();
    await page.evaluate(() => document.querySelector('#films-heading')?.scrollIntoView({ block: 'start' }));
    await shot(page, `catalog-films-${tag}`);
    await page.getByRole('link', { name: 'Blood Work (film)' }).click();
    await page.locator('main h1').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, `film-blood-work-${tag}`);
    await page.goto(`${base}#/`);
    await page.getByRole('button', { name: 'Start “The Lincoln Lawyer track”' }).click();
    await page.getByTestId('overall-progress').waitFor();
    await page.getByRole('checkbox', { name: 'Mark The Lincoln Lawyer as read' }).check();
    const film = page.getByRole('checkbox', { name: 'Mark The Lincoln Lawyer (film) as watched' });
    await film.scrollIntoViewIfNeeded();
    await page.evaluate(() => document.querySelector('[data-kind="film"]')?.scrollIntoView({ block: 'center' }));
    await shot(page, `plan-lincoln-film-row-${tag}`);
    await page.goto(`${base}#/helix`);
    await page.locator('.helix-svg [data-mark]').first().waitFor();
    await page.evaluate(() => document.querySelector('[data-mark="film-blood-work"]')?.scrollIntoView({ block: 'center', inline: 'center' }));
    await shot(page, `helix-films-${tag}`);
    await context.close();
  }
} finally {
  await close();
}
