import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll } from 'vitest';

/**
 * Serves a production build (`dist`, or another folder for a before figure) for the benchmarks in this file's
 * suite; returns the URL once the server is up. Fails plainly when there is no build.
 */
export function serveBuild(dist: string): () => string {
  const folder = resolve(dist);
  let server: PreviewServer | undefined;
  beforeAll(async () => {
    if (!existsSync(resolve(folder, 'index.html'))) throw new Error(`no build in ${folder}: run npm run build first`);
    server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, build: { outDir: folder }, logLevel: 'warn' });
  });
  afterAll(async () => {
    await server?.close();
  });
  return () => {
    const url = server?.resolvedUrls?.local[0];
    if (!url) throw new Error('no preview URL');
    return url;
  };
}

/** The app's Home in a fresh context that may fetch nothing but the app (no service worker, no other origin). */
export async function openApp(browser: Browser, url: string, viewport: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport });
  const origin = new URL(url).origin;
  await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.fallback() : route.abort()));
  const page = await context.newPage();
  await page.goto(`${url}#/`);
  return { context, page };
}
