// Runs the Playwright suite in Debian's Chromium; never downloads a browser.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  const msg = `SKIPPED end-to-end tests: ${chromium} not found (apt-get install chromium)`;
  if (process.env.REQUIRE_SYSTEM_DEPS === '1') {
    console.error(`${msg} — failing because REQUIRE_SYSTEM_DEPS=1`);
    process.exit(1);
  }
  console.log(msg);
  process.exit(0);
}
const r = spawnSync(process.execPath, ['node_modules/@playwright/test/cli.js', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', NO_COLOR: '1' },
});
process.exit(r.status ?? 1);
