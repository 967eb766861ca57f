import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, newContext, sharedBrowser, trackErrors } from './browser';
import { savesWritten } from './saved-state';

const browser = sharedBrowser();

const planNames = async (page: Page) => {
  await savesWritten(page);
  return page.evaluate(() => ((JSON.parse(localStorage.getItem('helix:state') ?? '{}') as { state?: { plans: { name: string }[] } }).state?.plans ?? []).map((plan) => plan.name));
};

const card = (page: Page, name: string) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name, exact: true }) });

describe('presets in Chromium', () => {
  it('show their size, preview their first items without saving, and never make two plans of the same name', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const errors = trackErrors(page);
    await page.goto(appUrl('/'));

    // every card says how big it is; the preview saves nothing
    const everything = card(page, 'Everything by release date');
    const size = everything.locator('.preset__facts');
    await expect.poll(() => size.textContent()).toMatch(/^\d+ items · about \d+ h$/);
    await everything.getByRole('button', { name: 'Preview “Everything by release date”' }).click();
    const preview = page.getByRole('dialog', { name: 'Everything by release date' });
    expect(await preview.getByTestId('preset-size').textContent()).toBe(await size.textContent());
    expect(await preview.getByRole('listitem').count()).toBe(8);
    await preview.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => preview.count()).toBe(0);
    expect(await planNames(page)).toEqual([]);

    // first start: at once, with an undo
    await page.getByRole('button', { name: 'Start “The Double Helix”' }).click();
    await page.getByRole('heading', { level: 1, name: 'The Double Helix' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Started “The Double Helix”' }).waitFor();
    await page.getByRole('checkbox', { name: /^Mark .* as watched$/ }).first().check();

    // second start: offered the plan you have, with its progress, or another under its own name
    await page.goto(appUrl('/'));
    await page.getByRole('button', { name: 'Start “The Double Helix”' }).click();
    const again = page.getByRole('dialog', { name: 'The Double Helix' });
    await again.getByRole('note').filter({ hasText: /You already have “The Double Helix”: 1 of \d+ items done, last activity today/ }).waitFor();
    await again.getByRole('button', { name: 'Start another, “The Double Helix (2)”' }).click();
    await page.getByRole('heading', { level: 1, name: 'The Double Helix (2)' }).waitFor();

    // third start: continuing changes nothing
    await page.goto(appUrl('/'));
    await page.getByRole('button', { name: 'Start “The Double Helix”' }).click();
    await page.getByRole('dialog', { name: 'The Double Helix' }).getByRole('button', { name: 'Continue “The Double Helix”' }).click();
    await page.getByRole('heading', { level: 1, name: 'The Double Helix' }).waitFor();
    const names = await planNames(page);
    expect(names).toEqual(['The Double Helix', 'The Double Helix (2)']);
    expect(new Set(names).size).toBe(names.length);

    // Your plans: each with its progress and last activity
    await page.goto(appUrl('/'));
    const plans = page.getByRole('region', { name: 'Your plans' });
    await plans.getByText(/^1 of \d+ items done · last activity today$/).first().waitFor();
    expect(await plans.getByRole('progressbar').count()).toBe(2);
    expect(errors).toEqual([]);
    await context.close();
  });
});
