import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, newContext, sharedBrowser, startDoubleHelix, trackErrors } from './browser';
import { episodeBox } from './double-helix-rows';
import { savedMarks } from './saved-state';

/**
 * The saved state is validated in a chunk of its own, after the app has started (decision 010): the screens
 * wait for it. Here that chunk is held back for a while, so any screen that rendered from the empty store
 * before the state was read would be caught by the watcher below.
 */
const browser = sharedBrowser();
const HOLD_MS = 1200;
const S3E1 = episodeBox('legacy-s03e01');

/** Notes every moment the page shows an empty Helix: the plan page's “No plan yet”, or Home without its Continue card. */
async function watchForEmptyScreens(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { emptyScreens: string[] }).emptyScreens = seen;
    const look = () => {
      const heading = document.querySelector('h1')?.textContent ?? '';
      if (heading === 'No plan yet') seen.push('No plan yet');
      if (heading.startsWith('Watch and read') && !document.querySelector('.continue')) seen.push('Home without Continue');
    };
    new MutationObserver(look).observe(document, { childList: true, subtree: true, characterData: true });
  });
}

const emptyScreens = (page: Page) => page.evaluate(() => (window as unknown as { emptyScreens: string[] }).emptyScreens);

describe('a returning fan’s first screen, while the saved state is read', () => {
  it('shows their plan and its progress, never “No plan yet” or Home without the Continue card, and writes nothing before reading', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const errors = trackErrors(page);
    await startDoubleHelix(page);
    await page.getByRole('checkbox', { name: S3E1 }).check();
    const before = await savedMarks(page);
    expect(before['legacy-s03e01']?.done).toBe(true);

    let held = 0;
    await context.route('**/assets/validation-*.js', async (route) => {
      held += 1;
      await new Promise((resolve) => setTimeout(resolve, HOLD_MS));
      await route.fallback();
    });
    await watchForEmptyScreens(page);

    // The plan page, reloaded: the plan with its tick, and storage unchanged until then.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'The Double Helix' }).waitFor();
    expect(await page.getByRole('checkbox', { name: S3E1 }).isChecked()).toBe(true);
    expect(held).toBeGreaterThan(0);
    expect(await emptyScreens(page)).toEqual([]);
    expect(await savedMarks(page)).toEqual(before);

    // Home, opened afresh: the Continue card is there from its first paint.
    await page.goto(appUrl('/'));
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Continue “The Double Helix”' }).waitFor();
    expect(await emptyScreens(page)).toEqual([]);
    expect(await savedMarks(page)).toEqual(before);
    expect(errors).toEqual([]);
    await context.close();
  });
});
