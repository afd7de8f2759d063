import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../../core/actor';
import { isAdmin, memberCommuneIds, readRoots } from '../../core/scope';
import type { Queryable } from '../../db/client';
import { inIds, inSubtrees } from '../../db/scope-sql';
import { outgoingDocuments } from '../register/schema';
import { units } from '../units/schema';
import { users } from '../users/schema';
import { supervisionEvents, supervisionRecommendations, supervisions, type Supervision } from './schema';

/** A supervision with its commune (for scope checks and document headers). */
export async function findSupervision(db: Queryable, id: string) {
  const [row] = await db
    .select({ supervision: supervisions, commune: units })
    .from(supervisions)
    .innerJoin(units, eq(units.id, supervisions.communeId))
    .where(eq(supervisions.id, id))
    .limit(1);
  return row ?? null;
}

/** The supervision row locked for the rest of the transaction (state changes queue behind each other). */
export async function lockSupervision(tx: Queryable, id: string) {
  const [row] = await tx.select().from(supervisions).where(eq(supervisions.id, id)).for('update');
  return row ?? null;
}

/** A recommendation with its supervision's commune path (scope) and status. */
export async function findRecommendation(db: Queryable, id: string) {
  const [row] = await db
    .select({
      recommendation: supervisionRecommendations,
      communePath: units.path,
      supervisionStatus: supervisions.status,
    })
    .from(supervisionRecommendations)
    .innerJoin(supervisions, eq(supervisions.id, supervisionRecommendations.supervisionId))
    .innerJoin(units, eq(units.id, supervisions.communeId))
    .where(eq(supervisionRecommendations.id, id))
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
  const events = recs.length
    ? await db
        .select({ event: supervisionEvents, actorName: users.fullName })
        .from(supervisionEvents)
        .leftJoin(users, eq(users.id, supervisionEvents.actorId))
        .where(
          inArray(
            supervisionEvents.recommendationId,
            recs.map((r) => r.id),
          ),
        )
        .orderBy(asc(supervisionEvents.at), asc(supervisionEvents.date))
    : [];
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

/** Register entries (number, date) by id. */
export async function registerEntries(db: Queryable, ids: (string | null)[]) {
  const wanted = ids.filter((x): x is string => x !== null);
  if (wanted.length === 0) return new Map<string, { id: string; number: string; date: string }>();
  const rows = await db
    .select({ id: outgoingDocuments.id, number: outgoingDocuments.number, date: outgoingDocuments.date })
    .from(outgoingDocuments)
    .where(inArray(outgoingDocuments.id, wanted));
  return new Map(rows.map((r) => [r.id, r]));
}

export const ISSUE_ACTIONS = { plan: 'supervision.plan_issue', report: 'supervision.report_issue' } as const;
