import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NAV } from '../../src/app/shell-parts';

describe('main navigation', () => {
  it('is the same in index.html’s first paint as in the app: each destination with its icon and label', () => {
    const html = readFileSync('index.html', 'utf8');
    const nav = new DOMParser().parseFromString(html, 'text/html').querySelector('nav[aria-label="Main"]');
    const links = [...(nav?.querySelectorAll('a') ?? [])].map((a) => ({ href: a.getAttribute('href'), label: a.textContent?.trim(), icon: a.querySelector('path')?.getAttribute('d') }));
    expect(links).toEqual(NAV.map((item) => ({ href: `#${item.to}`, label: item.label, icon: item.icon })));
  });
});
