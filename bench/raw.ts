import type pg from 'pg';

/**
 * The commune progress aggregate as ONE statement: for each indicator the commune shares, the
 * subtree sum and denominator, the sums per village and per organisation (with the village names),
 * and the targets of the commune and its villages overlapping the period (with who assigned them).
 * The same figures GET /api/v1/progress computes, without the HTTP and ORM layers.
 */
export const STATEMENT = `
with inds as (
  select id, code, name, unit_label, aggregation from indicators
  where $2::text like owner_path || '%' and active
),
live as (
  select indicator_id, unit_path, organization_id, value, denominator from entries
  where commune_id = $1::uuid and unit_path like $2::text || '%' and voided_at is null
    and date >= $3::date and date <= $4::date
),
own as materialized (
  select indicator_id, sum(value) as v, coalesce(sum(denominator), 0) as d from live group by indicator_id
),
by_child as (
  select indicator_id, split_part(substr(unit_path, $5::int), '/', 1) as child, sum(value) as v, coalesce(sum(denominator), 0) as d
  from live where length(unit_path) >= $5::int group by 1, 2
),
children as materialized (
  select c.indicator_id, json_agg(json_build_object('unitId', u.id, 'name', u.name, 'actual', c.v, 'denominator', c.d) order by u.name) as j
  from by_child c join (select id::text as id, name from units where parent_id = $1::uuid) u on u.id = c.child
  group by c.indicator_id
),
orgs as materialized (
  select indicator_id, json_agg(json_build_object('organizationId', organization_id, 'actual', v, 'denominator', d)) as j
  from (select indicator_id, organization_id, sum(value) as v, coalesce(sum(denominator), 0) as d
        from live where organization_id is not null group by 1, 2) g
  group by indicator_id
),
tg as materialized (
  select t.indicator_id,
         json_agg(json_build_object('unitId', t.unit_id, 'organizationId', t.organization_id, 'value', t.value,
                                    'from', t.period_from, 'to', t.period_to, 'assignedBy', a.kind || ' ' || a.name) order by t.created_at) as j
  from inds i
  join units u on u.id = $1::uuid or u.parent_id = $1::uuid
  join targets t on t.indicator_id = i.id and t.unit_id = u.id
  left join units a on a.id = t.assigned_by_unit_id
  where t.period_from <= $4::date and t.period_to >= $3::date
  group by t.indicator_id
)
select i.id, i.code, i.name, i.unit_label, i.aggregation,
       coalesce(o.v, 0) as actual, coalesce(o.d, 0) as denominator,
       c.j as children, g.j as organizations, t.j as targets
from inds i
left join own o on o.indicator_id = i.id
left join children c on c.indicator_id = i.id
left join orgs g on g.indicator_id = i.id
left join tg t on t.indicator_id = i.id
order by i.code`;

export type RawRow = {
  id: string;
  code: string;
  actual: string;
  children: unknown[] | null;
  targets: unknown[] | null;
};

export async function rawCommuneProgress(
  client: pg.Client,
  commune: { id: string; path: string },
  p: { from: string; to: string },
): Promise<RawRow[]> {
  const r = await client.query<RawRow>(STATEMENT, [commune.id, commune.path, p.from, p.to, commune.path.length + 1]);
  return r.rows;
}
