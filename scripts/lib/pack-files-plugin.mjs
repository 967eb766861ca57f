// Generates every pack's core and details files (docs/decisions/010-first-load-and-pack-split.md): emitted into
// the build and served by the dev server, from the authored packs in public/data, which stay the source of
// truth and are not shipped. The app's own TypeScript does the validating and splitting (loaded through Vite's
// module runner, as scripts/data-check.mjs does through its SSR loader).
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runnerImport } from 'vite';

/** The registry of shipped packs (public/data/packs.json): it sits beside the packs but is not one. */
export const REGISTRY_FILE = 'packs.json';

/**
 * The authored packs in the data folder: exactly the files the registry lists, by the id it gives them. Any
 * other file there (the registry itself, generated files) is not a pack. Throws when the registry names a file
 * that is not there.
 */
export function authoredPacks(dataDir) {
  const registry = JSON.parse(readFileSync(join(dataDir, REGISTRY_FILE), 'utf8'));
  const present = new Set(readdirSync(dataDir));
  return registry.packs.map(({ id, file }) => {
    if (!present.has(file)) throw new Error(`${join(dataDir, REGISTRY_FILE)} lists ${file} for the pack "${id}", but there is no such file`);
    return { id, file };
  });
}

/**
 * What Home's first screen says about each shipped pack, by pack id (src/domain/pack/pack-summary.ts): its
 * manifest's title, tagline and intro, its counts and its preset cards. Built from the validated packs'
 * core files (generatePackFiles), so it always matches them.
 */
export async function generatePackSummaries(dataDir) {
  const [files, { module: parse }, { module: summary }] = await Promise.all([
    generatePackFiles(dataDir),
    runnerImport('/src/domain/pack/parse-pack.ts'),
    runnerImport('/src/domain/pack/pack-summary.ts'),
  ]);
  const summaries = {};
  for (const [name, source] of files) {
    if (!name.endsWith('.core.json')) continue;
    const index = parse.parseAndIndexPackCore(JSON.parse(source));
    summaries[index.pack.id] = summary.packSummary(index);
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
  for (const { id, file } of authoredPacks(dataDir)) {
    let generated;
    try {
      const raw = JSON.parse(readFileSync(join(dataDir, file), 'utf8'));
      if (raw?.id !== id) throw new Error(`its id is "${String(raw?.id)}" but ${REGISTRY_FILE} lists it as "${id}"`);
      generated = split.packFilesOf(raw, parse.parsePack);
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
  const ONE_SUMMARY = 'virtual:pack-summary/';
  return {
    name: 'helix-pack-files',
    // `import { DEFAULT_SUMMARY, OTHER_SUMMARIES } from 'virtual:pack-summaries'`: what Home says about a shipped
    // pack without waiting for it. The default pack's is in the start-up code; each other pack's is a small chunk
    // of its own (`virtual:pack-summary/<id>`), loaded when Home opens that pack.
    resolveId: (id) => (id === SUMMARY || id.startsWith(ONE_SUMMARY) ? `\0${id}` : null),
    async load(id) {
      if (id === `\0${SUMMARY}`) {
        const summaries = await generatePackSummaries(dataDir);
        const others = Object.keys(summaries).filter((packId) => packId !== preloadPack);
        const loaders = others.map((packId) => `${JSON.stringify(packId)}: () => import(${JSON.stringify(ONE_SUMMARY + packId)}).then((m) => m.SUMMARY)`);
        // Null-prototype: the app looks ids from the address up in it (an id like `constructor` finds nothing).
        return [
          `export const DEFAULT_SUMMARY = ${JSON.stringify(summaries[preloadPack])};`,
          `export const OTHER_SUMMARIES = Object.assign(Object.create(null), {${loaders.join(', ')}});`,
        ].join('\n');
      }
      if (id.startsWith(`\0${ONE_SUMMARY}`)) {
        const summaries = await generatePackSummaries(dataDir);
        const packId = id.slice(ONE_SUMMARY.length + 1);
        if (!Object.hasOwn(summaries, packId)) this.error(`No pack in ${dataDir} has the id "${packId}"`);
        return `export const SUMMARY = ${JSON.stringify(summaries[packId])};`;
      }
      return null;
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
      for (const { file } of authoredPacks(dataDir)) rmSync(join(options.dir ?? 'dist', 'data', file), { force: true });
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
