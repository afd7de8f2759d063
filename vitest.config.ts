import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    globalSetup: ['src/server/db/test-global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Each file still gets its own cloned database (the harness), but the modules and PGlite's compiled WebAssembly
    // stay loaded between the files of a worker: importing the app for each of 128 files was 265 of a PostgreSQL
    // run's 774 s. No test relies on a fresh module state (the whole suite passes this way on both databases).
    isolate: false,
    reporters: ['default'],
    // The demo's 100,000-row storm statements are a job; tests that load the demo do not want it queued.
    env: { DEMO_STATEMENT_ROWS: '0' },
  },
});
