import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, newContext, sharedBrowser, startDoubleHelix, trackErrors } from './browser';
import { rowCheckbox } from './double-helix-rows';

const browser = sharedBrowser();

const SRC = ['https://example.org/saga'];

/** A pack Helix has never seen, written here: one show of three episodes and a novel its season adapts. */
const SAGA = {
  schemaVersion: 2,
  id: 'saga',
  title: 'The Saga',
  dataVersion: '2026-12-01',
  sources: SRC,
  manifest: {
    title: 'The Saga universe',
    tagline: 'Read and watch the Saga',
    credits: 'A test universe, not affiliated with anyone.',
    presets: [
      { id: 'book-then-show', name: 'Book, then show', blurb: 'The novel before the season that adapts it.', include: [{ kind: 'all-shows' }, { kind: 'novels' }], strategy: 'book-first', granularity: 'book' },
    ],
  },
  series: [{ id: 'saga-books', title: 'Saga' }],
  characters: [],
  threads: [],
  shows: [
    {
      id: 'saga-tv',
      title: 'Saga TV',
      network: 'Test Network',
      typicalRuntimeMin: 40,
      seasons: [
        {
          id: 'saga-tv-s01',
          number: 1,
          premiere: '2024-01-05',
          episodes: [1, 2, 3].map((n) => ({ id: `saga-tv-s01e0${String(n)}`, number: n, title: `Part ${String(n)}`, released: `2024-01-0${String(4 + n)}` })),
        },
      ],
    },
  ],
  novels: [{ id: 'saga-one', title: 'Saga One', published: '2020-03-01', series: ['saga-books'], pages: 300 }],
  links: [{ id: 'saga-one-to-s01', type: 'adapts', from: 'saga-one', to: 'saga-tv-s01', confidence: 'sourced', sources: SRC }],
};

const overall = (page: Page) => page.getByTestId('overall-progress').textContent();
const file = (name: string, json: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(typeof json === 'string' ? json : JSON.stringify(json)) });
const storage = (page: Page) => page.evaluate(() => Object.fromEntries(Object.keys(localStorage).sort().map((key) => [key, localStorage.getItem(key)])));

/** The shell's universe menu: open it, follow the link. */
async function chooseUniverse(page: Page, title: string): Promise<void> {
  await page.locator('.pack-picker summary').click();
  await page.locator('.pack-picker__menu').getByRole('link', { name: title, exact: true }).click();
}

describe('universes in Chromium', () => {
  it('adds a pack it has never seen, keeps each universe’s progress apart across a reload, and refuses a broken pack without changing anything', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const errors = trackErrors(page);

    // Connelly first, with progress.
    await startDoubleHelix(page);
    for (const row of [0, 1]) await page.getByRole('checkbox', { name: rowCheckbox(row) }).check();
    await expect.poll(() => overall(page)).toMatch(/^2 of \d+ items done/);
    const connellyProgress = await overall(page);

    // Add the new universe from a file.
    await chooseUniverse(page, 'Add or remove universes…');
    await page.getByRole('heading', { level: 1, name: 'Universes' }).waitFor();
    await page.getByLabel('Choose a pack file (.json), or drop it here').setInputFiles(file('saga.json', SAGA));
    await page.getByRole('status').filter({ hasText: 'Added “The Saga”.' }).waitFor();
    await page.getByRole('link', { name: 'Open it' }).click();
    await page.getByRole('heading', { level: 1, name: 'Read and watch the Saga' }).waitFor();
    expect(page.url()).toContain('pack=saga');

    // A plan in it, two items checked off.
    await page.getByRole('button', { name: 'Start “Book, then show”' }).click();
    await page.getByRole('heading', { level: 1, name: 'Book, then show' }).waitFor();
    expect(await overall(page)).toMatch(/^0 of 4 items done/);
    const boxes = page.getByRole('checkbox', { name: /^Mark / });
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await expect.poll(() => overall(page)).toMatch(/^2 of 4 items done/);

    // Reload: still the Saga, still two done.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Book, then show' }).waitFor();
    await expect.poll(() => overall(page)).toMatch(/^2 of 4 items done/);

    // Back to Connelly: its plan and its progress, untouched.
    await chooseUniverse(page, "Michael Connelly's universe");
    await page.getByRole('heading', { level: 1, name: 'Watch and read the Connelly universe in the right order' }).waitFor();
    expect(page.url()).not.toContain('pack=');
    await page.getByRole('link', { name: 'Plan', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'The Double Helix' }).waitFor();
    await expect.poll(() => overall(page)).toBe(connellyProgress);

    // And the Saga again, as it was left.
    await chooseUniverse(page, 'The Saga (added)');
    await page.getByRole('link', { name: 'Plan', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Book, then show' }).waitFor();
    await expect.poll(() => overall(page)).toMatch(/^2 of 4 items done/);

    // A broken pack: its problems by path, and nothing changes.
    const before = await storage(page);
    await page.goto(appUrl('/packs'));
    const broken = { ...SAGA, id: 'broken', dataVersion: 'yesterday', links: [{ ...SAGA.links[0], to: 'nowhere' }] };
    await page.getByLabel('Choose a pack file (.json), or drop it here').setInputFiles(file('broken.json', broken));
    const alert = page.getByRole('alert').filter({ hasText: '“broken.json” can’t be used' });
    await alert.waitFor();
    expect(await alert.getByRole('listitem').allTextContents()).toEqual(['dataVersion: invalid date']);
    await alert.getByText('Nothing was added or changed.').waitFor();
    await page.getByLabel('Choose a pack file (.json), or drop it here').setInputFiles(file('half.json', '{"schemaVersion": 2, "id":'));
    await page.getByRole('alert').filter({ hasText: '“half.json” can’t be used' }).waitFor();
    expect(await page.getByRole('listitem').filter({ hasText: 'broken' }).count()).toBe(0);
    expect(await storage(page)).toEqual(before);

    // Removing the Saga forgets its data only: its plan and progress come back when the file is added again.
    await page.getByRole('button', { name: 'Remove “The Saga”' }).click();
    await page.getByRole('group', { name: 'Remove “The Saga”?' }).getByRole('button', { name: 'Remove “The Saga”' }).click();
    await page.getByRole('status').filter({ hasText: 'Removed “The Saga” from this browser. Your 1 plan and progress in it are still saved' }).waitFor();
    expect(await page.locator('.pack-list').getByRole('link', { name: 'The Saga' }).count()).toBe(0);
    expect(await storage(page)).toEqual(before);
    await page.goto(appUrl('/plan?pack=saga'));
    await page.getByRole('heading', { level: 1, name: 'This universe isn’t here' }).waitFor();
    await page.goto(appUrl('/packs'));
    await page.getByLabel('Choose a pack file (.json), or drop it here').setInputFiles(file('saga.json', SAGA));
    await page.getByRole('status').filter({ hasText: 'Added “The Saga”.' }).waitFor();
    await page.goto(appUrl('/plan?pack=saga'));
    await page.getByRole('heading', { level: 1, name: 'Book, then show' }).waitFor();
    await expect.poll(() => overall(page)).toMatch(/^2 of 4 items done/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a share link from The Expanse in The Expanse, and merges its progress there only', async () => {
    const contextA = await newContext(browser());
    const a = await contextA.newPage();
    await a.goto(appUrl('/?pack=expanse'));
    await a.getByRole('button', { name: 'Start “Just the show”' }).click();
    await a.getByRole('heading', { level: 1, name: 'Just the show' }).waitFor();
    const boxes = a.getByRole('checkbox', { name: /^Mark / });
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await a.getByRole('button', { name: 'Share' }).click();
    const dialog = a.getByRole('dialog', { name: 'Share “Just the show”' });
    await dialog.getByRole('checkbox', { name: 'Include my progress (2 items done in this plan)' }).check();
    const link = await dialog.getByRole('textbox', { name: 'Link' }).inputValue();
    // The link names no universe in the address: its body carries the pack, as every link always did.
    expect(link).not.toContain('pack=');

    // B has Connelly progress of their own.
    const contextB = await newContext(browser());
    const b = await contextB.newPage();
    const errors = trackErrors(b);
    await startDoubleHelix(b);
    await b.getByRole('checkbox', { name: rowCheckbox(0) }).check();
    await expect.poll(() => overall(b)).toMatch(/^1 of \d+ items done/);
    const connellyProgress = await overall(b);

    await b.goto(link);
    await b.getByRole('heading', { level: 1, name: 'Just the show' }).waitFor();
    expect(b.url()).toContain('pack=expanse');
    expect(await b.getByTestId('share-progress').textContent()).toMatch(/^2 of 62 items done by the sender \(2 marks; 2 new for you\)/);
    await b.getByRole('button', { name: 'Open as a new plan and merge its progress' }).click();
    await b.getByRole('heading', { level: 1, name: 'Just the show' }).waitFor();
    await expect.poll(() => overall(b)).toMatch(/^2 of 62 items done/);

    // Connelly is as B left it.
    await chooseUniverse(b, "Michael Connelly's universe");
    await b.getByRole('link', { name: 'Plan', exact: true }).click();
    await b.getByRole('heading', { level: 1, name: 'The Double Helix' }).waitFor();
    await expect.poll(() => overall(b)).toBe(connellyProgress);
    expect(errors).toEqual([]);
    await contextA.close();
    await contextB.close();
  });

  it('switches universe from the keyboard, and Escape closes the menu where it was', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await page.goto(appUrl('/'));
    await page.getByRole('heading', { level: 1, name: 'Watch and read the Connelly universe in the right order' }).waitFor();
    const summary = page.locator('.pack-picker summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await page.locator('.pack-picker__menu').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.pack-picker').evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('The Expanse');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Read and watch The Expanse in the right order' }).waitFor();
    expect(await page.locator('.pack-picker').evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    await context.close();
  });

  it('adds a pack dropped on the page, as a file dragged from the desktop would be', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await page.goto(appUrl('/packs'));
    await page.getByRole('heading', { level: 1, name: 'Universes' }).waitFor();
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      return transfer;
    }, JSON.stringify({ ...SAGA, id: 'dropped-saga', title: 'The Dropped Saga' }));
    await page.dispatchEvent('[data-testid="pack-drop-zone"]', 'dragover', { dataTransfer });
    await page.dispatchEvent('[data-testid="pack-drop-zone"]', 'drop', { dataTransfer });
    await page.getByRole('status').filter({ hasText: 'Added “The Dropped Saga”.' }).waitFor();
    expect(await page.locator('.pack-list').getByRole('link', { name: 'The Dropped Saga' }).count()).toBe(1);
    await context.close();
  });
});
