/**
 * Only the bank statement figures of `npm run bench`: `npx tsx bench/statements-main.ts` (PostgreSQL from
 * BENCH_DATABASE_URL or a throwaway cluster, and PGlite). Same output format; exit 1 on FAIL.
 * BENCH_STATEMENTS_DB=postgres|pglite runs one database only; BENCH_TRACE=1 prints on stderr when each stage of
 * the import starts and every /healthz answer slower than 100 ms (ms since the upload: start, duration).
 */
import { benchPostgres } from './postgres';
import { statementsBench } from './statements';
import { elapsed, log } from './util';

async function main() {
  const target =
    process.env.BENCH_STATEMENTS_DB === 'pglite' ? { skipped: 'BENCH_STATEMENTS_DB=pglite' } : await benchPostgres();
  const pg = 'skipped' in target ? null : target;
  if (!pg) console.log(`bench postgres: SKIPPED (${'skipped' in target ? target.skipped : ''})`);
  try {
    const figures = await statementsBench(pg);
    for (const f of figures) console.log(f.line);
    log(`done in ${elapsed().toFixed(0)} s`);
    return figures.every((f) => f.ok) && (pg || process.env.BENCH_STATEMENTS_DB === 'pglite') ? 0 : 1;
  } finally {
    await pg?.cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    console.log(`bench statements: FAIL (${e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e)})`);
    process.exit(1);
  },
);
