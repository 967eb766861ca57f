import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newContext, startDoubleHelix, trackErrors, sharedBrowser } from './browser';
import { rowCheckbox, rowName } from './double-helix-rows';

const browser = sharedBrowser();

const E1 = rowCheckbox(0);
const E2 = rowCheckbox(1);

/** axe-core findings for states the route-wide a11y test does not reach (banner, month view). */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ') ?? ''}`);
}

const finishDate = (page: Page) => page.getByTestId('finish-date').textContent();

/** A local calendar date `days` from now, as the date input wants it. */
function localDate(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

describe('schedule in Chromium', () => {
  it('sets a pace, exports the .ics, ticks items off and re-plans from today when behind', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const errors = trackErrors(page);
    await startDoubleHelix(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Schedule' }).click();
    await page.getByRole('heading', { level: 1, name: 'Schedule' }).waitFor();

    const defaultFinish = await finishDate(page);
    await page.getByRole('button', { name: 'An hour a day' }).click();
    await expect.poll(() => finishDate(page)).not.toBe(defaultFinish);
    const hourADay = await finishDate(page);
    expect(hourADay).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2} \d{4}$/);
    for (const day of ['Monday', 'Sunday']) expect(await page.getByRole('spinbutton', { name: `${day}, minutes` }).inputValue()).toBe('60');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download calendar (.ics)' }).click()]);
    expect(download.suggestedFilename()).toBe('helix-the-double-helix.ics');
    const ics = readFileSync(await download.path(), 'utf8');
    const unfolded = ics.replace(/\r\n[ \t]/g, '');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    // The first day's summary starts with the first item: its show and episode, or its book's title.
    expect(unfolded).toContain(`SUMMARY:Helix: ${rowName(0).replace(/,.*$|‘.*$/, '').trim()}`);
    expect(unfolded).toContain(`DTSTART;VALUE=DATE:${localDate(0).replaceAll('-', '')}`);
    expect(unfolded.match(/BEGIN:VEVENT/g)?.length).toBe(await page.locator('.day').count());
    await page.getByRole('status').filter({ hasText: 'Downloaded helix-the-double-helix.ics' }).waitFor();

    const today = page.locator('.day[aria-current="date"]');
    await today.getByRole('checkbox', { name: E1 }).check();
    await page.getByRole('checkbox', { name: E2 }).check();
    expect(await page.getByRole('checkbox', { name: E1 }).isChecked()).toBe(true);

    // Pretend the plan started two weeks ago: most of it is now overdue.
    await page.getByLabel('Start date').fill(localDate(-14));
    const banner = page.getByRole('region', { name: /You are \d+ days? behind/ });
    await banner.waitFor();
    const behindFinish = await finishDate(page);
    expect(behindFinish).not.toBe(hourADay);
    await banner.getByRole('button', { name: 'Re-plan from today' }).click();
    expect(await violations(page)).toEqual([]);
    const preview = (await banner.getByTestId('replan-preview').textContent()) ?? '';
    const proposed = /New finish date: (.+?) \(now/.exec(preview)?.[1];
    expect(proposed).toBeTruthy();
    await banner.getByRole('button', { name: 'Apply the new plan' }).click();
    await expect.poll(() => finishDate(page)).toBe(proposed);
    expect(proposed).not.toBe(behindFinish);
    expect(await page.getByLabel('Start date').inputValue()).toBe(localDate(0));
    expect(await banner.count()).toBe(0);

    await page.getByRole('button', { name: 'Month' }).click();
    await page.locator('.month__grid td[aria-current="date"]').waitFor();
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
