import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newContext, startDoubleHelix, trackErrors, sharedBrowser } from './browser';
import { rowCheckbox, rowName } from './double-helix-rows';

const browser = sharedBrowser();

const E1 = rowCheckbox(0);
const E2 = rowCheckbox(1);
/** The row the user clicked "done up to here" on: the Double Helix's 11th item. */
const UP_TO = 11;

/** axe-core findings for states the route-wide a11y test does not reach (banner, month view). */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ') ?? ''}`);
}

const finishDate = (page: Page) => page.getByTestId('finish-date').textContent();
/** The finish date as YYYY-MM-DD, to compare dates as dates. */
const finishDay = (page: Page) => page.getByTestId('finish-date').getAttribute('data-date');

/** A local calendar date `days` from now, as the date input wants it. */
function localDate(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

async function openSchedule(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Schedule' }).click();
  await page.getByRole('heading', { level: 1, name: 'Schedule' }).waitFor();
}

async function downloadIcs(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download calendar (.ics)' }).click()]);
  expect(download.suggestedFilename()).toBe('helix-the-double-helix.ics');
  return readFileSync(await download.path(), 'utf8').replace(/\r\n[ \t]/g, '');
}

/** "Mark Bosch: Legacy S3E1 ‘…’ as watched" → "Bosch: Legacy S3E1"; "Mark Desert Star, ch. 2 as read" → "Desert Star ch. 2", as the .ics names items. */
function icsLabel(checkboxName: string): string {
  const name = checkboxName.replace(/^Mark /, '').replace(/ as (watched|read)$/, '');
  return name.includes(' ‘') ? name.slice(0, name.indexOf(' ‘')) : name.replace(', ', ' ');
}

/** Whether an item of this label is described in the calendar: a DESCRIPTION line starting with it. */
function describes(ics: string, label: string): boolean {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(DESCRIPTION:|\\\\n)${escaped}(:|\\\\,)`).test(ics);
}

describe('schedule in Chromium', () => {
  it('sets a pace, exports the .ics, ticks items off and re-plans from today when behind', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const errors = trackErrors(page);
    await startDoubleHelix(page);
    await openSchedule(page);

    const defaultFinish = await finishDate(page);
    await page.getByRole('button', { name: 'An hour a day' }).click();
    await expect.poll(() => finishDate(page)).not.toBe(defaultFinish);
    const hourADay = await finishDate(page);
    expect(hourADay).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2} \d{4}$/);
    for (const day of ['Monday', 'Sunday']) expect(await page.getByRole('spinbutton', { name: `${day}, minutes` }).inputValue()).toBe('60');

    const ics = await downloadIcs(page);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    // The first day's summary starts with the first item: its show and episode, or its book's title.
    expect(ics).toContain(`SUMMARY:Helix: ${rowName(0).replace(/,.*$|‘.*$/, '').trim()}`);
    expect(ics).toContain(`DTSTART;VALUE=DATE:${localDate(0).replaceAll('-', '')}`);
    expect(ics.match(/BEGIN:VEVENT/g)?.length).toBe(await page.locator('.day').count());
    await page.getByRole('status').filter({ hasText: 'Downloaded helix-the-double-helix.ics' }).waitFor();

    // Tonight's first item, ticked, stays on today under "Done today" and keeps today's hour: nothing moves.
    const today = page.locator('.day[aria-current="date"]');
    await today.getByRole('checkbox', { name: E1 }).check();
    await today.locator('.day__done').getByRole('checkbox', { name: E1 }).waitFor();
    expect(await finishDate(page)).toBe(hourADay);
    // The rest of today's share and all of tomorrow's, done today too, join today's: one day ahead.
    const planned = (day: number) => page.locator('.day').nth(day).locator('.day__items:not(.day__done *) input[type="checkbox"]').evaluateAll((boxes) => boxes.map((box) => box.getAttribute('aria-label') ?? ''));
    const early = [...(await planned(0)), ...(await planned(1))];
    expect(early).toContain(E2);
    for (const name of early) {
      await page.getByRole('checkbox', { name, exact: true }).first().click();
      await today.locator('.day__done').getByRole('checkbox', { name, exact: true }).waitFor();
    }
    await expect.poll(() => page.getByTestId('pace-status').textContent()).toMatch(/^1 day ahead of your pace\./);

    // Pretend the plan started two weeks ago: most of it is now overdue.
    const onTime = await finishDate(page);
    await page.getByLabel('Start date').fill(localDate(-14));
    const banner = page.getByRole('region', { name: /You are \d+ days? behind your pace/ });
    await banner.waitFor();
    // What is left is laid out from today whatever the start date: the finish date does not move.
    const behindFinish = await finishDate(page);
    expect(behindFinish).toBe(onTime);
    await banner.getByRole('button', { name: 'Re-plan from today' }).click();
    expect(await violations(page)).toEqual([]);
    const preview = (await banner.getByTestId('replan-preview').textContent()) ?? '';
    const [, proposed, was] = /New finish date: (.+?) \(was (.+)\)/.exec(preview) ?? [];
    expect(proposed).toBe(behindFinish);
    expect(new Date(`${was} 12:00`).getTime()).toBeLessThan(new Date(`${proposed} 12:00`).getTime());
    await banner.getByRole('button', { name: 'Apply the new plan' }).click();
    await expect.poll(() => page.getByLabel('Start date').inputValue()).toBe(localDate(0));
    expect(await finishDate(page)).toBe(proposed);
    expect(await banner.count()).toBe(0);

    await page.getByRole('button', { name: 'Month' }).click();
    await page.locator('.month__grid td[aria-current="date"]').waitFor();
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('after “done up to here” at item 11, starts with the first item not done, finishes earlier, and exports no done item', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const errors = trackErrors(page);
    await startDoubleHelix(page);
    await openSchedule(page);
    const fresh = await finishDay(page);
    expect(fresh).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plan' }).click();
    const rows = page.locator('.row');
    await rows.nth(UP_TO - 1).getByRole('button', { name: /^Done up to here: / }).click();
    await expect.poll(() => page.getByTestId('overall-progress').textContent()).toMatch(new RegExp(`^${UP_TO} of \\d+ items done`));
    const names = await rows.locator('input[type="checkbox"]').evaluateAll((boxes) => boxes.map((box) => box.getAttribute('aria-label') ?? ''));
    const done = names.slice(0, UP_TO);
    const firstLeft = names[UP_TO]!;

    await openSchedule(page);
    // the first item on the schedule is the first one not done, and no done item has a day of its own
    const agenda = page.locator('.agenda');
    const toDo = agenda.locator('.day__items:not(.day__done *) input[type="checkbox"]');
    expect(await toDo.first().getAttribute('aria-label')).toBe(firstLeft);
    for (const name of done) expect(await agenda.locator('.day__items:not(.day__done *)').getByRole('checkbox', { name, exact: true }).count()).toBe(0);
    const withProgress = await finishDay(page);
    expect(withProgress! < fresh!).toBe(true);
    expect(await page.getByTestId('pace-status').textContent()).toMatch(/^\d+ days? ahead of your pace\./);

    const ics = await downloadIcs(page);
    expect(describes(ics, icsLabel(firstLeft))).toBe(true);
    for (const name of done) expect(describes(ics, icsLabel(name)), name).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});
