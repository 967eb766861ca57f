import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Benchmarks of the order engine: `npx vitest run --config bench/vitest.config.ts`.
// Kept apart from the unit suite, whose tests must not time anything.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    environment: 'node',
    include: ['bench/**/*.bench-run.ts', 'bench/**/*.test.ts'],
    // Print the result lines as they are, without vitest's per-test headers.
    disableConsoleIntercept: true,
    testTimeout: 60_000,
    reporters: ['default'],
  },
});
