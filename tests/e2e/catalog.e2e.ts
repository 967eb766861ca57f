import { describe, expect, it } from 'vitest';
import { appUrl, newContext, trackErrors, sharedBrowser } from './browser';

const browser = sharedBrowser();

describe('catalog in Chromium', () => {
  it('lists all 68 Bosch episodes on the Bosch page', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const errors = trackErrors(page);
    await page.goto(appUrl('/catalog'));
    await page.getByRole('link', { name: 'Bosch', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Bosch');
    await expect(page.getByTestId('episode-count').textContent()).resolves.toBe('68 episodes');
    const rows = page.locator('section.season tbody tr');
    expect(await rows.count()).toBe(68);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps a deep link to a catalog page on reload', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await page.goto(appUrl('/catalog/novels/desert-star'));
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Desert Star');
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Desert Star');
    expect(await page.getByRole('heading', { name: 'Story threads' }).count()).toBe(1);
    expect(page.url()).toContain('#/catalog/novels/desert-star');
    await context.close();
  });

  it('shows the error screen with a retry when the served pack is invalid', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const invalid = { schemaVersion: 1, id: 'connelly', title: 'Broken', dataVersion: 'yesterday', sources: [], series: [], characters: [], threads: [], shows: [], novels: [], links: [] };
    await page.route('**/data/connelly.core.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(invalid) }));
    await page.goto(appUrl('/catalog'));
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.getByRole('heading').textContent()).toBe('The franchise data is damaged');
    expect(await alert.textContent()).toContain('dataVersion: invalid date');
    expect(await alert.getByRole('button', { name: 'Try again' }).count()).toBe(1);
    await context.close();
  });

  it('recovers through Try again after the pack request fails', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    let offline = true;
    await page.route('**/data/connelly.core.json', (route) => (offline ? route.abort() : route.fallback()));
    await page.goto(appUrl('/catalog'));
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.getByRole('heading').textContent(), { timeout: 10_000 }).toBe('Couldn’t load the franchise data');
    offline = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 10_000 }).toBe('Catalog');
    await context.close();
  });
});
