import { and, asc, eq, lte, notInArray, sql } from 'drizzle-orm';
import { addDays } from '../../../lib/dates';
import { unitDisplayName } from '../../../lib/units';
import type { Actor } from '../../core/actor';
import { isAdmin, readRoots } from '../../core/scope';
import { inSubtrees } from '../../db/scope-sql';
import { type AgendaSource, excerpt, groupOf, ITEMS_PER_GROUP, stateByDate } from '../today/agenda';
import { unitRefs as units } from '../units/refs';
import { petitions } from './schema';

/** A petition due within this many days is on the start page before it is late. */
export const PETITION_SOON_DAYS = 7;

/**
 * Who follows petitions to an answer: the standing committee for its commune, a village head for the village's, the
 * level above across its communes. Organisation heads read petitions but do not chase them; the administrator runs
 * the system, not the commune's correspondence.
 */
const followRoots = (actor: Actor) => (isAdmin(actor) ? [] : readRoots(actor));

const mayRecord = (actor: Actor) => actor.grants.some((g) => g.role === 'standing' || g.role === 'village_lead');

export const petitionsAgenda: AgendaSource = {
  keys: ['petitions.due'],
  async groups({ db, actor, today }) {
    const roots = followRoots(actor);
    if (roots.length === 0) return [];
    const where = and(
      inSubtrees(petitions.unitPath, roots),
      notInArray(petitions.status, ['answered', 'closed']),
      lte(petitions.dueDate, addDays(today, PETITION_SOON_DAYS)),
    );
    const [total] = await db.select({ n: sql<number>`count(*)::int` }).from(petitions).where(where);
    const rows = await db
      .select({
        id: petitions.id,
        content: petitions.content,
        dueDate: petitions.dueDate,
        code: petitions.code,
        placeName: units.name,
        placeKind: units.kind,
      })
      .from(petitions)
      .innerJoin(units, eq(units.id, sql`coalesce(${petitions.villageId}, ${petitions.communeId})`))
      .where(where)
      .orderBy(asc(petitions.dueDate), asc(petitions.id))
      .limit(ITEMS_PER_GROUP);
    const items = rows.map((r) => ({
      id: r.id,
      title: excerpt(r.content),
      detail: `${r.code} · ${unitDisplayName({ kind: r.placeKind, name: r.placeName })}`,
      dueDate: r.dueDate,
      state: stateByDate(r.dueDate ?? today, today),
    }));
    return groupOf('petitions.due', items, Number(total?.n ?? 0));
  },
  actions: (actor) => (mayRecord(actor) ? ['petition'] : []),
};
