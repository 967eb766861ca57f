import type { Plugin } from 'vite';

export function isAuthoredPack(file: string): boolean;
export function generatePackSummaries(dataDir: string): Promise<Record<string, { title: string; shows: number; episodes: number; novels: number }>>;
export function generatePackFiles(dataDir: string): Promise<Map<string, string>>;
export function packFilesPlugin(options: { dataDir: string; preloadPack: string }): Plugin;
