// npm run data:check [pack.json] / npm run pack:check -- path/to/pack.json: a pack's schema, integrity and
// confidence rules, and its coverage table (docs/data-pack.md). Without a path, every pack that
// public/data/packs.json ships. The checks are the app's own TypeScript, loaded through Vite's SSR loader
// (Node 20 cannot run .ts itself). Exits 1 when any rule fails, 2 when a file cannot be read at all.
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createServer } from 'vite';

const families = JSON.parse(readFileSync(resolve('src/domain/pack/quality/source-families.json'), 'utf8')).families;
const registry = JSON.parse(readFileSync(resolve('public/data/packs.json'), 'utf8'));
const paths = process.argv[2] ? [resolve(process.argv[2])] : registry.packs.map((pack) => resolve(join('public/data', pack.file)));

// No dependency pre-bundling: the checks import only our own modules, and the scan would warn on app entries.
const server = await createServer({
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false },
  optimizeDeps: { noDiscovery: true, include: [] },
});
const count = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Checks one pack file and prints the outcome; returns the exit code it deserves (0, 1 or 2). */
async function check(packPath) {
  const shown = relative(process.cwd(), packPath) || packPath;
  let raw;
  try {
    raw = JSON.parse(readFileSync(packPath, 'utf8'));
  } catch (error) {
    const why = error.code === 'ENOENT' ? 'no such file' : error instanceof SyntaxError ? `not valid JSON (${error.message})` : error.message;
    console.error(`✗ ${shown}: ${why}`);
    return 2;
  }
  const { runDataCheck } = await server.ssrLoadModule('/src/domain/pack/quality/run-data-check.ts');
  const result = runDataCheck(raw, families);
  console.log(`Checking ${shown}\n`);
  if (result.table) console.log(`Coverage:\n\n${result.table}\n`);
  if (result.problems.length > 0) {
    console.log(`${count(result.problems.length, 'problem')}, each as "where: what":\n`);
    result.problems.forEach((problem, i) => console.log(`  ${String(i + 1).padStart(3)}. ✗ ${problem}`));
    console.log(`\n✗ ${shown} failed the check: fix the problems above (docs/data-pack.md explains each rule).\n`);
    return 1;
  }
  const { parseAndIndexPack } = await server.ssrLoadModule('/src/domain/pack/parse-pack.ts');
  const index = parseAndIndexPack(raw);
  console.log(`  ${index.pack.title} (id "${index.pack.id}", format ${index.pack.schemaVersion}, data of ${index.pack.dataVersion})`);
  console.log(`  ${[count(index.pack.shows.length, 'show'), count(index.episodes.size, 'episode'), count(index.pack.novels.length, 'novel'), count(index.pack.links.length, 'link')].join(', ')}`);
  const presets = index.manifest.presets.map((p) => `“${p.name}”`).join(', ') || 'none';
  console.log(`  presets${index.pack.manifest?.presets ? '' : ' (derived: the pack declares none)'}: ${presets}`);
  console.log(`\n✓ ${shown} passed: Helix can load it.\n`);
  return 0;
}

let exit = 0;
try {
  for (const path of paths) exit = Math.max(exit, await check(path));
} finally {
  await server.close();
}
process.exit(exit);
