/**
 * Browser tests: headless Debian Chromium driven by playwright-core against the built app served
 * on localhost (global-setup.ts installs Chromium with apt-get when missing and starts the server).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
