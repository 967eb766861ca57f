import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// HELIX_BASE lets the same build run under a sub-path (e.g. a GitHub Pages project site).
const base = process.env.HELIX_BASE ?? '/';

export default defineConfig({
  base,
  plugins: [react()],
  build: { target: 'es2022', sourcemap: false },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
  },
});
