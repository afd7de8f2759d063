import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    globalSetup: ['src/server/db/test-global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default'],
    // The demo's 100,000-row storm statements are a job; tests that load the demo do not want it queued.
    env: { DEMO_STATEMENT_ROWS: '0' },
  },
});
