import { and, asc, eq, isNotNull, isNull, or, sql } from 'drizzle-orm';
import { foldVietnamese } from '../../../lib/vi-text';
import type { Actor } from '../../core/actor';
import { isAdmin, isWithin, readRoots } from '../../core/scope';
import type { Queryable } from '../../db/client';
import { containsText, escapeLike, inIds, inSubtrees } from '../../db/scope-sql';
import { organizationRefs, unitRefs } from '../units/refs';
import { readTogether } from '../../db/read-together';
import { branches, duesPayments, memberships, people, type Branch, type Membership, type Person } from './schema';

/**
 * Rows visible to the actor: the subtrees it reads, its own organisation's members (an organisation head), or its
 * own branch's (a branch head).
 */
function membershipVisibleSql(actor: Actor) {
  if (isAdmin(actor)) return undefined;
  const leads = actor.grants.filter((g) => g.role === 'org_lead' && g.organizationId);
  const orgs = leads.filter((g) => !g.branchId).map((g) => g.organizationId as string);
  const branchIds = leads.flatMap((g) => (g.branchId ? [g.branchId] : []));
  return or(
    inSubtrees(memberships.unitPath, readRoots(actor)),
    inIds(memberships.organizationId, orgs),
    inIds(memberships.branchId, branchIds),
  );
}

/** The actor reads every membership below `path` (its own subtree or one above it): no scope filter needed. */
const readsAllOf = (actor: Actor, path: string) => isAdmin(actor) || readRoots(actor).some((r) => isWithin(path, r));

export async function findPerson(db: Queryable, id: string): Promise<Person | null> {
  const [row] = await db.select().from(people).where(eq(people.id, id)).limit(1);
  return row ?? null;
}

export async function findBranch(db: Queryable, id: string): Promise<Branch | null> {
  const [row] = await db.select().from(branches).where(eq(branches.id, id)).limit(1);
  return row ?? null;
}

export async function findMembership(db: Queryable, id: string): Promise<Membership | null> {
  const [row] = await db.select().from(memberships).where(eq(memberships.id, id)).limit(1);
  return row ?? null;
}

export async function findVisibleMembership(db: Queryable, actor: Actor, id: string): Promise<Membership | null> {
  const [row] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.id, id), membershipVisibleSql(actor)))
    .limit(1);
  return row ?? null;
}

export type MemberCounts = {
  people: number;
  memberships: number;
  byOrganization: { organizationId: string; name: string; members: number }[];
};

/**
 * Members of the unit's subtree (a village, a commune, a province) on a date: joined on or before it and not left
 * by then (a member who left in March is not counted in June). People are counted once however many
 * organisations they belong to. Only what the actor reads is counted (everything, for a trusted caller).
 */
export async function memberCounts(
  db: Queryable,
  actor: Actor | null,
  unitPath: string,
  asOf: string,
  organizationId?: string,
  communeId?: string | null,
): Promise<MemberCounts> {
  const active = and(
    // A commune or village: its commune's rows by index first (a province has 1,000,000 memberships).
    communeId ? eq(memberships.communeId, communeId) : undefined,
    sql`${memberships.unitPath} like ${`${escapeLike(unitPath)}%`}`,
    sql`${memberships.joinedOn} <= ${asOf}`,
    sql`(${memberships.leftOn} is null or ${memberships.leftOn} > ${asOf})`,
    // No actor: a trusted caller (an indicator, a report) counting the unit's whole subtree.
    actor ? membershipVisibleSql(actor) : undefined,
    organizationId ? eq(memberships.organizationId, organizationId) : undefined,
  );
  const byOrg = await db
    .select({
      organizationId: memberships.organizationId,
      name: organizationRefs.name,
      members: sql<number>`count(*)::int`,
    })
    .from(memberships)
    .innerJoin(organizationRefs, eq(organizationRefs.id, memberships.organizationId))
    .where(active)
    .groupBy(memberships.organizationId, organizationRefs.name)
    .orderBy(organizationRefs.name);
  const [totals] = await db
    .select({
      people: sql<number>`count(distinct ${memberships.personId})::int`,
      memberships: sql<number>`count(*)::int`,
    })
    .from(memberships)
    .where(active);
  return {
    people: Number(totals?.people ?? 0),
    memberships: Number(totals?.memberships ?? 0),
    byOrganization: byOrg.map((r) => ({ ...r, members: Number(r.members) })),
  };
}

export type MembershipFilter = {
  communeId?: string;
  organizationId?: string;
  branchId?: string;
  villagePath?: string;
  status: 'active' | 'left' | 'all';
  q?: string;
  limit: number;
  offset: number;
};

/** Memberships with the person's name, in scope, newest first; `q` matches the name without diacritics. */
export async function listMemberships(db: Queryable, actor: Actor, f: MembershipFilter) {
  const where = and(
    membershipVisibleSql(actor),
    f.communeId ? eq(memberships.communeId, f.communeId) : undefined,
    f.organizationId ? eq(memberships.organizationId, f.organizationId) : undefined,
    f.branchId ? eq(memberships.branchId, f.branchId) : undefined,
    f.villagePath ? sql`${memberships.unitPath} like ${`${escapeLike(f.villagePath)}%`}` : undefined,
    f.status === 'active'
      ? isNull(memberships.leftOn)
      : f.status === 'left'
        ? isNotNull(memberships.leftOn)
        : undefined,
    f.q ? containsText(people.nameFolded, foldVietnamese(f.q)) : undefined,
  );
  const rows = await db
    .select({ m: memberships, p: people, villageName: unitRefs.name })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    // The village's name travels with the row: an organisation head reads members, not the villages themselves.
    .innerJoin(unitRefs, eq(unitRefs.id, people.villageId))
    .where(where)
    .orderBy(asc(people.nameFolded), asc(memberships.id))
    .limit(f.limit)
    .offset(f.offset);
  const [total] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .where(where);
  return { rows, total: Number(total?.n ?? 0) };
}

/**
 * The latest year, not after `thisYear`, in which a member of the dues grid (the same organisation, branch and scope)
 * paid dues: the grid opens on it rather than on a current year nobody has paid yet.
 */
export async function latestDuesYear(
  db: Queryable,
  actor: Actor,
  f: { organizationId: string; branchId?: string },
  thisYear: number,
): Promise<number | null> {
  const year = sql<string | null>`max(left(${duesPayments.period}, 4))`;
  const [row] = await db
    .select({ year })
    .from(duesPayments)
    .innerJoin(memberships, eq(memberships.id, duesPayments.membershipId))
    .where(
      and(
        membershipVisibleSql(actor),
        eq(memberships.organizationId, f.organizationId),
        f.branchId ? eq(memberships.branchId, f.branchId) : undefined,
        sql`left(${duesPayments.period}, 4) <= ${String(thisYear)}`,
      ),
    );
  return row?.year ? Number(row.year) : null;
}

/** People of the actor's reach by name (to admit them, or to find the same person in another list). */
export async function searchPeople(db: Queryable, actor: Actor, q: string, villagePath?: string) {
  return db
    .select()
    .from(people)
    .where(
      and(
        isAdmin(actor) ? undefined : inSubtrees(people.unitPath, readRoots(actor).concat(orgLeadCommunePaths(actor))),
        villagePath ? sql`${people.unitPath} like ${`${escapeLike(villagePath)}%`}` : undefined,
        q ? containsText(people.nameFolded, foldVietnamese(q)) : undefined,
      ),
    )
    .orderBy(asc(people.nameFolded), asc(people.birthYear))
    .limit(50);
}

/** An organisation head registers members across the commune: they find its people. */
const orgLeadCommunePaths = (actor: Actor) =>
  actor.grants.filter((g) => g.role === 'org_lead' && g.unitPath).map((g) => g.unitPath as string);

export async function listBranches(db: Queryable, actor: Actor, organizationId?: string, communeId?: string) {
  const visible = isAdmin(actor)
    ? undefined
    : or(
        inSubtrees(branches.unitPath, readRoots(actor)),
        // A branch across the commune's villages is seen from each of them (paths hold no LIKE wildcards).
        ...readRoots(actor).map((r) => sql`${r} like ${branches.unitPath} || '%'`),
        inIds(
          branches.organizationId,
          actor.grants.filter((g) => g.role === 'org_lead' && g.organizationId).map((g) => g.organizationId as string),
        ),
      );
  return db
    .select()
    .from(branches)
    .where(
      and(
        visible,
        organizationId ? eq(branches.organizationId, organizationId) : undefined,
        communeId ? eq(branches.communeId, communeId) : undefined,
      ),
    )
    .orderBy(asc(branches.name));
}

/** Memberships that began within [from, to] in the subtree ("kết nạp mới"), of one organisation or of all. */
export async function admittedBetween(
  db: Queryable,
  unitPath: string,
  from: string,
  to: string,
  organizationId?: string,
): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(memberships)
    .where(
      and(
        sql`${memberships.unitPath} like ${`${escapeLike(unitPath)}%`}`,
        sql`${memberships.joinedOn} between ${from} and ${to}`,
        // A member transferred in from another commune was admitted there, not here.
        isNull(memberships.transferredFromId),
        organizationId ? eq(memberships.organizationId, organizationId) : undefined,
      ),
    );
  return Number(row?.n ?? 0);
}

export type ChildCounts = {
  unitId: string;
  branches: number;
  people: number;
  memberships: number;
  byOrganization: Map<string, number>;
};

/**
 * The counts of each unit directly below a province (its communes) or a commune (its villages) as of a date, with
 * members by organisation short name (the columns the level above reads), in the actor's scope. A province has
 * 1,000,000 memberships: its communes are listed first so that both counts read them in the order of an index
 * (commune, organisation | person, dates) without the table, at once on the pool (one core each): people once
 * each by count(distinct) within a commune, which sorts a commune's ids in memory, not a million to disk.
 */
export async function countsByChild(
  db: Queryable,
  actor: Actor,
  parent: { path: string; level: string; id: string },
  asOf: string,
) {
  const byCommune = parent.level !== 'commune';
  // Ids, not a subquery: the planner then knows the rows are most of the table and reads the index in order
  // (with a subquery it guessed a fraction, scanned the table and sorted a million rows on disk).
  const communeIds = byCommune
    ? (
        await db
          .select({ id: unitRefs.id })
          .from(unitRefs)
          .where(and(eq(unitRefs.level, 'commune'), sql`${unitRefs.path} like ${`${escapeLike(parent.path)}%`}`))
      ).map((u) => u.id)
    : [parent.id];
  const active = and(
    inIds(memberships.communeId, communeIds),
    sql`${memberships.joinedOn} <= ${asOf}`,
    sql`(${memberships.leftOn} is null or ${memberships.leftOn} > ${asOf})`,
    // A reader of the whole parent (the province's own staff) needs no path filter: the parent's communes hold
    // only rows below it, and a filter outside the index would make PostgreSQL read the table (1.2 s, not 0.2).
    readsAllOf(actor, parent.path) ? undefined : membershipVisibleSql(actor),
  );
  // A commune's children are villages: a child's path is the commune's plus one id and a slash (its length
  // inlined, an integer we computed, so that GROUP BY sees the same expression as SELECT).
  // The bare column (no cast): grouping on it follows the index order, without sorting 1,000,000 rows.
  const child = byCommune
    ? sql<string>`${memberships.communeId}`
    : sql<string>`substring(${memberships.unitPath} from 1 for ${sql.raw(String(parent.path.length + 37))})`;
  const branchChild = byCommune
    ? sql<string>`${branches.communeId}`
    : sql<string>`substring(${branches.unitPath} from 1 for ${sql.raw(String(parent.path.length + 37))})`;
  // By organisation id first (the index's order), its short name joined to the 740 sums, not to every row.
  const perOrg = db
    .select({ path: child.as('path'), org: memberships.organizationId, n: sql<number>`count(*)`.as('n') })
    .from(memberships)
    .where(active)
    .groupBy(child, memberships.organizationId)
    .as('per_org');
  const [byOrg, totals, branchRows] = await readTogether(
    db,
    () =>
      db
        .select({ path: perOrg.path, org: organizationRefs.shortName, n: sql<number>`sum(${perOrg.n})::int` })
        .from(perOrg)
        .innerJoin(organizationRefs, eq(organizationRefs.id, perOrg.org))
        .groupBy(perOrg.path, organizationRefs.shortName),
    () =>
      db
        .select({
          path: child,
          people: sql<number>`count(distinct ${memberships.personId})::int`,
          memberships: sql<number>`count(*)::int`,
        })
        .from(memberships)
        .where(active)
        .groupBy(child),
    () =>
      db
        .select({ path: branchChild, n: sql<number>`count(*)::int` })
        .from(branches)
        .where(
          and(
            byCommune ? undefined : eq(branches.communeId, parent.id),
            sql`${branches.unitPath} like ${`${escapeLike(parent.path)}%`}`,
            sql`length(${branches.unitPath}) > ${parent.path.length}`,
          ),
        )
        .groupBy(branchChild),
  );
  const branchCount = new Map(branchRows.map((b) => [b.path, Number(b.n)]));
  const out = new Map<string, ChildCounts>();
  for (const t of totals) {
    const unitId = byCommune ? t.path : t.path.slice(parent.path.length, -1);
    out.set(t.path, {
      unitId,
      branches: branchCount.get(t.path) ?? 0,
      people: Number(t.people),
      memberships: Number(t.memberships),
      byOrganization: new Map(),
    });
  }
  for (const r of byOrg) out.get(r.path)?.byOrganization.set(r.org, Number(r.n));
  return [...out.values()];
}
