// Takes Chromium screenshots of each screen (desktop 1280 px and phone 390 px, light and dark)
// from the production build. Usage: npm run build && node scripts/screenshots.mjs [outDir] [route ...]
import { mkdirSync } from 'node:fs';
import { preview } from 'vite';
import { chromium } from 'playwright-core';

const [outDir = 'reports/screenshots', ...routeArgs] = process.argv.slice(2);
const routes = routeArgs.length > 0 ? routeArgs : ['/', '/catalog', '/catalog/shows/bosch', '/catalog/novels/desert-star'];
mkdirSync(outDir, { recursive: true });

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const viewports = { desktop: { width: 1280, height: 900 }, mobile: { width: 390, height: 844 } };
try {
  for (const [name, viewport] of Object.entries(viewports)) {
    for (const colorScheme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport, colorScheme, isMobile: name === 'mobile' });
      const page = await context.newPage();
      for (const route of routes) {
        await page.goto(`${base}#${route}`);
        await page.waitForSelector('main h1');
        await page.waitForTimeout(150);
        const slug = route.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
        const file = `${outDir}/${slug}-${name}-${colorScheme}.png`;
        await page.screenshot({ path: file, fullPage: process.env.FULL_PAGE === '1' });
        console.log(file);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
