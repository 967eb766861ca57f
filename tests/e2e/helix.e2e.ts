import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appUrl, newContext, trackErrors, sharedBrowser } from './browser';

// Text that only the Helix screen's code holds (the picture's accessible name).
const HELIX_ONLY = 'Braided timeline of the shows and novels';

const browser = sharedBrowser();

describe('Helix screen', () => {
  it('names Bosch: Legacy S3 or Ballard S1 on the card of a Desert Star segment focused with the keyboard', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const errors = trackErrors(page);
    await page.goto(appUrl('/helix'));
    await page.getByRole('heading', { level: 1, name: 'Helix' }).waitFor();
    await page.getByRole('button', { name: 'Show as table' }).focus();
    let label = '';
    // Chapters 1 and 2 are linked to no season (no source matches them to an episode): go on to Part 1.
    for (let i = 0; i < 200 && !label.startsWith('Desert Star, ch. 3–37'); i++) {
      await page.keyboard.press('Tab');
      label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    }
    expect(label).toMatch(/^Desert Star, ch\. 3–37/);
    const card = page.locator('#helix-card');
    await expect.poll(() => card.textContent()).toMatch(/Bosch: Legacy S3|Ballard S1/);
    expect(await card.isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('exports the picture as a standalone SVG and as a PNG', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    const errors = trackErrors(page);
    await page.goto(appUrl('/helix'));
    await page.getByRole('heading', { level: 1, name: 'Helix' }).waitFor();
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SVG' }).click()]);
    const svg = readFileSync(await svgDownload.path(), 'utf8');
    expect(svgDownload.suggestedFilename()).toMatch(/\.svg$/);
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('Desert');
    // colours are written into the file, not left as CSS variables that only the app defines
    expect(svg).not.toContain('var(--');
    const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).click()]);
    const png = readFileSync(await pngDownload.path());
    expect(pngDownload.suggestedFilename()).toMatch(/\.png$/);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.length).toBeGreaterThan(10_000);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the picture out of the initial bundle', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const initial = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1] as string);
    expect(initial.length).toBeGreaterThan(0);
    for (const file of initial) expect(readFileSync(join('dist', file), 'utf8'), file).not.toContain(HELIX_ONLY);
    const lazy = readdirSync('dist/assets').filter((f) => f.endsWith('.js') && readFileSync(join('dist/assets', f), 'utf8').includes(HELIX_ONLY));
    expect(lazy.length).toBe(1);
    expect(initial.some((file) => file.endsWith(lazy[0] as string))).toBe(false);
  });
});
