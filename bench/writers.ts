import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { progressPath, type Api, type ProgressResponse } from './api';
import { YEAR } from './generate';
import { log, median, thousands, type Sql } from './util';

export type WritersResult = {
  writers: number;
  perWriter: number;
  acknowledged: number;
  rejected: number;
  /** Acknowledged entries not found in the database. */
  lost: number;
  /** Rows written by the writers that no one acknowledged. */
  unacknowledged: number;
  sumAcknowledged: number;
  sumInDatabase: number;
  /** Province total of the indicator through GET /api/v1/progress, after minus before. */
  progressDelta: number;
  seconds: number;
  p50ms: number;
};

const WRITER_PASSWORD = 'bench-writer-password';

/**
 * `writers` village leads, each of a different village, enter `perWriter` results each over real HTTP,
 * all at once. Afterwards every acknowledged (201) entry must be in the database exactly once and the
 * totals must have grown by exactly the acknowledged values.
 */
export async function concurrentWriters(
  api: Api,
  sql: Sql,
  adminToken: string,
  province: { id: string },
  writers: number,
  perWriter: number,
): Promise<WritersResult> {
  const [ind] = await sql.query<{ id: string; code: string }>(
    `select id::text as id, code from indicators where aggregation = 'sum' order by code limit 1`,
  );
  if (!ind) throw new Error('no sum indicator');
  // One village in each of the first `writers` communes.
  const villages = await sql.query<{ id: string }>(
    `select distinct on (c.name) v.id::text as id from units v join units c on c.id = v.parent_id
     where v.level = 'village' order by c.name, v.name limit ${writers}`,
  );
  if (villages.length < writers) throw new Error(`only ${villages.length} villages`);

  const users: { id: string; token: string; villageId: string }[] = [];
  for (const [i, v] of villages.entries()) {
    const username = `bench.writer${i + 1}`;
    const r = await api.post<{ id?: string }>(
      '/api/v1/users',
      {
        username,
        password: WRITER_PASSWORD,
        fullName: `Trưởng thôn ${i + 1}`,
        roles: [{ role: 'village_lead', unitId: v.id }],
      },
      adminToken,
    );
    if (r.status !== 201 || !r.body.id) throw new Error(`create ${username} → ${r.status}: ${JSON.stringify(r.body)}`);
    users.push({ id: r.body.id, token: await api.login(username, WRITER_PASSWORD), villageId: v.id });
  }

  const totalOf = async () => {
    const p = await api.get<ProgressResponse>(progressPath(province.id, YEAR), adminToken);
    const item = p.items.find((it) => it.indicatorId === ind.id);
    if (!item) throw new Error(`${ind.code} missing from province progress`);
    return item.actual;
  };
  const before = await totalOf();

  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: api.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;

  const acked = new Map<string, number>();
  let rejected = 0;
  const latencies: number[] = [];
  const errors = new Map<string, number>();
  log(`writers: ${writers} village leads × ${perWriter} entries over HTTP (${base}), all at once…`);
  const t0 = performance.now();
  try {
    await Promise.all(
      users.map(async (u, w) => {
        for (let i = 0; i < perWriter; i++) {
          const value = 1 + ((w * 7919 + i * 104729) % 1_000_000);
          const s = performance.now();
          try {
            const res = await fetch(`${base}/api/v1/entries`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${u.token}` },
              body: JSON.stringify({
                indicatorId: ind.id,
                unitId: u.villageId,
                date: '2025-12-31',
                value,
                note: `bench writer ${w + 1} #${i + 1}`,
              }),
            });
            const body = (await res.json()) as { id?: string; code?: string };
            latencies.push(performance.now() - s);
            if (res.status === 201 && body.id) acked.set(body.id, value);
            else {
              rejected++;
              const key = `${res.status} ${body.code ?? ''}`;
              errors.set(key, (errors.get(key) ?? 0) + 1);
            }
          } catch (e) {
            rejected++;
            const key = String(e);
            errors.set(key, (errors.get(key) ?? 0) + 1);
          }
        }
      }),
    );
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  const seconds = (performance.now() - t0) / 1000;
  if (errors.size) log(`writers: rejected: ${[...errors].map(([k, n]) => `${k} ×${n}`).join(', ')}`);

  const rows = await sql.query<{ id: string; value: string }>(
    `select id::text as id, value::text as value from entries where created_by = any(string_to_array($1::text, ',')::uuid[])`,
    [users.map((u) => u.id).join(',')],
  );
  const inDb = new Map(rows.map((r) => [r.id, Number(r.value)]));
  let lost = 0;
  for (const id of acked.keys()) if (!inDb.has(id)) lost++;
  let unacknowledged = 0;
  for (const id of inDb.keys()) if (!acked.has(id)) unacknowledged++;
  const after = await totalOf();
  const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const result: WritersResult = {
    writers,
    perWriter,
    acknowledged: acked.size,
    rejected,
    lost,
    unacknowledged,
    sumAcknowledged: sum(acked),
    sumInDatabase: sum(inDb),
    progressDelta: after - before,
    seconds,
    p50ms: median(latencies),
  };
  log(
    `writers: ${thousands(result.acknowledged)} acknowledged, ${result.rejected} rejected in ${seconds.toFixed(1)} s ` +
      `(${thousands(result.acknowledged / seconds)} entries/s, p50 ${result.p50ms.toFixed(1)} ms); ` +
      `Σ acknowledged ${thousands(result.sumAcknowledged)}, Σ in database ${thousands(result.sumInDatabase)}, Δ province progress ${thousands(result.progressDelta)}`,
  );
  return result;
}
