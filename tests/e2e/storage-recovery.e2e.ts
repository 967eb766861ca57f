import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../src/domain/pack/parse-pack';
import { DEFAULT_PACE } from '../../src/domain/plan/plan';
import { encodeShare } from '../../src/domain/share/share-codec';
import { shareContextFromPack } from '../../src/domain/share/share-context';
import { appUrl, newContext, sharedBrowser, startDoubleHelix, trackErrors } from './browser';
import { episodeBox } from './double-helix-rows';
import { savedMarks, savesWritten } from './saved-state';

/** The five ways to lose progress found in issue 12, each replayed in Chromium. */
const browser = sharedBrowser();
const pack = parsePack(JSON.parse(readFileSync('public/data/connelly.json', 'utf8')));

// Legacy episodes by id: the Double Helix opens with Desert Star ch. 1 and 2, so S3E2 and S3E3 are past the
// spoiler window at first and their titles are hidden.
const S3E1 = episodeBox('legacy-s03e01');
const S3E2 = episodeBox('legacy-s03e02');
const S3E3 = episodeBox('legacy-s03e03');
const overall = (page: Page) => page.getByTestId('overall-progress').textContent();
const mainRecord = async (page: Page) => {
  await savesWritten(page);
  return page.evaluate(() => localStorage.getItem('helix:state'));
};

function shareLink(progress: string[], name = 'Constructor test'): string {
  return encodeShare(
    {
      packId: pack.id,
      dataVersion: pack.dataVersion,
      name,
      spec: { include: ['legacy-s03'], strategy: 'release', readingGranularity: 'book' },
      pace: DEFAULT_PACE,
      startDate: '2026-11-26',
      progress,
    },
    shareContextFromPack(pack),
  );
}

describe('progress you cannot lose (issue 12) in Chromium', () => {
  it('1: merging a share link whose progress holds the id “constructor” keeps everything through a reload', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const errors = trackErrors(page);
    await startDoubleHelix(page);
    await page.getByRole('checkbox', { name: S3E2 }).check();
    await page.goto(appUrl(`/s/${shareLink(['constructor', 'legacy-s03e01'])}`));
    // none of this user's plans has the link's shape: the marks go into the shared progress only
    await page.getByRole('button', { name: 'Merge only the progress' }).click();
    await page.getByRole('status').filter({ hasText: 'Added 2 done marks' }).waitFor();
    await page.goto(appUrl('/plan'));
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'The Double Helix' }).waitFor();
    expect(await page.getByRole('checkbox', { name: S3E1 }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: S3E2 }).isChecked()).toBe(true);
    expect(await page.getByRole('alert').filter({ hasText: 'could not be read' }).count()).toBe(0);
    const marks = await savedMarks(page);
    expect(marks.constructor).toEqual({ done: true, at: expect.any(Number) as number });
    // and “Open as a new plan” with the same link
    await page.goto(appUrl(`/s/${shareLink(['constructor'], 'Second copy')}`));
    await page.getByRole('button', { name: 'Open as a new plan and merge its progress' }).click();
    await page.getByRole('heading', { level: 1, name: 'Second copy' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Second copy' }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('2: a save Helix could not read is restored from Settings in one click, after starting over', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await startDoubleHelix(page);
    await page.getByRole('checkbox', { name: S3E1 }).check();
    // what main's Helix wrote after reproduction 1: a null time, which made the whole save unreadable
    await page.evaluate(() => {
      const main = JSON.parse(localStorage.getItem('helix:state') ?? '{}') as { state: Record<string, unknown> };
      const damaged = { state: { ...main.state, progress: { 'legacy-s03e01': { done: true, at: 1_000 }, constructor: { done: true, at: null } } }, version: 2 };
      for (const key of Object.keys(localStorage)) localStorage.removeItem(key);
      localStorage.setItem('helix:state', JSON.stringify(damaged));
    });
    await page.reload();
    const notice = page.getByRole('alert').filter({ hasText: 'could not be read' });
    await notice.waitFor();
    // the download is a file Import accepts
    const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Download the backup' }).click()]);
    const downloaded = readFileSync(await download.path(), 'utf8');
    // starting a preset writes over the state key; the kept copy stays
    await page.goto(appUrl('/'));
    await page.getByRole('button', { name: 'Start “Just the shows”' }).click();
    await page.getByRole('heading', { level: 1, name: 'Just the shows' }).waitFor();
    await page.goto(appUrl('/settings'));
    await page.getByRole('button', { name: /^Restore the copy from / }).click();
    await page.getByRole('status').filter({ hasText: 'Restored the copy from' }).waitFor();
    await page.goto(appUrl('/'));
    const plans = page.getByRole('region', { name: 'Your plans' });
    await plans.getByText('The Double Helix').waitFor();
    await plans.getByText('Just the shows').waitFor();
    expect((await savedMarks(page))['legacy-s03e01']?.done).toBe(true);
    // Import reads the downloaded copy too
    await page.goto(appUrl('/settings'));
    await page.getByLabel('Backup file (.json)').setInputFiles({ name: 'helix-unreadable-backup.json', mimeType: 'application/json', buffer: Buffer.from(downloaded) });
    await page.getByTestId('backup-summary').filter({ hasText: '1 plan: The Double Helix' }).waitFor();
    await context.close();
  });

  it('3: a tab that sees a newer version saved by another tab stops writing and asks for a reload', async () => {
    const context = await newContext(browser());
    const a = await context.newPage();
    await startDoubleHelix(a);
    const b = await context.newPage();
    await b.goto(appUrl('/plan'));
    await b.getByRole('heading', { level: 1, name: 'The Double Helix' }).waitFor();
    // tab B runs a newer Helix: it writes format 4
    const newer = await b.evaluate(() => {
      const text = JSON.stringify({ state: { newShape: true }, version: 4 });
      localStorage.setItem('helix:state', text);
      return text;
    });
    await a.getByRole('alert').filter({ hasText: 'written by a newer version of Helix' }).waitFor();
    await a.getByRole('checkbox', { name: S3E1 }).check();
    await a.waitForTimeout(200);
    expect(await mainRecord(a)).toBe(newer);
    expect(await a.getByRole('alert').getByRole('button', { name: 'Reload' }).count()).toBe(1);
    await context.close();
  });

  it('4: with storage full to the byte, the saved plan still loads, the notice says “full”, and a later write keeps it', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await startDoubleHelix(page);
    await page.getByRole('checkbox', { name: S3E1 }).check();
    await savesWritten(page); // the tick is saved; then the disk fills up
    const filled = await page.evaluate(() => {
      // fill the origin's quota with filler keys, halving the chunk until not one more character fits
      let chunk = 'x'.repeat(1 << 20);
      let n = 0;
      while (chunk.length > 0) {
        try {
          localStorage.setItem(`filler:${String(n)}`, chunk);
          n += 1;
        } catch {
          chunk = chunk.slice(0, chunk.length >> 1);
        }
      }
      return n;
    });
    expect(filled).toBeGreaterThan(1);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'The Double Helix' }).waitFor();
    await page.getByRole('alert').filter({ hasText: 'storage is full' }).waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'off or blocked' }).count()).toBe(0);
    expect(await page.getByRole('checkbox', { name: S3E1 }).isChecked()).toBe(true);
    await page.getByRole('checkbox', { name: S3E2 }).check();
    expect(await overall(page)).toMatch(/^2 of \d+ items done/);
    // space frees up: the next write saves everything, the old progress included
    await page.evaluate(() => {
      for (const key of Object.keys(localStorage)) if (key.startsWith('filler:')) localStorage.removeItem(key);
    });
    await page.getByRole('checkbox', { name: S3E3 }).check();
    await expect.poll(async () => Object.entries(await savedMarks(page)).filter(([id, mark]) => id.startsWith('legacy-s03e0') && mark.done).length).toBe(3);
    await context.close();
  });

  it('5: an untick stays unticked with two tabs open after importing a backup from a clock that ran ahead', async () => {
    const context = await newContext(browser());
    const a = await context.newPage();
    await startDoubleHelix(a);
    await savesWritten(a);
    const plan = await a.evaluate(() => (JSON.parse(localStorage.getItem('helix:state') ?? '{}') as { state: { plans: unknown[] } }).state.plans[0]);
    const backup = {
      format: 'helix-backup',
      version: 1,
      exportedAt: '2100-01-01T00:00:00.000Z',
      plans: [plan],
      activePlanId: null,
      progress: { 'legacy-s03e01': { done: true, at: Date.UTC(2100, 0, 1) } },
      settings: {},
    };
    const b = await context.newPage();
    await b.goto(appUrl('/plan'));
    await b.getByRole('heading', { level: 1, name: 'The Double Helix' }).waitFor();
    await a.goto(appUrl('/settings'));
    await a.getByLabel('Backup file (.json)').setInputFiles({ name: 'skewed.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
    await a.getByRole('button', { name: 'Merge into mine' }).click();
    await expect.poll(() => b.getByRole('checkbox', { name: S3E1 }).isChecked()).toBe(true);
    await a.goto(appUrl('/plan'));
    await a.getByRole('checkbox', { name: S3E1 }).uncheck();
    await a.waitForTimeout(300); // the reproduction flipped back within 20 ms
    expect(await a.getByRole('checkbox', { name: S3E1 }).isChecked()).toBe(false);
    await expect.poll(() => b.getByRole('checkbox', { name: S3E1 }).isChecked()).toBe(false);
    await a.reload();
    await a.getByRole('heading', { level: 1, name: 'The Double Helix' }).waitFor();
    expect(await a.getByRole('checkbox', { name: S3E1 }).isChecked()).toBe(false);
    await context.close();
  });

  it('a Replace-import holds in a second open tab: its older progress does not come back', async () => {
    const context = await newContext(browser());
    const a = await context.newPage();
    await startDoubleHelix(a);
    const b = await context.newPage();
    await b.goto(appUrl('/plan'));
    await b.getByRole('checkbox', { name: S3E2 }).check();
    await expect.poll(() => a.getByRole('checkbox', { name: S3E2 }).isChecked()).toBe(true);
    const plan = await a.evaluate(() => (JSON.parse(localStorage.getItem('helix:state') ?? '{}') as { state: { plans: unknown[] } }).state.plans[0]);
    const backup = { format: 'helix-backup', version: 1, exportedAt: '2026-01-01T00:00:00.000Z', plans: [plan], activePlanId: null, progress: { 'legacy-s03e01': { done: true, at: 5 } }, settings: {} };
    await a.goto(appUrl('/settings'));
    await a.getByLabel('Backup file (.json)').setInputFiles({ name: 'older.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
    await a.getByRole('button', { name: 'Replace everything' }).click();
    await a.getByRole('status').filter({ hasText: 'Replaced with the backup' }).waitFor();
    await expect.poll(() => b.getByRole('checkbox', { name: S3E1 }).isChecked()).toBe(true);
    await expect.poll(() => b.getByRole('checkbox', { name: S3E2 }).isChecked()).toBe(false);
    // B ticks something new: its write must not bring S3E2 back
    await b.getByRole('checkbox', { name: S3E3 }).check();
    await a.goto(appUrl('/plan'));
    await a.getByRole('heading', { level: 1, name: 'The Double Helix' }).waitFor();
    expect(await a.getByRole('checkbox', { name: S3E2 }).isChecked()).toBe(false);
    expect((await savedMarks(a))['legacy-s03e02']?.done ?? false).toBe(false);
    await context.close();
  });

  it('a screen whose code fails to load (a deploy since the page opened) offers a reload under the navigation', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await page.route('**/assets/SettingsPage-*.js', (route) => route.abort());
    await page.goto(appUrl('/'));
    await page.getByRole('button', { name: 'Start “The Double Helix”' }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'This screen couldn’t be loaded' }).waitFor();
    expect(await page.title()).toBe('This screen couldn’t be loaded · Helix');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
    await page.getByRole('button', { name: 'Start “The Double Helix”' }).waitFor();
    await page.goto(appUrl('/no-such-screen'));
    await page.getByRole('heading', { level: 1, name: 'Not found' }).waitFor();
    expect(await page.title()).toBe('Not found · Helix');
    await context.close();
  });
});
