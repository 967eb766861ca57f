import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { savesWritten } from './saved-state';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install it with: apt-get update && apt-get install -y chromium`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
}

/** Launches one Chromium for the calling test file (beforeAll) and closes it afterwards (afterAll); call at the top level. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not launched yet: use it inside a test or hook');
    return browser;
  };
}

export function baseURL(): string {
  return inject('baseURL');
}

/** The app URL for an in-app path (hash routing): appUrl('/catalog') → http://127.0.0.1:1234/#/catalog */
export function appUrl(path = '/'): string {
  return `${baseURL()}#${path}`;
}

/** A fresh context (its own localStorage) with desktop or phone viewport; blocks any off-machine request. */
export async function newContext(
  browser: Browser,
  viewport: 'desktop' | 'mobile' = 'desktop',
  colorScheme: 'light' | 'dark' = 'light',
  serviceWorkers: 'allow' | 'block' = 'block',
): Promise<BrowserContext> {
  const context = await browser.newContext({
    // Blocked by default so page.route() sees every request; the offline test allows it.
    serviceWorkers,
    viewport: viewport === 'desktop' ? { width: 1280, height: 900 } : { width: 390, height: 844 },
    deviceScaleFactor: 1,
    colorScheme,
    isMobile: viewport === 'mobile',
    hasTouch: viewport === 'mobile',
  });
  const origin = new URL(baseURL()).origin;
  await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.fallback() : route.abort()));
  return context;
}

/** Collects uncaught page errors and Content-Security-Policy violations so a test can assert there were none. */
export function trackErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) errors.push(message.text());
  });
  return errors;
}

/**
 * Opens Home, starts the Double Helix preset and waits until its plan page shows. A browser that already
 * has that plan is asked whether to continue it or start another: it continues. Returns once it is saved.
 */
export async function startDoubleHelix(page: Page): Promise<void> {
  await page.goto(appUrl('/'));
  await page.getByRole('button', { name: 'Start “The Double Helix”' }).click();
  const plan = page.getByRole('heading', { level: 1, name: 'The Double Helix' });
  const again = page.getByRole('button', { name: 'Continue “The Double Helix”' });
  await plan.or(again).first().waitFor();
  if (await again.isVisible()) await again.click();
  await plan.waitFor();
  await savesWritten(page); // the new plan is in storage (Helix writes once the page is idle)
}
