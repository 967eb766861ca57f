// npm run data:check [pack.json] / npm run pack:check -- path/to/pack.json: a pack's schema, integrity and
// confidence rules, and its coverage table (docs/data-pack.md). The checks are the app's own TypeScript, loaded
// through Vite's SSR loader (Node 20 cannot run .ts itself). Exits 1 when any rule fails, 2 when the file
// cannot be read at all.
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { createServer } from 'vite';

const packPath = resolve(process.argv[2] ?? 'public/data/connelly.json');
const shown = relative(process.cwd(), packPath) || packPath;
const families = JSON.parse(readFileSync(resolve('src/domain/pack/quality/source-families.json'), 'utf8')).families;

let raw;
try {
  raw = JSON.parse(readFileSync(packPath, 'utf8'));
} catch (error) {
  const why = error.code === 'ENOENT' ? 'no such file' : error instanceof SyntaxError ? `not valid JSON (${error.message})` : error.message;
  console.error(`✗ ${shown}: ${why}`);
  process.exit(2);
}

// No dependency pre-bundling: the checks import only our own modules, and the scan would warn on app entries.
const server = await createServer({
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false },
  optimizeDeps: { noDiscovery: true, include: [] },
});
let result;
let summary = null;
try {
  const { runDataCheck } = await server.ssrLoadModule('/src/domain/pack/quality/run-data-check.ts');
  result = runDataCheck(raw, families);
  if (result.problems.length === 0) {
    const { parseAndIndexPack } = await server.ssrLoadModule('/src/domain/pack/parse-pack.ts');
    const index = parseAndIndexPack(raw);
    const count = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
    summary = [
      `${index.pack.title} (id "${index.pack.id}", format ${index.pack.schemaVersion}, data of ${index.pack.dataVersion})`,
      [count(index.pack.shows.length, 'show'), count(index.episodes.size, 'episode'), count(index.pack.novels.length, 'novel'), count(index.pack.links.length, 'link')].join(', '),
      `presets${index.pack.manifest?.presets ? '' : ' (derived: the pack declares none)'}: ${index.manifest.presets.map((p) => `“${p.name}”`).join(', ') || 'none'}`,
    ];
  }
} finally {
  await server.close();
}
console.log(`Checking ${shown}\n`);
if (result.table) console.log(`Coverage:\n\n${result.table}\n`);
if (result.problems.length > 0) {
  console.log(`${result.problems.length} problem(s), each as "where: what":\n`);
  result.problems.forEach((problem, i) => console.log(`  ${String(i + 1).padStart(3)}. ✗ ${problem}`));
  console.log(`\n✗ ${shown} failed the check: fix the problems above (docs/data-pack.md explains each rule).`);
} else {
  for (const line of summary) console.log(`  ${line}`);
  console.log(`\n✓ ${shown} passed: Helix can load it.`);
}
process.exit(result.problems.length === 0 ? 0 : 1);
