import { and, asc, eq, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { addDays } from '../../../lib/dates';
import { unitDisplayName } from '../../../lib/units';
import type { Actor } from '../../core/actor';
import { isAdmin, manageRoots } from '../../core/scope';
import { inSubtree, inSubtrees } from '../../db/scope-sql';
import type { Queryable } from '../../db/client';
import { type AgendaGroup, type AgendaSource, groupOf, stateByDate } from '../today/agenda';
import { organizationRefs, unitRefs } from '../units/refs';
import { reportingRounds, roundAssignments } from './schema';

/** A round due within this many days is on the start page before it is late. */
export const ROUND_SOON_DAYS = 7;

const commune = alias(unitRefs, 'round_commune');

/** The assignments the actor itself must send: its village's (village head), its organisation's (organisation head). */
function owedBy(actor: Actor): SQL | undefined {
  const mine = actor.grants.flatMap((g): (SQL | undefined)[] => {
    if (g.role === 'village_lead' && g.unitPath)
      return [and(inSubtree(unitRefs.path, g.unitPath), isNull(roundAssignments.organizationId))];
    if (g.role === 'org_lead' && g.organizationId) return [eq(roundAssignments.organizationId, g.organizationId)];
    return [];
  });
  return mine.length > 0 ? or(...mine) : undefined;
}

async function owed(db: Queryable, actor: Actor, today: string): Promise<AgendaGroup[]> {
  const mine = owedBy(actor);
  if (!mine) return [];
  const where = and(
    mine,
    isNull(roundAssignments.submittedAt),
    lte(reportingRounds.dueDate, addDays(today, ROUND_SOON_DAYS)),
  );
  const rows = await db
    .select({
      id: roundAssignments.id,
      roundId: reportingRounds.id,
      title: reportingRounds.title,
      dueDate: reportingRounds.dueDate,
      unitName: unitRefs.name,
      unitKind: unitRefs.kind,
      organizationName: organizationRefs.shortName,
    })
    .from(roundAssignments)
    .innerJoin(reportingRounds, eq(reportingRounds.id, roundAssignments.roundId))
    .innerJoin(unitRefs, eq(unitRefs.id, roundAssignments.unitId))
    .leftJoin(organizationRefs, eq(organizationRefs.id, roundAssignments.organizationId))
    .where(where)
    .orderBy(asc(reportingRounds.dueDate), asc(roundAssignments.id));
  const items = rows.map((r) => ({
    // The round is what the user opens (the entries page takes it); one assignment per round and unit.
    id: r.roundId,
    title: r.title,
    detail: r.organizationName ?? unitDisplayName({ kind: r.unitKind, name: r.unitName }),
    dueDate: r.dueDate,
    state: stateByDate(r.dueDate, today),
  }));
  return groupOf('rounds.owed', items);
}

/** Rounds of the communes the actor runs that someone has not sent yet: "3/8" are missing. */
async function missing(db: Queryable, actor: Actor, today: string): Promise<AgendaGroup[]> {
  const roots = isAdmin(actor) ? [] : manageRoots(actor).map((m) => m.root);
  if (roots.length === 0) return [];
  const notSent = sql<number>`count(*) filter (where ${roundAssignments.submittedAt} is null)::int`;
  const rows = await db
    .select({
      id: reportingRounds.id,
      title: reportingRounds.title,
      dueDate: reportingRounds.dueDate,
      communeName: commune.name,
      communeKind: commune.kind,
      notSent,
      total: sql<number>`count(*)::int`,
    })
    .from(reportingRounds)
    .innerJoin(commune, eq(commune.id, reportingRounds.communeId))
    .innerJoin(roundAssignments, eq(roundAssignments.roundId, reportingRounds.id))
    .where(and(inSubtrees(commune.path, roots), lte(reportingRounds.dueDate, addDays(today, ROUND_SOON_DAYS))))
    .groupBy(reportingRounds.id, commune.id)
    .having(sql`${notSent} > 0`)
    .orderBy(asc(reportingRounds.dueDate), asc(reportingRounds.id));
  const items = rows.map((r) => ({
    id: r.id,
    title: r.title,
    detail: `${unitDisplayName({ kind: r.communeKind, name: r.communeName })} · ${r.notSent}/${r.total}`,
    dueDate: r.dueDate,
    state: stateByDate(r.dueDate, today),
  }));
  return groupOf('rounds.missing', items);
}

export const targetsAgenda: AgendaSource = {
  keys: ['rounds.owed', 'rounds.missing'],
  async groups({ db, actor, today }) {
    return [...(await owed(db, actor, today)), ...(await missing(db, actor, today))];
  },
  actions: (actor) =>
    actor.grants.some((g) => ['standing', 'village_lead', 'org_lead'].includes(g.role)) ? ['result'] : [],
};
