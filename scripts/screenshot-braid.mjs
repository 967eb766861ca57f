// Chromium screenshots of the Double Helix plan: the "How this order is braided" note at the top, and further
// down the list, rows past the spoiler window with their spoiler-safe reasons. 1280×800 and 390 px, light and dark.
// Usage: npm run build && node scripts/screenshot-braid.mjs [outDir]
import { CHROMIUM, CHROMIUM_FLAGS, serveBuiltApp, shooter, startDoubleHelix } from './lib/app-browser.mjs';
import { chromium } from 'playwright-core';

const [outDir = 'reports/screenshots'] = process.argv.slice(2);
const shot = shooter(outDir, { settle: 250 });
const looks = [
  ['desktop', { width: 1280, height: 800 }],
  ['mobile', { width: 390, height: 844 }],
];
/** The one-time "works offline" notice would cover the note's buttons on a phone. */
async function dismissOfflineNotice(page) {
  const notice = page.getByRole('button', { name: 'OK', exact: true });
  await notice.waitFor({ timeout: 1500 }).catch(() => {});
  if (await notice.isVisible().catch(() => false)) await notice.click();
}

const server = await serveBuiltApp();
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
try {
  for (const [size, viewport] of looks) {
    for (const scheme of ['light', 'dark']) {
      const mobile = size === 'mobile';
      const context = await browser.newContext({ viewport, colorScheme: scheme, isMobile: mobile, hasTouch: mobile });
      const page = await context.newPage();
      await startDoubleHelix(page, server.base);
      await page.getByRole('region', { name: 'How this order is braided' }).waitFor();
      await dismissOfflineNotice(page);
      // The "Started …" undo toast covers the list for its first seconds; a returning fan never sees it.
      await page.getByText('Started “The Double Helix”').waitFor({ state: 'hidden', timeout: 12000 }).catch(() => {});
      await shot(page, `braid-plan-${size}-${scheme}`);
      // The list where Legacy hands over to Ballard: far rows keep their reasons without plot words.
      await page.getByRole('checkbox', { name: /^Mark Bosch: Legacy S3E9/ }).scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, -120));
      await dismissOfflineNotice(page);
      await shot(page, `braid-handoff-${size}-${scheme}`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
