// Builds the staff app (dist/web) when it is missing or older than its sources, so `npm start` always serves it.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const out = 'dist/web/index.html';
const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((max, e) => {
    const p = join(dir, e.name);
    return Math.max(max, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }, 0);

const sources = Math.max(
  newest('src/web'),
  newest('src/lib'),
  statSync('vite.config.ts').mtimeMs,
  statSync('package-lock.json').mtimeMs,
);
if (!existsSync(out) || statSync(out).mtimeMs < sources) {
  console.log('Đang build ứng dụng cán bộ (staff app)…');
  execFileSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--config', 'vite.config.ts', '--logLevel', 'warn'],
    { stdio: 'inherit' },
  );
}
