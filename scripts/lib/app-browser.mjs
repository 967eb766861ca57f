// Shared by the screenshot and Lighthouse scripts: serve the built app from dist/ and drive Debian's Chromium.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
export const VIEWPORTS = [
  ['desktop', { width: 1280, height: 900 }],
  ['mobile', { width: 390, height: 844 }],
];
export const SCHEMES = ['light', 'dark'];

/** Serves dist/ on a free local port. */
export async function serveBuiltApp() {
  const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  return { base: server.resolvedUrls.local[0], close: () => server.close() };
}

/** Serves dist/ and launches Chromium; `close` ends both. */
export async function startApp() {
  const server = await serveBuiltApp();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  return {
    base: server.base,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** A screenshot taker writing `<outDir>/<name>.png` after letting the page settle. */
export function shooter(outDir, { settle = 200, fullPage = process.env.FULL_PAGE === '1' } = {}) {
  mkdirSync(outDir, { recursive: true });
  return async (page, name, full = fullPage) => {
    await page.waitForTimeout(settle);
    const file = `${outDir}/${name}.png`;
    await page.screenshot({ path: file, fullPage: full });
    console.log(file);
  };
}

/**
 * Runs `fn` once per look — desktop and 390 px phone, light and dark — each in a fresh context (its own storage),
 * closing the context afterwards.
 */
export async function forEachLook(browser, fn) {
  for (const [size, viewport] of VIEWPORTS) {
    for (const scheme of SCHEMES) {
      const mobile = size === 'mobile';
      const context = await browser.newContext({ viewport, colorScheme: scheme, isMobile: mobile, hasTouch: mobile });
      const page = await context.newPage();
      await fn({ context, page, size, scheme, tag: `${size}-${scheme}` });
      await context.close();
    }
  }
}

/** Starts the Double Helix preset from Home and waits for its plan; where that plan exists already, continues it. */
export async function startDoubleHelix(page, base) {
  await page.goto(`${base}#/`);
  await page.getByRole('button', { name: 'Start “The Double Helix”' }).click();
  const plan = page.getByTestId('overall-progress');
  const again = page.getByRole('button', { name: 'Continue “The Double Helix”' });
  await plan.or(again).first().waitFor();
  if (await again.isVisible()) await again.click();
  await plan.waitFor();
}
