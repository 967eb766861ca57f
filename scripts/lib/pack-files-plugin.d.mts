import type { Plugin } from 'vite';
import type { PackSummary } from '../../src/domain/pack/pack-summary';

export const REGISTRY_FILE: string;
export function authoredPacks(dataDir: string): { id: string; file: string }[];
export function generatePackSummaries(dataDir: string): Promise<Record<string, PackSummary>>;
export function generatePackFiles(dataDir: string): Promise<Map<string, string>>;
export function packFilesPlugin(options: { dataDir: string; preloadPack: string }): Plugin;
