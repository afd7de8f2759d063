import ExcelJS from 'exceljs';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { systemMeta } from '../src/server/core/actor';
import { openPostgres, wrapPglite, type Database } from '../src/server/db/client';
import { writeProvinceFromOfficial } from '../src/server/modules/units/commands/create-province-from-official';
import { ensureAdmin } from '../src/server/modules/users/commands/ensure-admin';
import { ADMIN_PASSWORD, makeApi } from './api';
import type { BenchPostgres } from './postgres';
import { log, median, timeCalls } from './util';

/**
 * Issue 14's member figures at a province's scale: Phú Thọ's 148 official communes, 6 villages and 5 organisations
 * each, 720,000 people and about 1,000,000 memberships (1.4 a person), written by SQL. Timed through the API:
 * one commune's counts (p50 ≤ 50 ms), the province-wide table (≤ 500 ms), the same commune on PGlite holding that
 * commune only (÷ PostgreSQL ≤ 4), and 20,000 members imported from .xlsx on PGlite (≤ 15 s).
 */
const LIMITS = { communeMs: 50, provinceMs: 500, ratio: 4, importS: 15 };
const PEOPLE_PER_VILLAGE = 810;
const ASOF = '2026-06-30';

async function exec(database: Database, text: string) {
  await database.db.execute(sql.raw(text));
}

/** Villages, organisations, people and memberships for the communes of the province (or only the first `limit`). */
async function fill(database: Database, provinceId: string, limit?: number) {
  const communes = `(select id, path, name from units where parent_id = '${provinceId}' order by code ${limit ? `limit ${limit}` : ''})`;
  await exec(
    database,
    `insert into units (id, level, kind, name, parent_id, commune_id, path)
     select v.id, 'village', 'thôn', 'Thôn ' || v.g, c.id, c.id, c.path || v.id || '/'
       from ${communes} c cross join lateral (select gen_random_uuid() as id, g from generate_series(1, 6) g) v`,
  );
  await exec(
    database,
    `insert into organizations (commune_id, name, short_name)
     select c.id, o.name || ' xã ' || c.name, o.short
       from ${communes} c cross join (values ('Hội Liên hiệp Phụ nữ', 'Hội LHPN'), ('Hội Nông dân', 'Hội ND'),
         ('Hội Cựu chiến binh', 'Hội CCB'), ('Đoàn TNCS Hồ Chí Minh', 'Đoàn TN'), ('Hội Người cao tuổi', 'Hội NCT')) o(name, short)`,
  );
  await exec(
    database,
    `insert into people (commune_id, village_id, unit_path, full_name, name_folded, birth_year, sex)
     select v.commune_id, v.id, v.path, 'Người số ' || g, 'nguoi so ' || g, 1940 + g % 69,
            case when g % 2 = 0 then 'female' else 'male' end
       from units v join ${communes} c on v.parent_id = c.id cross join generate_series(1, ${PEOPLE_PER_VILLAGE}) g`,
  );
  // Everyone in one organisation, 40% in a second: about 1.4 memberships a person; 5% left in 2025.
  await exec(
    database,
    `with o as (select id, commune_id, row_number() over (partition by commune_id order by short_name) as k from organizations),
          p as (select id, commune_id, unit_path, abs(hashtext(id::text)) as h from people)
     insert into memberships (commune_id, person_id, organization_id, unit_path, joined_on, left_on, leave_reason)
     select p.commune_id, p.id, o.id, p.unit_path, date '2010-01-01' + (p.h % 5000),
            case when p.h % 20 = 0 then date '2025-03-31' end, case when p.h % 20 = 0 then 'Chuyển đi' end
       from p join o on o.commune_id = p.commune_id and (o.k = 1 + p.h % 5 or (p.h % 10 < 4 and o.k = 1 + (p.h + 1) % 5))
      where p.h % 20 <> 0 or date '2010-01-01' + (p.h % 5000) <= date '2025-03-31'`,
  );
  // As autovacuum would after a load: the visibility map lets the counts read the indexes alone.
  await exec(database, 'vacuum analyze');
}

async function setUp(database: Database, limit?: number) {
  await database.migrate();
  await ensureAdmin(database.db, ADMIN_PASSWORD);
  const { province } = await writeProvinceFromOfficial(database.db, systemMeta, '25');
  await fill(database, province.id, limit);
  const api = makeApi(database);
  const token = await api.login('admin', ADMIN_PASSWORD);
  const first = await database.db.execute(
    sql.raw(`select id from units where parent_id = '${province.id}' order by code limit 1`),
  );
  const communeId = (first as unknown as { rows: { id: string }[] }).rows[0]?.id ?? '';
  const counts = await database.db.execute(sql.raw('select count(*)::int as n from memberships'));
  const memberships = Number((counts as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0);
  return { api, token, provinceId: province.id, communeId, memberships };
}

function xlsxOf(rows: number, village: string) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Hội viên');
  ws.addRow(['Họ tên', 'Năm sinh', 'Giới tính', 'Thôn/tổ dân phố', 'Chi hội', 'Ngày vào']);
  for (let i = 0; i < rows; i++)
    ws.addRow([`Hội viên nhập ${i + 1}`, 1950 + (i % 50), i % 2 ? 'Nam' : 'Nữ', village, '', '15/01/2020']);
  return wb.xlsx.writeBuffer();
}

export async function membersBench(target: BenchPostgres): Promise<{ line: string; ok: boolean }[]> {
  const out: { line: string; ok: boolean }[] = [];
  const pgdb = openPostgres(await target.createDatabase(`mattran_bench_members_${process.pid}`));
  const lite = wrapPglite(await PGlite.create());
  try {
    log('members: 148 communes, about 1,000,000 memberships on PostgreSQL…');
    const pgSide = await setUp(pgdb);
    log('members: the first commune only on PGlite…');
    const liteSide = await setUp(lite, 1);
    const communePath = (side: typeof pgSide) => `/api/v1/members/counts?unitId=${side.communeId}&asOf=${ASOF}`;
    const pgTimes = await timeCalls(30, 5, () => pgSide.api.get(communePath(pgSide), pgSide.token));
    const liteTimes = await timeCalls(30, 5, () => liteSide.api.get(communePath(liteSide), liteSide.token));
    const province = `/api/v1/members/counts.csv?unitId=${pgSide.provinceId}&asOf=${ASOF}`;
    const provinceTimes = await timeCalls(5, 1, async () => {
      const res = await pgSide.api.app.request(province, { headers: { authorization: `Bearer ${pgSide.token}` } });
      if (res.status !== 200) throw new Error(`province table: HTTP ${res.status}`);
      await res.arrayBuffer();
    });
    const [c50, l50, p50] = [median(pgTimes), median(liteTimes), median(provinceTimes)];
    const m = pgSide.memberships.toLocaleString('en-US');
    out.push(
      {
        ok: c50 <= LIMITS.communeMs,
        line: `bench member counts of a commune p50 (postgres, ${m} memberships in 148 communes): ${c50.toFixed(1)} ms (limit ${LIMITS.communeMs}) ${c50 <= LIMITS.communeMs ? 'ok' : 'FAIL'}`,
      },
      {
        ok: p50 <= LIMITS.provinceMs,
        line: `bench province member table p50 (postgres, 148 rows as CSV): ${p50.toFixed(1)} ms (limit ${LIMITS.provinceMs}) ${p50 <= LIMITS.provinceMs ? 'ok' : 'FAIL'}`,
      },
      {
        ok: l50 / c50 <= LIMITS.ratio,
        line: `bench member counts pglite ÷ postgres (${l50.toFixed(1)} ÷ ${c50.toFixed(1)} ms): ${(l50 / c50).toFixed(2)} (limit ${LIMITS.ratio}) ${l50 / c50 <= LIMITS.ratio ? 'ok' : 'FAIL'}`,
      },
    );

    log('members: importing 20,000 members from .xlsx on PGlite…');
    const orgs = await lite.db.execute(
      sql.raw(`select id from organizations where commune_id = '${liteSide.communeId}' limit 1`),
    );
    const orgId = (orgs as unknown as { rows: { id: string }[] }).rows[0]?.id ?? '';
    const form = new FormData();
    form.set('file', new File([(await xlsxOf(20_000, 'Thôn 1')) as ArrayBuffer], 'hoi-vien.xlsx'));
    form.set('organizationId', orgId);
    const t0 = performance.now();
    const res = await liteSide.api.app.request('/api/v1/memberships/import', {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${liteSide.token}` },
    });
    const seconds = (performance.now() - t0) / 1000;
    const body = (await res.json()) as { created?: number };
    const ok = res.status === 201 && body.created === 20_000 && seconds <= LIMITS.importS;
    out.push({
      ok,
      line: `bench member import (pglite, 20,000 rows from .xlsx, ${res.status === 201 ? `${body.created} created` : `HTTP ${res.status}`}): ${seconds.toFixed(1)} s (limit ${LIMITS.importS}) ${ok ? 'ok' : 'FAIL'}`,
    });
  } finally {
    await lite.close();
    await pgdb.close();
  }
  return out;
}
