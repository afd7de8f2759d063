/**
 * Only the jobs figure of `npm run bench` (PGlite only, no PostgreSQL needed): `npx tsx bench/jobs-main.ts`.
 * Same output format; exit 1 on FAIL.
 */
import { jobsBench } from './jobs';
import { elapsed, log } from './util';

jobsBench().then(
  (figures) => {
    for (const f of figures) console.log(f.line);
    log(`done in ${elapsed().toFixed(0)} s`);
    process.exit(figures.every((f) => f.ok) ? 0 : 1);
  },
  (e: unknown) => {
    console.error(e);
    console.log(`bench jobs: FAIL (${e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e)})`);
    process.exit(1);
  },
);
