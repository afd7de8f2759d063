import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../../core/actor';
import { isAdmin, memberCommuneIds, readRoots } from '../../core/scope';
import type { Queryable } from '../../db/client';
import { inIds, inSubtrees } from '../../db/scope-sql';
import { issuedDocumentsByIds } from '../register/figures';
import { unitRefs as units } from '../units/refs';
import { userNames } from '../users/queries';
import { supervisionEvents, supervisionRecommendations, supervisions, type Supervision } from './schema';

/** The SQL twin of canReadSupervision (canReadCommune on the joined commune); undefined for an admin. */
const readable = (actor: Actor) =>
  isAdmin(actor)
    ? undefined
    : sql`(${inSubtrees(units.path, readRoots(actor))} or ${inIds(supervisions.communeId, memberCommuneIds(actor))})`;

/** A supervision inside the actor's scope, with its commune (for document headers); null otherwise. */
export async function findSupervisionInScope(db: Queryable, actor: Actor, id: string) {
  const [row] = await db
    .select({ supervision: supervisions, commune: units })
    .from(supervisions)
    .innerJoin(units, eq(units.id, supervisions.communeId))
    .where(and(eq(supervisions.id, id), readable(actor)))
    .limit(1);
  return row ?? null;
}

/** The supervision row locked for the rest of the transaction (state changes queue behind each other). */
export async function lockSupervision(tx: Queryable, id: string) {
  const [row] = await tx.select().from(supervisions).where(eq(supervisions.id, id)).for('update');
  return row ?? null;
}

/** A recommendation inside the actor's scope, with its supervision's commune path and status; null otherwise. */
export async function findRecommendationInScope(db: Queryable, actor: Actor, id: string) {
  const [row] = await db
    .select({
      recommendation: supervisionRecommendations,
      communePath: units.path,
      supervisionStatus: supervisions.status,
    })
    .from(supervisionRecommendations)
    .innerJoin(supervisions, eq(supervisions.id, supervisionRecommendations.supervisionId))
    .innerJoin(units, eq(units.id, supervisions.communeId))
    .where(and(eq(supervisionRecommendations.id, id), readable(actor)))
    .limit(1);
  return row ?? null;
}

export type ListFilter = {
  communeId?: string;
  kind?: Supervision['kind'];
  status?: Supervision['status'];
  from?: string;
  to?: string;
};

/** Supervisions of the communes the actor reads or works in, newest first; a period keeps those overlapping it. */
export async function listSupervisions(db: Queryable, actor: Actor, f: ListFilter) {
  const scope = isAdmin(actor)
    ? undefined
    : sql`(${inSubtrees(supervisions.unitPath, readRoots(actor))} or ${inIds(supervisions.communeId, memberCommuneIds(actor))})`;
  return db
    .select({ supervision: supervisions, communeName: units.name, communeKind: units.kind, communePath: units.path })
    .from(supervisions)
    .innerJoin(units, eq(units.id, supervisions.communeId))
    .where(
      and(
        scope,
        f.communeId ? eq(supervisions.communeId, f.communeId) : undefined,
        f.kind ? eq(supervisions.kind, f.kind) : undefined,
        f.status ? eq(supervisions.status, f.status) : undefined,
        f.from ? sql`${supervisions.endDate} >= ${f.from}` : undefined,
        f.to ? sql`${supervisions.startDate} <= ${f.to}` : undefined,
      ),
    )
    .orderBy(desc(supervisions.startDate), asc(supervisions.subject))
    .limit(500);
}

export type RecCounts = { total: number; answered: number; overdue: number };

/** Per supervision: recommendations issued, answered (or closed), overdue on `today`. */
export async function recommendationCounts(
  db: Queryable,
  ids: string[],
  today: string,
): Promise<Map<string, RecCounts>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: supervisionRecommendations.supervisionId,
      total: sql<number>`count(*)::int`,
      answered: sql<number>`count(*) filter (where ${supervisionRecommendations.status} in ('answered', 'closed'))::int`,
      overdue: sql<number>`count(*) filter (where ${supervisionRecommendations.status} in ('issued', 'sent') and ${supervisionRecommendations.dueDate} < ${today})::int`,
    })
    .from(supervisionRecommendations)
    .where(inArray(supervisionRecommendations.supervisionId, ids))
    .groupBy(supervisionRecommendations.supervisionId);
  return new Map(
    rows.map((r) => [r.id, { total: Number(r.total), answered: Number(r.answered), overdue: Number(r.overdue) }]),
  );
}

/** A supervision's recommendations in order, each with its history (oldest step first). */
export async function recommendationsOf(db: Queryable, supervisionId: string) {
  const recs = await db
    .select()
    .from(supervisionRecommendations)
    .where(eq(supervisionRecommendations.supervisionId, supervisionId))
    .orderBy(asc(supervisionRecommendations.position));
  const rows = recs.length
    ? await db
        .select()
        .from(supervisionEvents)
        .where(
          inArray(
            supervisionEvents.recommendationId,
            recs.map((r) => r.id),
          ),
        )
        .orderBy(asc(supervisionEvents.at), asc(supervisionEvents.date))
    : [];
  const names = await userNames(
    db,
    rows.map((e) => e.actorId),
  );
  const events = rows.map((event) => ({
    event,
    actorName: event.actorId ? (names.get(event.actorId) ?? null) : null,
  }));
  return recs.map((r) => ({ recommendation: r, history: events.filter((e) => e.event.recommendationId === r.id) }));
}

export type RecommendationWithHistory = Awaited<ReturnType<typeof recommendationsOf>>[number];

/** The date of a recommendation's latest step: a next step may not be dated before it. */
export async function lastStepDate(db: Queryable, recommendationId: string): Promise<string | null> {
  const [row] = await db
    .select({ date: supervisionEvents.date })
    .from(supervisionEvents)
    .where(eq(supervisionEvents.recommendationId, recommendationId))
    .orderBy(desc(supervisionEvents.at))
    .limit(1);
  return row?.date ?? null;
}

/** Register entries (number, date) by id, from the register module. */
export async function registerEntries(db: Queryable, ids: (string | null)[]) {
  const entries = await issuedDocumentsByIds(db, ids);
  return new Map([...entries].map(([id, e]) => [id, { id: e.id, number: e.number, date: e.date }]));
}

export const ISSUE_ACTIONS = { plan: 'supervision.plan_issue', report: 'supervision.report_issue' } as const;
