import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { parsePack } from '../../src/domain/pack/parse-pack';
import { DEFAULT_PACE } from '../../src/domain/plan/plan';
import { encodeShare } from '../../src/domain/share/share-codec';
import { shareContextFromPack } from '../../src/domain/share/share-context';
import { describe, expect, it } from 'vitest';
import { appUrl, newContext, startDoubleHelix, trackErrors, sharedBrowser } from './browser';

const browser = sharedBrowser();

const S3E1 = 'Mark Bosch: Legacy S3E1 ‘Goes Where It Goes’ as watched';
const overall = (page: Page) => page.getByTestId('overall-progress').textContent();

describe('robustness in Chromium', () => {
  it('keeps working in memory, with a notice, when localStorage is blocked', async () => {
    const context = await newContext(browser());
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    const errors = trackErrors(page);
    await startDoubleHelix(page);
    await page.getByRole('alert').filter({ hasText: 'does not let Helix save data' }).waitFor();
    await page.getByRole('checkbox', { name: S3E1 }).check();
    await expect.poll(() => overall(page)).toMatch(/^1 of \d+ items done/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the change in memory and says so when storage is full', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await startDoubleHelix(page);
    await page.evaluate(() => {
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.startsWith('helix:')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.call(this, key, value);
      };
    });
    const saved = () => page.evaluate(() => JSON.stringify(Object.keys(localStorage).sort().map((key) => [key, localStorage.getItem(key)])));
    const before = await saved();
    await page.getByRole('checkbox', { name: S3E1 }).check();
    await page.getByRole('alert').filter({ hasText: 'storage is full' }).waitFor();
    expect(await page.getByRole('checkbox', { name: S3E1 }).isChecked()).toBe(true);
    expect(await overall(page)).toMatch(/^1 of \d+ items done/);
    // what was saved before is still there, untouched
    expect(await saved()).toBe(before);
    await context.close();
  });

  it('works offline after the first visit, progress included', async () => {
    const context = await newContext(browser(), 'desktop', 'light', 'allow');
    const page = await context.newPage();
    await startDoubleHelix(page);
    await page.getByRole('checkbox', { name: S3E1 }).check();
    // the worker installs (precaching everything) on the first visit and controls the page from the next load
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await context.setOffline(true);
    await page.reload();
    await page.getByTestId('overall-progress').waitFor();
    expect(await page.getByRole('checkbox', { name: S3E1 }).isChecked()).toBe(true);
    await page.goto(appUrl('/catalog/novels/desert-star'));
    await page.getByRole('heading', { level: 1, name: 'Desert Star' }).waitFor();
    await context.close();
  });

  it('renders markup in pack strings as plain text', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const errors = trackErrors(page);
    const response = await context.request.get(appUrl('/').replace(/#.*$/, '') + 'data/connelly.core.json');
    const pack = (await response.json()) as { novels: { id: string; title: string }[] };
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const novel = pack.novels.find((n) => n.id === 'desert-star');
    if (!novel) throw new Error('no desert-star');
    novel.title = evil;
    await page.route('**/data/connelly.core.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(pack) }));
    await page.goto(appUrl('/catalog/novels/desert-star'));
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(evil);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('main img, main script').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('renders markup in a share link’s plan name as plain text', async () => {
    const pack = parsePack(JSON.parse(readFileSync('public/data/connelly.json', 'utf8')));
    const evil = '<img src=x onerror="window.__pwned=1">';
    const code = encodeShare(
      {
        packId: pack.id,
        dataVersion: pack.dataVersion,
        name: evil,
        spec: { include: ['legacy-s03'], strategy: 'release', readingGranularity: 'book' },
        pace: DEFAULT_PACE,
        startDate: '2026-11-26',
      },
      shareContextFromPack(pack),
    );
    const context = await newContext(browser());
    const page = await context.newPage();
    const errors = trackErrors(page);
    await page.goto(appUrl(`/s/${code}`));
    await page.getByText(evil).first().waitFor();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('main img').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('recovers by itself when the data pack request fails once', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    let failures = 0;
    await page.route('**/data/connelly.core.json', (route) => {
      if (failures === 0) {
        failures += 1;
        return route.abort('connectionreset');
      }
      return route.fallback();
    });
    await page.goto(appUrl('/catalog'));
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 }).toBe('Catalog');
    expect(failures).toBe(1);
    expect(await page.getByRole('alert').count()).toBe(0);
    await context.close();
  });

  it('refuses a pack whose source links use javascript: URLs', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    // Sources come in the pack's details file, which the catalogue loads and validates with the whole pack.
    const root = appUrl('/').replace(/#.*$/, '');
    const core = (await (await context.request.get(`${root}data/connelly.core.json`)).json()) as { links: { id: string }[] };
    const details = (await (await context.request.get(`${root}data/connelly.details.json`)).json()) as { records: [string, { sources?: string[] }][] };
    const record = details.records.find(([key]) => key === `links/${core.links[0]!.id}`);
    if (!record) throw new Error('no details for the first link');
    record[1].sources = ['javascript:alert(1)'];
    await page.route('**/data/connelly.details.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(details) }));
    await page.goto(appUrl('/catalog'));
    const alert = page.getByRole('alert');
    await alert.getByText('links[0].sources[0]: invalid URL').waitFor();
    await context.close();
  });
});
