import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// Browser tests: the built extension in Debian's Chromium against the fixture pages served
// under the platforms' real host names. One file at a time: each holds one browser.
export default defineConfig({
  resolve: { alias: { '@': resolve(import.meta.dirname) } },
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
