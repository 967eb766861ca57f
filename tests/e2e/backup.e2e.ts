import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, newContext, trackErrors, sharedBrowser } from './browser';
import { rowCheckbox } from './double-helix-rows';
import { savedDoneIds, savesWritten } from './saved-state';

const browser = sharedBrowser();

const DONE = [rowCheckbox(0), rowCheckbox(1)];

/**
 * What a backup must bring back: plans, active plan, which items are done and the user's settings.
 * Times are left out: a restore stamps plans and marks with the time of the restore, so that other open
 * tabs' older copies lose the merge.
 */
const savedState = async (page: Page) => {
  await savesWritten(page);
  const state = await page.evaluate(
    () =>
      (
        JSON.parse(localStorage.getItem('helix:state') ?? '{}') as {
          state: { plans: { updatedAt?: number }[]; activePlanId: string; settings: { spoilerSafety: boolean; hideDone: boolean } };
        }
      ).state,
  );
  return {
    plans: state.plans.map(({ updatedAt: _time, ...plan }) => plan),
    activePlanId: state.activePlanId,
    done: await savedDoneIds(page),
    spoilerSafety: state.settings.spoilerSafety,
    hideDone: state.settings.hideDone,
  };
};

describe('backup in Chromium', () => {
  it('exports everything and restores it in a fresh browser', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const errors = trackErrors(page);
    await page.goto(appUrl('/'));
    await page.getByRole('button', { name: 'Start “The Double Helix”' }).click();
    for (const name of DONE) await page.getByRole('checkbox', { name }).check();
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await page.getByRole('checkbox', { name: /Spoiler safety/ }).uncheck();
    await page.getByRole('note').filter({ hasText: 'never been backed up' }).waitFor();
    expect(await page.getByTestId('persist-status').textContent()).toMatch(/^(Persistent|Not persistent)/);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export everything' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^helix-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'helix-backup', version: 1 });
    await expect.poll(() => page.getByRole('note').count()).toBe(0);
    expect(await page.getByText('Last backup:').textContent()).not.toContain('never');
    const original = await savedState(page);

    const fresh = await newContext(browser(), 'mobile');
    const restored = await fresh.newPage();
    const freshErrors = trackErrors(restored);
    await restored.goto(appUrl('/settings'));
    await restored.getByLabel('Backup file (.json)').setInputFiles(file);
    const summary = restored.getByTestId('backup-summary');
    await summary.filter({ hasText: '1 plan: The Double Helix' }).waitFor();
    expect(await summary.textContent()).toContain('2 items done');
    await restored.getByRole('button', { name: 'Replace everything' }).click();
    await restored.getByRole('status').filter({ hasText: 'Replaced with the backup' }).waitFor();
    expect(await savedState(restored)).toEqual(original);
    const automatic = await restored.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('helix:backup:')).length);
    expect(automatic).toBe(1);

    await restored.goto(appUrl('/plan'));
    await expect.poll(() => restored.getByTestId('overall-progress').textContent()).toMatch(/^2 of \d+ items done/);
    expect(errors).toEqual([]);
    expect(freshErrors).toEqual([]);
    await context.close();
    await fresh.close();
  });

  it('explains a file that is not a backup and changes nothing', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await page.goto(appUrl('/'));
    await page.getByRole('button', { name: 'Start “The Double Helix”' }).click();
    await page.getByRole('checkbox', { name: DONE[0] }).check();
    await page.goto(appUrl('/settings'));
    const before = await page.evaluate(() => localStorage.getItem('helix:state'));
    await page.getByLabel('Backup file (.json)').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
    await page.getByRole('alert').filter({ hasText: 'This file is not a Helix backup.' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('helix:state'))).toBe(before);
    await context.close();
  });
});
