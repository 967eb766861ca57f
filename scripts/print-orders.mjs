// Prints orders as text (formatOrder, then each entry's reason), to read them as a fan would.
// Usage: node scripts/print-orders.mjs [preset id | custom] [--strategy=helix] [--include=a,b] [--granularity=book|segment|4]
//   node scripts/print-orders.mjs double-helix
//   node scripts/print-orders.mjs custom --strategy=helix --include=legacy-s03,ballard-s01,the-late-show,desert-star --granularity=4
// Loads the TypeScript domain through Vite's SSR loader (Node 20 cannot strip types itself).
import { readFileSync } from 'node:fs';
import { createServer } from 'vite';

const [name = 'double-helix', ...flags] = process.argv.slice(2);
const option = (key) => flags.find((flag) => flag.startsWith(`--${key}=`))?.slice(key.length + 3);
const server = await createServer({
  configFile: false,
  root: process.cwd(),
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false },
  optimizeDeps: { noDiscovery: true, include: [] },
});
try {
  const domain = await server.ssrLoadModule('/src/domain/index.ts');
  const pack = domain.parsePack(JSON.parse(readFileSync('public/data/connelly.json', 'utf8')));
  const preset = domain.PRESETS.find((p) => p.id === name);
  if (!preset && name !== 'custom') throw new Error(`no preset "${name}"; try ${domain.PRESETS.map((p) => p.id).join(', ')} or custom`);
  const granularity = option('granularity');
  const spec = {
    ...(preset ? preset.spec(pack) : { include: [], strategy: 'helix', readingGranularity: 'book' }),
    ...(option('strategy') ? { strategy: option('strategy') } : {}),
    ...(option('include') ? { include: option('include').split(',') } : {}),
    ...(granularity ? { readingGranularity: /^\d+$/.test(granularity) ? { chapters: Number(granularity) } : granularity } : {}),
  };
  const entries = domain.buildOrder(pack, spec);
  const lines = domain.formatOrder(entries).split('\n');
  console.log(`# ${preset?.name ?? 'Custom'} — ${spec.strategy}, ${JSON.stringify(spec.readingGranularity)}, ${entries.length} items\n`);
  entries.forEach((entry, i) => console.log(`${lines[i]}\n      ${entry.reason}`));
} finally {
  await server.close();
}
