import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { appUrl, newContext, sharedBrowser } from './browser';

const browser = sharedBrowser();

// A Double Helix link with two items done (share format v1 is frozen, so this code stays valid).
const SHARE_ROUTE = '/s/1.rCBQEAbu7MxBUaGUgRG91YmxlIEhlbGl4o7kzAwQCAwIyAQMCBwgBAwQHCAUG.a9p5';
const ROUTES = ['/', '/catalog', '/catalog/shows/bosch', '/catalog/novels/desert-star', '/catalog/films/film-blood-work', '/plan', '/plan/edit', '/settings', '/packs', SHARE_ROUTE, '/schedule', '/helix',
  // The second universe, and one the address names but Helix does not have.
  '/?pack=expanse', '/catalog?pack=expanse', '/catalog/novels/leviathan-wakes?pack=expanse', '/helix?pack=expanse', '/?pack=nowhere'];

describe.each(['light', 'dark'] as const)('axe-core in %s mode', (scheme) => {
  it('finds no violations on any route, with a plan in progress', async () => {
    const context = await newContext(browser(), 'desktop', scheme);
    const page = await context.newPage();
    await page.goto(appUrl('/'));
    await page.getByRole('button', { name: 'Start “The Double Helix”' }).click();
    await page.getByRole('checkbox', { name: 'Mark Bosch: Legacy S3E1 ‘Goes Where It Goes’ as watched' }).check();
    const report: string[] = [];
    for (const route of ROUTES) {
      await page.goto(appUrl(route));
      await page.locator('main h1').first().waitFor();
      // Another universe loads first: check its screen, not the loading one.
      await page.locator('main .status--loading').waitFor({ state: 'detached' });
      if (route.includes('pack=expanse')) await page.locator('.pack-picker__current', { hasText: 'The Expanse' }).waitFor();
      const results = await new AxeBuilder({ page }).analyze();
      for (const v of results.violations) report.push(`${route}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ') ?? ''}`);
    }
    expect(report).toEqual([]);
    await context.close();
  });

  it('finds no violations on a plan with a Film row, its film checked off', async () => {
    const context = await newContext(browser(), 'desktop', scheme);
    const page = await context.newPage();
    await page.goto(appUrl('/'));
    await page.getByRole('button', { name: 'Start “The Lincoln Lawyer track”' }).click();
    await page.getByRole('checkbox', { name: 'Mark The Lincoln Lawyer (film) as watched' }).check();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ') ?? ''}`)).toEqual([]);
    await context.close();
  });
});
