import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_PASSWORD, loadDemo } from '../demo/load-demo';
import { BodyGenerator, toJsonText, type JsonSchema } from '../testing/fuzz-bodies';
import { ADMIN_PASSWORD, createHarness, seedWorld, type Harness } from '../testing/harness';

/**
 * Issue 12, the fuzz: every POST/PATCH/PUT with a JSON body in the OpenAPI document, fed generated
 * bodies (plausible ones, ones with hostile fields, wild ones) by users of every role, over the demo
 * commune's records. No answer may be a 5xx, and a 4xx must leave every table as it was.
 *
 * The seed changes every run (so CI explores new bodies) and is printed with any failure:
 * `FUZZ_SEED=<seed> npx vitest run src/server/http/security-fuzz.test.ts` replays it.
 */
const BODIES_PER_OPERATION = Number(process.env.FUZZ_BODIES ?? 36);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
/** A refused login records the attempt: that row is the throttle (item 3), the one write a 4xx must make. */
const WRITTEN_BY_REFUSALS = new Set(['login_attempts']);

let h: Harness;
/** An operation without a JSON body (disable, submit, close…) is still fuzzed through its path and actor. */
type Operation = { method: string; path: string; schema: JsonSchema | null };
let operations: Operation[] = [];
let generator: BodyGenerator;
const tokens: Record<string, string> = {};
const actorUserIds = new Set<string>();
const idsByTable = new Map<string, string[]>();
let fingerprintSql = '';

beforeAll(async () => {
  h = await createHarness();
  const creds = await loadDemo(h.db);
  tokens.admin = await h.login('admin', ADMIN_PASSWORD);
  // The demo's users act; the world's users below are acted upon.
  for (const r of await rows<{ id: string }>(`select id::text from users`)) actorUserIds.add(r.id);
  // Another province's commune with money and relief records, so that ids of other scopes are among the picks.
  const w = await seedWorld(h.db);
  const fund = await h.request('POST', '/api/v1/funds', {
    token: tokens.admin,
    body: { communeId: w.C3.id, name: 'Quỹ xã Ba' },
  });
  const fundId = (fund.body as { id: string }).id;
  await h.request('POST', '/api/v1/drives', {
    token: tokens.admin,
    body: { fundId, name: 'Đợt xã Ba', from: '2024-01-01', to: '2024-12-31' },
  });
  await h.request('POST', '/api/v1/relief-programs', {
    token: tokens.admin,
    body: { communeId: w.C3.id, name: 'Tết xã Ba', date: '2024-01-20', targetCategories: ['poor'] },
  });
  for (const c of creds) tokens[c.username] = await h.login(c.username, DEMO_PASSWORD);
  expect(
    await rows(`select 1 from drives d join funds f on f.id = d.fund_id where f.commune_id = '${w.C3.id}'`),
  ).toHaveLength(1);
  expect(await rows(`select 1 from relief_programs where commune_id = '${w.C3.id}'`)).toHaveLength(1);

  const doc = (await h.request('GET', '/api/v1/openapi.json')).body as {
    paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema: JsonSchema }> } }>>;
  };
  for (const [path, item] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(item)) {
      const content = op.requestBody?.content;
      if (!['post', 'patch', 'put'].includes(method) || (content && !content['application/json'])) continue;
      operations.push({ method: method.toUpperCase(), path, schema: content?.['application/json']?.schema ?? null });
    }
  // Changing one's own password or logging out ends the run's sessions.
  operations = operations.filter((o) => !o.path.startsWith('/api/v1/me/') && o.path !== '/api/v1/auth/logout');

  const tables = await rows<{ t: string; has_id: boolean }>(
    `select c.table_name as t, bool_or(c.column_name = 'id' and c.data_type = 'uuid') as has_id
       from information_schema.columns c join information_schema.tables x
         on x.table_name = c.table_name and x.table_schema = c.table_schema
      where c.table_schema = 'public' and x.table_type = 'BASE TABLE'
      group by c.table_name order by c.table_name`,
  );
  for (const { t, has_id } of tables) {
    if (has_id)
      idsByTable.set(
        t,
        (await rows<{ id: string }>(`select id::text from "${t}" limit 300`)).map((r) => r.id),
      );
  }
  // Row count and newest row version per table: any insert, update or delete changes one of them.
  fingerprintSql = tables
    .filter(({ t }) => !WRITTEN_BY_REFUSALS.has(t))
    .map(
      ({ t }) =>
        `select '${t}' as t, count(*)::text || '/' || coalesce(max(xmin::text::bigint), 0)::text as f from "${t}"`,
    )
    .join(' union all ');
  generator = new BodyGenerator(doc as never, pickId);
}, 120_000);
afterAll(async () => h?.close());

async function rows<T>(query: string): Promise<T[]> {
  const r = await h.db.execute(sql.raw(query));
  return (r as unknown as { rows: T[] }).rows;
}

async function fingerprint(): Promise<Map<string, string>> {
  return new Map((await rows<{ t: string; f: string }>(fingerprintSql)).map((r) => [r.t, r.f]));
}

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`).replaceAll('-', '_');

/** The table a field or path segment names: fundId → funds, relief-programs → relief_programs. */
function tableFor(name: string): string | undefined {
  const base = snake(name.replace(/Ids?$/, ''));
  const candidates = [base, `${base}s`, base.replace(/y$/, 'ies')];
  const tables = [...idsByTable.keys()];
  for (const c of candidates) {
    const hit = tables.find((t) => t === c) ?? tables.find((t) => t.endsWith(`_${c}`));
    if (hit) return hit;
  }
  return undefined;
}

function pickId(name: string): fc.Arbitrary<string> {
  const table = tableFor(name);
  // The run's own users are never the target: a re-grant would end the fuzz, not find a bug.
  const own = (table ? (idsByTable.get(table) ?? []) : []).filter((id) => table !== 'users' || !actorUserIds.has(id));
  const all = [...idsByTable.values()].flat().filter((id) => !actorUserIds.has(id));
  const arbs = [fc.constantFrom(...all), fc.uuid()];
  return own.length ? fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...own) }, ...arbs) : fc.oneof(...arbs);
}

function pathArb(path: string): fc.Arbitrary<string> {
  const parts = path.split('/');
  return fc
    .tuple(
      ...parts.map((part, i) => {
        const param = part.match(/^\{(\w+)\}$/)?.[1];
        if (!param) return fc.constant(part);
        const named = param === 'id' ? (parts[i - 1] ?? '') : param;
        return fc.oneof(
          { weight: 9, arbitrary: pickId(named) },
          { weight: 1, arbitrary: fc.constantFrom('abc', '%00', '0') },
        );
      }),
    )
    .map((p) => p.join('/'));
}

const actorArb = fc.constantFrom(
  'btt',
  'btt',
  'btt',
  'admin',
  'admin',
  'tinh',
  'phunu',
  'thondong',
  'xem',
  'anonymous',
);

it(`${BODIES_PER_OPERATION} generated bodies per POST/PATCH/PUT: no 5xx, and a 4xx writes nothing`, async () => {
  const failures: string[] = [];
  const statuses = new Map<number, number>();
  let bodies = 0;
  let writesSeen = 0;
  let before = await fingerprint();
  for (const [i, op] of operations.entries()) {
    const cases = fc.sample(
      fc.tuple(actorArb, pathArb(op.path), op.schema ? generator.bodies(op.schema) : fc.constant(undefined)),
      {
        numRuns: BODIES_PER_OPERATION,
        seed: SEED + i,
      },
    );
    for (const [actor, path, body] of cases) {
      const raw = op.schema ? toJsonText(body) : undefined;
      const res = await h.request(op.method, path, { token: tokens[actor], raw });
      if (raw !== undefined) bodies++;
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      const where = `${op.method} ${path} as ${actor} → ${res.status}: ${raw?.slice(0, 300) ?? '(no body)'}`;
      if (res.status >= 500) failures.push(`${where}\n  ${JSON.stringify(res.body).slice(0, 300)}`);
      const after = await fingerprint();
      const changed = [...after].filter(([t, f]) => before.get(t) !== f).map(([t]) => t);
      if (res.status >= 400 && res.status < 500 && changed.length)
        failures.push(`${where}\n  wrote to ${changed.join(', ')}`);
      if (res.status < 300 && changed.length) writesSeen++;
      before = after;
    }
  }
  const summary = [...statuses]
    .sort(([a], [b]) => a - b)
    .map(([s, n]) => `${s}×${n}`)
    .join(' ');
  expect(failures, `seed ${SEED} (${summary})\n${failures.slice(0, 20).join('\n')}`).toEqual([]);
  expect(bodies).toBeGreaterThanOrEqual(2000);
  // The fuzz must reach the commands, not only the validators: bodies pass validation and meet the
  // rules (403, 404, 409), some are accepted, and the fingerprint sees what those wrote.
  const count = (pick: (s: number) => boolean) => [...statuses].filter(([s]) => pick(s)).reduce((n, [, k]) => n + k, 0);
  expect(
    count((s) => s < 300 || s === 403 || s === 404 || s === 409),
    summary,
  ).toBeGreaterThan(300);
  expect(writesSeen, summary).toBeGreaterThan(20);
  console.log(`fuzz seed ${SEED}: ${bodies} bodies over ${operations.length} operations — ${summary}`);
}, 900_000);
