import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3977);
export const E2E_ADMIN_PASSWORD = 'E2e-Admin-Pass-1';
const dataDir = process.env.E2E_DATA_DIR ?? `/tmp/mattran-e2e-${process.pid}`;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    screenshot: 'only-on-failure',
    trace: 'off',
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: `rm -rf ${dataDir} && node scripts/ensure-web-build.mjs && npx tsx src/server/main.ts --demo`,
    url: `http://127.0.0.1:${PORT}/healthz`,
    timeout: 120_000,
    reuseExistingServer: false,
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      // The demo's storm statements (100,000 rows, a job) would run beside the specs; they are checked in vitest.
      DEMO_STATEMENT_ROWS: '0',
      ADMIN_PASSWORD: E2E_ADMIN_PASSWORD,
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
    },
  },
});
