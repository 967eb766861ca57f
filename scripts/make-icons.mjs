// Renders the app icons (PNG, for the web manifest) from one SVG drawing with Chromium.
// Run once after changing the drawing: node scripts/make-icons.mjs
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from './lib/app-browser.mjs';

const drawing = (size, padding) => `
<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="${-padding} ${-padding} ${32 + 2 * padding} ${32 + 2 * padding}">
  <rect x="${-padding}" y="${-padding}" width="${32 + 2 * padding}" height="${32 + 2 * padding}" fill="#14213d"/>
  <path d="M9 3c0 8 14 10 14 18s-14 5-14 8" fill="none" stroke="#e69f00" stroke-width="3" stroke-linecap="round"/>
  <path d="M23 3c0 8-14 10-14 18s14 5 14 8" fill="none" stroke="#56b4e9" stroke-width="3" stroke-linecap="round"/>
</svg>`;

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
const page = await browser.newPage();
for (const [name, size, padding] of [
  ['icon-192.png', 192, 2],
  ['icon-512.png', 512, 2],
  ['icon-maskable-512.png', 512, 8],
  ['apple-touch-icon.png', 180, 3],
]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<body style="margin:0">${drawing(size, padding)}</body>`);
  await page.locator('svg').screenshot({ path: `public/${name}` });
  console.log(`public/${name}`);
}
await browser.close();
