import type { Plugin } from 'vite';

export function routePreloadPlugin(options: { routes: Record<string, string[]>; always?: string[] }): Plugin;
