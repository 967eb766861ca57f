import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, newContext, startDoubleHelix, trackErrors, sharedBrowser } from './browser';
import { rowCheckbox, rowName } from './double-helix-rows';

const browser = sharedBrowser();

const FIRST_THREE = [rowCheckbox(0), rowCheckbox(1), rowCheckbox(2)];

const overall = (page: Page) => page.getByTestId('overall-progress').textContent();

describe('plans and progress in Chromium', () => {
  it('keeps three check-offs across a reload and shows them in a second page', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const errors = trackErrors(page);
    await startDoubleHelix(page);
    for (const name of FIRST_THREE) await page.getByRole('checkbox', { name }).check();
    await expect.poll(() => overall(page)).toMatch(/^3 of \d+ items done/);

    await page.reload();
    await page.getByTestId('overall-progress').waitFor();
    for (const name of FIRST_THREE) expect(await page.getByRole('checkbox', { name }).isChecked()).toBe(true);
    expect(await overall(page)).toMatch(/^3 of \d+ items done/);
    expect(await page.locator('.up-next__name').textContent()).toBe(rowName(3));

    const second = await context.newPage();
    await second.goto(appUrl('/plan'));
    await expect.poll(() => overall(second)).toMatch(/^3 of \d+ items done/);
    // a change in one tab reaches the other without a reload (storage event)
    await page.getByRole('checkbox', { name: rowCheckbox(3) }).check();
    await expect.poll(() => overall(second)).toMatch(/^4 of \d+ items done/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('starts with a notice and a downloadable backup when saved data is garbage', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await startDoubleHelix(page);
    await page.evaluate(() => localStorage.setItem('helix:state', '{"state": {"progress": tru'));
    await page.reload();
    const notice = page.getByRole('alert').filter({ hasText: 'could not be read' });
    await notice.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Download the backup' }).click()]);
    const path = await download.path();
    expect(readFileSync(path, 'utf8')).toBe('{"state": {"progress": tru');
    const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('helix:backup:')));
    expect(backups).toHaveLength(1);
    // the app still works: it started clean, and presets are there to start again
    await page.getByRole('heading', { level: 1, name: 'No plan yet' }).waitFor();
    await page.goto(appUrl('/'));
    await page.getByRole('button', { name: 'Start “The Double Helix”' }).waitFor();
    await context.close();
  });

  it('undoes a check-off with Ctrl+Z and moves through rows with j and k', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await startDoubleHelix(page);
    const first = page.getByRole('checkbox', { name: FIRST_THREE[0] });
    await first.focus();
    await page.keyboard.press('x');
    await expect.poll(() => first.isChecked()).toBe(true);
    await page.keyboard.press('j');
    await page.keyboard.press('Space');
    expect(await page.getByRole('checkbox', { name: FIRST_THREE[1] }).isChecked()).toBe(true);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByRole('checkbox', { name: FIRST_THREE[1] }).isChecked()).toBe(false);
    expect(await first.isChecked()).toBe(true);
    await context.close();
  });
});
