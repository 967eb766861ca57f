import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { navItems } from '../../src/app/shell-parts';

describe('main navigation', () => {
  it('is the same in index.html’s first paint as in the app, destination by destination', () => {
    const html = readFileSync('index.html', 'utf8');
    const nav = new DOMParser().parseFromString(html, 'text/html').querySelector('nav[aria-label="Main"]');
    const links = [...(nav?.querySelectorAll('a') ?? [])].map((a) => ({ href: a.getAttribute('href'), label: a.textContent?.trim() }));
    expect(links).toEqual(navItems().map((item) => ({ href: `#${item.to}`, label: item.label })));
  });

  it('has a tab-bar icon in the stylesheet for every destination', () => {
    const css = readFileSync('src/styles.css', 'utf8');
    for (const item of navItems()) expect(css, item.label).toContain(`.nav a[href='#${item.to}']::before`);
  });

  it('keeps the icons in another universe, where every link carries its ?pack=', () => {
    const css = readFileSync('src/styles.css', 'utf8');
    for (const item of navItems()) expect(css, item.label).toContain(`.nav a[href^='#${item.to}?']::before`);
  });
});
