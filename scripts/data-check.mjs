// npm run data:check [pack.json]: the shipped pack's schema, integrity and confidence rules, and its coverage
// table (docs/data-pack.md). The checks are the app's own TypeScript, loaded through Vite's SSR loader
// (Node 20 cannot run .ts itself). Exits 1 when any rule fails.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createServer } from 'vite';

const packPath = resolve(process.argv[2] ?? 'public/data/connelly.json');
const families = JSON.parse(readFileSync(resolve('src/domain/pack/quality/source-families.json'), 'utf8')).families;
const raw = JSON.parse(readFileSync(packPath, 'utf8'));

// No dependency pre-bundling: the checks import only our own modules, and the scan would warn on app entries.
const server = await createServer({
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false },
  optimizeDeps: { noDiscovery: true, include: [] },
});
let result;
try {
  const { runDataCheck } = await server.ssrLoadModule('/src/domain/pack/quality/run-data-check.ts');
  result = runDataCheck(raw, families);
} finally {
  await server.close();
}
if (result.table) console.log(`Coverage of ${packPath}:\n\n${result.table}\n`);
for (const problem of result.problems) console.log(`✗ ${problem}`);
console.log(result.problems.length === 0 ? 'data:check passed' : `data:check failed: ${result.problems.length} problem(s)`);
process.exit(result.problems.length === 0 ? 0 : 1);
