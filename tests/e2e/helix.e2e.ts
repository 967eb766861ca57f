import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appUrl, newContext, startDoubleHelix, trackErrors, sharedBrowser } from './browser';
import { firstBlockWith, rowCheckbox } from './double-helix-rows';

// Text that only the Helix screen's code holds (the picture's accessible name).
const HELIX_ONLY = 'Braided timeline of the shows and novels';

const browser = sharedBrowser();

async function openHelix(width: number, height: number, scheme: 'light' | 'dark' = 'light') {
  const context = await newContext(browser(), width < 600 ? 'mobile' : 'desktop', scheme);
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  const errors = trackErrors(page);
  await page.goto(appUrl('/helix'));
  await page.getByRole('heading', { level: 1, name: 'Helix' }).waitFor();
  await page.locator('.helix-svg [data-mark]').first().waitFor();
  return { context, page, errors };
}

/** The smallest rendered text in the picture, in CSS px on screen (font size times the SVG's scale). */
const smallestText = (page: Page) =>
  page.evaluate(() => {
    let smallest = Number.POSITIVE_INFINITY;
    for (const text of document.querySelectorAll<SVGTextElement>('.helix-svg text')) {
      if (text.getBoundingClientRect().width === 0) continue;
      const matrix = text.getScreenCTM();
      const px = parseFloat(getComputedStyle(text).fontSize) * (matrix ? Math.hypot(matrix.a, matrix.b) : 1);
      smallest = Math.min(smallest, px);
    }
    return smallest;
  });

/**
 * Labels measured with the browser's real font: each mark label and lane name against every mark it does not
 * belong to, and against each other.
 */
const labelClashes = (page: Page) =>
  page.evaluate(() => {
    const boxes = (els: Iterable<Element>) => [...els].map((el) => ({ el, r: el.getBoundingClientRect() }));
    const hit = (a: DOMRect, b: DOMRect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    const marks = boxes(document.querySelectorAll('.helix-svg .helix-mark__shape'));
    const labels = boxes(document.querySelectorAll('.helix-svg .helix-mark__text, .helix-svg .helix-lane-label'));
    const clashes: string[] = [];
    for (const label of labels) {
      const own = label.el.closest('[data-mark]');
      const parentId = own?.getAttribute('data-parent');
      for (const mark of marks) {
        const markG = mark.el.closest('[data-mark]');
        if (markG === own || (parentId && markG?.getAttribute('data-mark') === parentId)) continue;
        if (hit(label.r, mark.r)) clashes.push(`${label.el.textContent} on ${markG?.getAttribute('data-mark')}`);
      }
    }
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++) if (hit(labels[i]!.r, labels[j]!.r)) clashes.push(`${labels[i]!.el.textContent} × ${labels[j]!.el.textContent}`);
    return clashes;
  });

/**
 * The longest run of rows (or columns) of one colour in a PNG, as a share of its height (width), read by the
 * browser's own decoder: a blank band is a long run.
 */
async function blankBands(page: Page, png: Buffer): Promise<{ width: number; height: number; rows: number; columns: number }> {
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.drawImage(bitmap, 0, 0);
    const { data, width, height } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    const at = (x: number, y: number) => data.slice((y * width + x) * 4, (y * width + x) * 4 + 4).join(',');
    const longest = (count: number, length: number, pixel: (i: number, j: number) => string) => {
      let run = 0;
      let best = 0;
      for (let i = 0; i < count; i++) {
        const first = pixel(i, 0);
        let plain = true;
        for (let j = 1; j < length && plain; j += 2) plain = pixel(i, j) === first;
        run = plain ? run + 1 : 0;
        best = Math.max(best, run);
      }
      return best / count;
    };
    return {
      width,
      height,
      rows: longest(height, width, (y, x) => at(x, y)),
      columns: longest(width, height, (x, y) => at(x, y)),
    };
  }, png.toString('base64'));
}

describe('Helix screen', () => {
  it('opens the whole picture readable at 1280 px: text at 11 px or more, every label clear of every mark', async () => {
    const { context, page, errors } = await openHelix(1280, 800);
    expect(await smallestText(page)).toBeGreaterThanOrEqual(11);
    expect(await labelClashes(page)).toEqual([]);
    // The default view fits the data: the picture is as wide as its frame and nothing is scrolled off.
    const fit = await page.locator('.helix-svg').evaluate((svg) => ({ viewBox: svg.getAttribute('viewBox'), width: svg.getAttribute('width'), height: svg.getAttribute('height') }));
    expect(fit.viewBox).toBe(`0 0 ${fit.width} ${fit.height}`);
    expect(await page.locator('[data-mark="the-black-echo"] text').textContent()).toBe('The Black Echo');
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([390, 360])('turns the time axis downwards on a %i px phone, text at 11 px or more, labels clear', async (width) => {
    const { context, page } = await openHelix(width, 800, 'dark');
    expect(await page.locator('.helix-frame--vertical').count()).toBe(1);
    expect(await smallestText(page)).toBeGreaterThanOrEqual(11);
    expect(await labelClashes(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await context.close();
  });

  it('reaches a Desert Star segment from the keyboard in a few keys and shows the seasons it is linked to', async () => {
    const { context, page, errors } = await openHelix(1280, 800);
    await page.getByRole('button', { name: 'Show as table' }).focus();
    let tabs = 0;
    while (tabs < 8 && !(await page.evaluate(() => document.activeElement?.hasAttribute('data-mark')))) {
      await page.keyboard.press('Tab');
      tabs++;
    }
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-mark'))).toBe(true);
    await page.keyboard.type('desert');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-mark'))).toBe('desert-star');
    let label = '';
    for (let i = 0; i < 6 && !label.startsWith('Desert Star, ch. 38'); i++) {
      await page.keyboard.press('ArrowRight');
      label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    }
    expect(label).toMatch(/^Desert Star, ch\. 38–54/);
    const card = page.locator('#helix-card');
    await expect.poll(() => card.textContent()).toMatch(/Bosch: Legacy S3/);
    expect(await card.isVisible()).toBe(true);
    // Tab leaves the picture: its marks are one stop
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-mark'))).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a mark’s card in place on click, and its link finds the item in the plan, with the row focused', async () => {
    const context = await newContext(browser());
    const page = await context.newPage();
    await startDoubleHelix(page);
    await page.goto(appUrl('/helix'));
    await page.locator('[data-mark="desert-star#38-54"]').click();
    const card = page.getByRole('dialog', { name: /Desert Star, ch\. 38–54/ });
    await card.waitFor();
    expect(page.url()).toContain('#/helix');
    await card.getByRole('link', { name: 'Show in your plan' }).click();
    await page.getByRole('heading', { level: 1, name: 'The Double Helix' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(rowCheckbox(firstBlockWith('desert-star', 38)));
    expect(page.url()).not.toContain('item=');
    await context.close();
  });

  it('exports the whole picture as a standalone SVG and as a PNG with no blank band', async () => {
    const { context, page, errors } = await openHelix(1280, 800);
    const size = await page.locator('.helix-svg').evaluate((svg) => ({ width: Number(svg.getAttribute('data-width')), height: Number(svg.getAttribute('data-height')) }));
    // Zoomed in and panned: the export still draws everything.
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SVG' }).click()]);
    const svg = readFileSync(await svgDownload.path(), 'utf8');
    expect(svgDownload.suggestedFilename()).toMatch(/\.svg$/);
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain(`viewBox="0 0 ${size.width} ${size.height}"`);
    expect(svg).toContain('Desert');
    // colours are written into the file, not left as CSS variables that only the app defines
    expect(svg).not.toContain('var(--');
    const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).click()]);
    const png = readFileSync(await pngDownload.path());
    expect(pngDownload.suggestedFilename()).toMatch(/\.png$/);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const bands = await blankBands(page, png);
    expect({ width: bands.width, height: bands.height }).toEqual({ width: size.width * 2, height: size.height * 2 });
    // No band of plain rows or columns wider than the gaps between lanes and marks.
    expect(bands.rows).toBeLessThan(0.05);
    expect(bands.columns).toBeLessThan(0.08);
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
