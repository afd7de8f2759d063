/**
 * Only the money figures of `npm run bench` (receipts and crash, on PostgreSQL and PGlite):
 * `npx tsx bench/money-main.ts`. Same output format; exit 1 on any FAIL.
 */
import { moneyBench } from './money';
import { benchPostgres } from './postgres';
import { elapsed, log, onExit } from './util';

async function main(): Promise<number> {
  const target = await benchPostgres();
  if ('skipped' in target) {
    console.log(`bench postgres: SKIPPED (${target.skipped})`);
    return 1;
  }
  onExit(() => target.cleanupSync());
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.on(sig, () => {
      target.cleanupSync();
      process.exit(130);
    });
  }
  try {
    log(`postgres: ${target.description}`);
    const money = await moneyBench(target);
    console.log(money.header);
    for (const f of money.figures) console.log(f.line);
    log(`done in ${elapsed().toFixed(0)} s`);
    return money.figures.every((f) => f.ok) ? 0 : 1;
  } finally {
    await target.cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    console.log(`bench run: FAIL (${e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e)})`);
    process.exit(1);
  },
);
