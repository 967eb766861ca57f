// Generates every pack's core and details files (docs/decisions/010-first-load-and-pack-split.md): emitted into
// the build and served by the dev server, from the authored packs in public/data, which stay the source of
// truth and are not shipped. The app's own TypeScript does the validating and splitting (loaded through Vite's
// module runner, as scripts/data-check.mjs does through its SSR loader).
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runnerImport } from 'vite';

/** An authored pack: any .json in the data folder that is not a generated file. */
export const isAuthoredPack = (file) => file.endsWith('.json') && !/\.(core|details)\.json$/.test(file);

/**
 * What Home's first screen says about each pack, by pack id: its title and how many shows, episodes and novels
 * it has. Built from the validated packs (generatePackFiles), so it always matches them.
 */
export async function generatePackSummaries(dataDir) {
  const summaries = {};
  for (const [name, source] of await generatePackFiles(dataDir)) {
    if (!name.endsWith('.core.json')) continue;
    const pack = JSON.parse(source);
    summaries[pack.id] = {
      title: pack.title,
      shows: pack.shows.length,
      episodes: pack.shows.reduce((sum, show) => sum + show.seasons.reduce((n, season) => n + season.episodes.length, 0), 0),
      novels: pack.novels.length,
    };
  }
  return summaries;
}

/** Validates every authored pack in `dataDir` and returns the generated files by served path (throws on a bad pack). */
export async function generatePackFiles(dataDir) {
  const [{ module: split }, { module: parse }, { module: errors }] = await Promise.all([
    runnerImport('/src/domain/pack/split-pack.ts'),
    runnerImport('/src/domain/pack/parse-pack.ts'),
    runnerImport('/src/domain/pack/pack-error.ts'),
  ]);
  const files = new Map();
  for (const file of readdirSync(dataDir).filter(isAuthoredPack).sort()) {
    let generated;
    try {
      generated = split.packFilesOf(JSON.parse(readFileSync(join(dataDir, file), 'utf8')), parse.parsePack);
    } catch (error) {
      const problems = error instanceof errors.PackError ? error.problems : [String(error)];
      throw new Error(`${join(dataDir, file)} is not a valid pack; nothing was generated from it:\n  ${problems.join('\n  ')}`);
    }
    for (const [name, source] of generated) {
      if (files.has(name)) throw new Error(`Two packs in ${dataDir} generate ${name}: pack ids must be unique`);
      files.set(name, source);
    }
  }
  return files;
}

/**
 * The Vite plugin. `preloadPack` is the pack the app opens first: index.html preloads its core file so it
 * downloads beside the app's code.
 * @param {{ dataDir: string, preloadPack: string }} options
 * @returns {import('vite').Plugin}
 */
export function packFilesPlugin({ dataDir, preloadPack }) {
  let base = '/';
  let files = new Map();
  const SUMMARY = 'virtual:pack-summaries';
  return {
    name: 'helix-pack-files',
    // `import { PACK_SUMMARIES } from 'virtual:pack-summaries'`: Home's counts without waiting for the pack.
    resolveId: (id) => (id === SUMMARY ? `\0${SUMMARY}` : null),
    async load(id) {
      if (id !== `\0${SUMMARY}`) return null;
      return `export const PACK_SUMMARIES = ${JSON.stringify(await generatePackSummaries(dataDir))};`;
    },
    configResolved(config) {
      base = config.base;
    },
    async buildStart() {
      files = await generatePackFiles(dataDir);
      if (!files.has(`data/${preloadPack}.core.json`)) this.error(`No pack in ${dataDir} has the id "${preloadPack}"`);
    },
    generateBundle() {
      for (const [fileName, source] of files) this.emitFile({ type: 'asset', fileName, source });
    },
    writeBundle(options) {
      // Vite copies public/ as it is: drop the authored packs, which the app never fetches.
      for (const file of readdirSync(dataDir).filter(isAuthoredPack)) rmSync(join(options.dir ?? 'dist', 'data', file), { force: true });
    },
    transformIndexHtml: () => [
      { tag: 'link', attrs: { rel: 'preload', href: `${base}data/${preloadPack}.core.json`, as: 'fetch', crossorigin: 'anonymous' }, injectTo: 'head' },
    ],
    configureServer(server) {
      server.middlewares.use(async (request, response, next) => {
        const path = (request.url ?? '').split('?')[0].slice(base.length);
        if (!/^data\/[^/]+\.(core|details)\.json$/.test(path)) return next();
        try {
          const source = (await generatePackFiles(dataDir)).get(path);
          if (source === undefined) return next();
          response.setHeader('Content-Type', 'application/json');
          response.end(source);
        } catch (error) {
          next(error);
        }
      });
    },
  };
}
