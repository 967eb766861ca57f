import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appUrl, newContext, sharedBrowser, startDoubleHelix, trackErrors } from './browser';

const browser = sharedBrowser();
const WORKER = 'dist/sw.js';

describe('a new version of Helix', () => {
  it('says the app works offline once the worker is installed, then offers a deployed update and reloads into it', async () => {
    const context = await newContext(browser(), 'desktop', 'light', 'allow');
    const page = await context.newPage();
    const errors = trackErrors(page);
    const original = readFileSync(WORKER, 'utf8');
    try {
      await startDoubleHelix(page);
      // The worker registers a moment after the first screen; once it has precached the app it says so.
      const offline = page.getByRole('status').filter({ hasText: 'Helix now works offline too.' });
      await offline.waitFor({ timeout: 20_000 });
      await offline.getByRole('button', { name: 'OK' }).click();
      await expect.poll(() => offline.count()).toBe(0);
      // From the next visit on the worker controls the page, as for anyone who comes back after a deploy.
      await page.reload();
      await page.getByTestId('overall-progress').waitFor();
      await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

      // A deploy: the served worker script changes (the same code, so other tests running meanwhile are not affected).
      writeFileSync(WORKER, `${original}\n// a new deploy\n`);
      await page.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())?.update();
      });
      const update = page.getByRole('status').filter({ hasText: 'A new version of Helix is ready.' });
      await update.waitFor({ timeout: 20_000 });
      const reloaded = page.waitForEvent('load');
      await update.getByRole('button', { name: 'Reload' }).click();
      await reloaded;
      await page.getByTestId('overall-progress').waitFor();
      expect(page.url()).toBe(appUrl('/plan'));
      expect(await page.getByText('A new version of Helix is ready.').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      writeFileSync(WORKER, original);
      await context.close();
    }
  }, 60_000);
});
