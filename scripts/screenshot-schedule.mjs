// Screenshots of the schedule screen with progress (agenda, month, behind banner, print) at desktop and phone widths,
// light and dark. Usage: npx vite build && node scripts/screenshot-schedule.mjs [outDir]
import { forEachLook, shooter, startApp, startDoubleHelix } from './lib/app-browser.mjs';

const outDir = process.argv[2] ?? 'reports/screenshots';
const { base, browser, close } = await startApp();
const shot = shooter(outDir);
const localDate = (days) => {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};
// The pace form is folded on phones: open it to set the date, then fold it again as a user would.
const setStart = async (page, date) => {
  const pace = page.locator('details.pace');
  const folded = (await pace.getAttribute('open')) === null;
  if (folded) await pace.locator('summary').click();
  await page.getByLabel('Start date').fill(date);
  if (folded) await pace.locator('summary').click();
};
try {
  await forEachLook(browser, async ({ page, scheme, tag }) => {
    await startDoubleHelix(page, base);
    // Caught up to the 11th item with "done up to here", as in issue 13, then one more ticked from today's share.
    await page.locator('.row').nth(10).getByRole('button', { name: /^Mark everything up to / }).click();
    await page.goto(`${base}#/schedule`);
    await page.waitForSelector('.agenda');
    await page.locator('.day[aria-current="date"] .day__items input').first().click();
    await page.locator('.day__done').waitFor();
    await shot(page, `schedule-agenda-${tag}`);
    await page.getByRole('button', { name: 'Month' }).click();
    await page.waitForSelector('.month__grid');
    await page.locator('.schedule-main').scrollIntoViewIfNeeded();
    await shot(page, `schedule-month-${tag}`);
    if (scheme === 'light') {
      await page.getByRole('button', { name: 'Agenda' }).click();
      await setStart(page, localDate(-20));
      await page.getByRole('button', { name: 'Re-plan from today' }).click();
      await page.evaluate(() => window.scrollTo(0, 0));
      await shot(page, `schedule-behind-${tag}`);
      // The checklist is only in the page while printing: the browser's print command fires beforeprint.
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await page.emulateMedia({ media: 'print' });
      await shot(page, `schedule-print-${tag}`, true);
    }
  });
} finally {
  await close();
}
