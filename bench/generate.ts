/**
 * Set-based generation of a province: every statement is one INSERT … SELECT over generate_series,
 * so the same SQL fills PostgreSQL 15 and PGlite (PostgreSQL 18) in seconds.
 *
 * Shape: 1 province, N communes ("Xã 001"…), 8 villages each, 4 organisations each, 40 province
 * indicators (20 sum, 10 count, 10 ratio), a year target for every commune and village × indicator
 * (communes assigned by the province, villages by their commune), and 16 entries per village ×
 * indicator over 2025 (1 in 8 made by an organisation, ~1% voided): 5,120 entries per commune.
 */
import { log, thousands, type Sql } from './util';

export const YEAR = { from: '2025-01-01', to: '2025-12-31' };
export const H1 = { from: '2025-01-01', to: '2025-06-30' };
export const VILLAGES_PER_COMMUNE = 8;
export const INDICATORS = 40;
export const ENTRIES_PER_VILLAGE_INDICATOR = 16;

export type Province = { id: string; path: string };

export async function createProvince(sql: Sql): Promise<Province> {
  const [row] = await sql.query<{ id: string; path: string }>(
    `with p as (select gen_random_uuid() as id)
     insert into units (id, level, kind, name, path)
     select id, 'province', 'tỉnh', 'Tỉnh Thử Tải', '/' || id::text || '/' from p
     returning id::text as id, path`,
  );
  if (!row) throw new Error('province not created');
  await sql.query(
    `insert into indicators (owner_unit_id, owner_path, code, name, unit_label, aggregation)
     select $1::uuid, $2::text, 'CT' || lpad(n::text, 2, '0'),
            case when n % 4 in (1, 2) then 'Số tiền vận động, chỉ tiêu ' || n
                 when n % 4 = 3 then 'Số hộ được hỗ trợ, chỉ tiêu ' || n
                 else 'Tỷ lệ hộ đạt chuẩn, chỉ tiêu ' || n end,
            case when n % 4 in (1, 2) then 'đồng' else 'hộ' end,
            case when n % 4 in (1, 2) then 'sum' when n % 4 = 3 then 'count' else 'ratio' end
     from generate_series(1, ${INDICATORS}) n`,
    [row.id, row.path],
  );
  return row;
}

/** Communes numbered `from..to`, with their villages, organisations and targets (no entries yet). */
export async function addCommunes(sql: Sql, province: Province, from: number, to: number): Promise<void> {
  await sql.query(
    `insert into units (id, level, kind, name, parent_id, commune_id, path)
     select id, 'commune', 'xã', 'Xã ' || lpad(n::text, 3, '0'), $1::uuid, id, $2::text || id::text || '/'
     from (select gen_random_uuid() as id, n from generate_series($3::int, $4::int) n) s`,
    [province.id, province.path, from, to],
  );
  await sql.query(
    `insert into units (id, level, kind, name, parent_id, commune_id, path)
     select id, 'village', 'thôn', 'Thôn ' || k, cid, cid, cpath || id::text || '/'
     from (select gen_random_uuid() as id, c.id as cid, c.path as cpath, k
           from units c cross join generate_series(1, ${VILLAGES_PER_COMMUNE}) k
           where c.level = 'commune' and not exists (select 1 from units v where v.parent_id = c.id)) s`,
  );
  await sql.query(
    `insert into organizations (commune_id, name, short_name)
     select c.id, o.name, o.short
     from units c
     cross join (values ('Hội Liên hiệp Phụ nữ', 'PN'), ('Đoàn Thanh niên', 'DTN'), ('Hội Nông dân', 'ND'), ('Hội Cựu chiến binh', 'CCB')) o(name, short)
     where c.level = 'commune' and not exists (select 1 from organizations x where x.commune_id = c.id)`,
  );
  // A year target per unit × indicator: sums and counts about what the entries will add up to (±20%),
  // ratios an aimed percentage.
  await sql.query(
    `insert into targets (indicator_id, unit_id, unit_path, commune_id, period_from, period_to, value, assigned_by_unit_id)
     select i.id, u.id, u.path, u.commune_id, $2::date, $3::date,
            case i.aggregation
              when 'sum' then round(mult * ${ENTRIES_PER_VILLAGE_INDICATOR} * 2500000 * (0.8 + random() * 0.4))::bigint
              when 'count' then round(mult * ${ENTRIES_PER_VILLAGE_INDICATOR} * 3 * (0.8 + random() * 0.4))::bigint
              else 80 + 5 * (abs(hashtext(i.code)) % 3) end,
            case when u.level = 'commune' then $1::uuid else u.parent_id end
     from (select u.*, case when u.level = 'commune' then ${VILLAGES_PER_COMMUNE} else 1 end as mult from units u) u
     cross join indicators i
     where u.level in ('commune', 'village') and not exists (select 1 from targets t where t.unit_id = u.id)`,
    [province.id, YEAR.from, YEAR.to],
  );
}

/** Communes that have no entries yet, in name order. */
export async function communesWithoutEntries(sql: Sql): Promise<string[]> {
  const rows = await sql.query<{ id: string }>(
    `select c.id::text as id from units c
     where c.level = 'commune' and not exists (select 1 from entries e where e.commune_id = c.id)
     order by c.name`,
  );
  return rows.map((r) => r.id);
}

/** 16 entries per village × indicator of these communes, over the year. */
export async function addEntries(sql: Sql, communeIds: string[]): Promise<void> {
  await sql.query(
    `insert into entries (indicator_id, unit_id, unit_path, commune_id, organization_id, date, value, denominator, voided_at, void_reason)
     select indicator_id, unit_id, unit_path, commune_id, org_id, d,
            case agg when 'sum' then 100000 * (1 + floor(rv * 49))::bigint
                     when 'count' then 1 + floor(rv * 5)::bigint
                     else floor(den * (0.6 + 0.4 * rv))::bigint end,
            case when agg = 'ratio' then den end,
            case when rvoid < 0.01 then now() end,
            case when rvoid < 0.01 then 'Nhập trùng' end
     from (
       select i.id as indicator_id, i.aggregation as agg, v.id as unit_id, v.path as unit_path, v.commune_id,
              o.id as org_id,
              date '2025-01-01' + (k * 22 + floor(random() * 22))::int as d,
              random() as rv, random() as rvoid, 10 + floor(random() * 41)::bigint as den
       from units v
       cross join indicators i
       cross join generate_series(0, ${ENTRIES_PER_VILLAGE_INDICATOR - 1}) k
       left join organizations o
         on o.commune_id = v.commune_id and k % 8 = 0
        and o.short_name = (array['PN', 'DTN', 'ND', 'CCB'])[1 + (abs(hashtext(v.id::text || i.code)) + k / 8) % 4]
       where v.level = 'village' and v.commune_id = any(string_to_array($1::text, ',')::uuid[])
     ) s`,
    [communeIds.join(',')],
  );
}

/** Entries for every commune still without, in batches, with a progress line per batch. */
export async function fillEntries(sql: Sql, label: string, batch = 10): Promise<void> {
  const todo = await communesWithoutEntries(sql);
  const total = todo.length * VILLAGES_PER_COMMUNE * INDICATORS * ENTRIES_PER_VILLAGE_INDICATOR;
  log(`${label}: generating ${thousands(total)} entries for ${todo.length} commune(s)…`);
  for (let i = 0; i < todo.length; i += batch) {
    await addEntries(sql, todo.slice(i, i + batch));
    const done = Math.min(i + batch, todo.length) * VILLAGES_PER_COMMUNE * INDICATORS * ENTRIES_PER_VILLAGE_INDICATOR;
    if (todo.length > batch) log(`${label}:   ${thousands(done)} / ${thousands(total)} entries`);
  }
}

/** Planner statistics and visibility map, as autovacuum would leave a settled database. */
export async function analyze(sql: Sql): Promise<void> {
  for (const t of ['units', 'organizations', 'indicators', 'targets', 'entries'])
    await sql.query(`vacuum analyze ${t}`);
}

export type Counts = {
  communes: number;
  villages: number;
  organizations: number;
  indicators: number;
  targets: number;
  entries: number;
  voided: number;
};

export async function counts(sql: Sql): Promise<Counts> {
  const [r] = await sql.query<Record<keyof Counts, string>>(
    `select (select count(*) from units where level = 'commune')::text as communes,
            (select count(*) from units where level = 'village')::text as villages,
            (select count(*) from organizations)::text as organizations,
            (select count(*) from indicators)::text as indicators,
            (select count(*) from targets)::text as targets,
            (select count(*) from entries)::text as entries,
            (select count(*) from entries where voided_at is not null)::text as voided`,
  );
  if (!r) throw new Error('no counts');
  return {
    communes: Number(r.communes),
    villages: Number(r.villages),
    organizations: Number(r.organizations),
    indicators: Number(r.indicators),
    targets: Number(r.targets),
    entries: Number(r.entries),
    voided: Number(r.voided),
  };
}

export async function communeByNumber(sql: Sql, n: number): Promise<{ id: string; path: string }> {
  const [row] = await sql.query<{ id: string; path: string }>(
    `select id::text as id, path from units where level = 'commune' and name = $1`,
    [`Xã ${String(n).padStart(3, '0')}`],
  );
  if (!row) throw new Error(`commune ${n} not found`);
  return row;
}

export async function provinceOf(sql: Sql): Promise<Province> {
  const [row] = await sql.query<Province>(`select id::text as id, path from units where level = 'province'`);
  if (!row) throw new Error('no province');
  return row;
}
