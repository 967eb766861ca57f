import type { Browser } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, trackErrors } from './browser';

// The same app built for a sub-path, as on a GitHub Pages project site (HELIX_BASE=/helix/).
const BASE = '/helix/';
const OUT = '.tmp/dist-base-path';
let browser: Browser;
let server: PreviewServer;
let origin: string;

beforeAll(async () => {
  process.env.HELIX_BASE = BASE;
  try {
    await build({ logLevel: 'warn', base: BASE, build: { outDir: OUT, emptyOutDir: true } });
  } finally {
    delete process.env.HELIX_BASE;
  }
  server = await preview({ base: BASE, build: { outDir: OUT }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  origin = new URL(server.resolvedUrls?.local[0] ?? '').origin;
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('deployed under a sub-path', () => {
  it('loads assets and the data pack from the base path, and deep links survive reload', async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.fallback() : route.abort()));
    const page = await context.newPage();
    const errors = trackErrors(page);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${origin}${BASE}#/catalog/novels/desert-star`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Desert Star');
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Desert Star');
    expect(requested).toContain(`${BASE}data/connelly.core.json`);
    expect(requested).toContain(`${BASE}data/connelly.details.json`);
    expect(requested.filter((path) => path.endsWith('.js')).every((path) => path.startsWith(BASE))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
