import { defineConfig } from 'vitest/config';

// Browser tests: real headless Chromium (Debian's /usr/bin/chromium) driven by playwright-core,
// against the production build served by `vite preview` (started in tests/e2e/global-setup.ts).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
