// Takes Chromium screenshots of each screen (desktop 1280 px and phone 390 px, light and dark)
// from the production build. Usage: npm run build && node scripts/screenshots.mjs [outDir] [route ...]
import { SCHEMES, shooter, startApp, VIEWPORTS } from './lib/app-browser.mjs';

const [outDir = 'reports/screenshots', ...routeArgs] = process.argv.slice(2);
const routes = routeArgs.length > 0 ? routeArgs : ['/', '/catalog', '/catalog/shows/bosch', '/catalog/novels/desert-star'];
const shot = shooter(outDir, { settle: 150 });
const { base, browser, close } = await startApp();
try {
  for (const [size, viewport] of VIEWPORTS) {
    for (const colorScheme of SCHEMES) {
      const context = await browser.newContext({ viewport, colorScheme, isMobile: size === 'mobile' });
      const page = await context.newPage();
      for (const route of routes) {
        await page.goto(`${base}#${route}`);
        await page.waitForSelector('main h1');
        const slug = route.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
        await shot(page, `${slug}-${size}-${colorScheme}`);
      }
      await context.close();
    }
  }
} finally {
  await close();
}
