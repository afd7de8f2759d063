import { and, asc, desc, eq, lt, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { todayVn } from '../../../lib/dates';
import { matchesVi } from '../../../lib/vi-text';
import type { Queryable } from '../../db/client';
import { inSubtrees } from '../../db/scope-sql';
import { meetingsOfCommune, meetingTitles } from '../meetings/queries';
import { unitRefs as units } from '../units/refs';
import { userNames } from '../users/queries';
import { petitionEvents, petitions, type Petition } from './schema';

/** Petitions inside these subtrees; null = no restriction (admin). */
const scopeOf = (roots: string[] | null) => (roots === null ? undefined : inSubtrees(petitions.unitPath, roots));

const village = alias(units, 'petition_village');

/** Meetings of a commune, newest first: the pickers "raised at" and "read back at". */
export const communeMeetings = (db: Queryable, communeId: string) => meetingsOfCommune(db, communeId);

/** Each row with the title of the meeting it was raised at (and read back at), from the meetings module. */
async function withMeetingTitles<T extends { petition: Petition }>(db: Queryable, rows: T[]) {
  const titles = await meetingTitles(
    db,
    rows.flatMap((r) => [r.petition.meetingId, r.petition.closedMeetingId]),
  );
  const titleOf = (id: string | null) => (id ? (titles.get(id)?.title ?? null) : null);
  return rows.map((r) => ({
    ...r,
    meetingTitle: titleOf(r.petition.meetingId),
    closedMeetingTitle: titleOf(r.petition.closedMeetingId),
  }));
}

/** Villages of a commune (the portal form's select). */
export async function communeVillages(db: Queryable, communeId: string) {
  return db
    .select({ id: units.id, name: units.name, kind: units.kind, path: units.path })
    .from(units)
    .where(and(eq(units.parentId, communeId), eq(units.level, 'village')))
    .orderBy(asc(units.name));
}

/** A petition inside these subtrees (null = everywhere, admin): the scope is in the WHERE clause. */
export async function findPetitionInScope(db: Queryable, roots: string[] | null, id: string) {
  const [row] = await db
    .select({ petition: petitions, communePath: units.path, communeName: units.name, communeKind: units.kind })
    .from(petitions)
    .innerJoin(units, eq(units.id, petitions.communeId))
    .where(and(eq(petitions.id, id), scopeOf(roots)))
    .limit(1);
  return row ?? null;
}

export async function findPetitionByCode(db: Queryable, code: string) {
  const [row] = await db
    .select({
      petition: petitions,
      communeId: units.id,
      communeName: units.name,
      communeKind: units.kind,
      villageName: village.name,
    })
    .from(petitions)
    .innerJoin(units, eq(units.id, petitions.communeId))
    .leftJoin(village, eq(village.id, petitions.villageId))
    .where(eq(petitions.code, code))
    .limit(1);
  return row ?? null;
}

export async function codeExists(db: Queryable, code: string): Promise<boolean> {
  const [row] = await db.select({ id: petitions.id }).from(petitions).where(eq(petitions.code, code)).limit(1);
  return Boolean(row);
}

/** Not answered by its due date: due before today and still received or forwarded. */
export const overdueSql = (today: string): SQL =>
  and(lt(petitions.dueDate, today), notInArray(petitions.status, ['answered', 'closed'])) ?? sql`false`;

export type ListFilter = {
  communeId?: string;
  status?: Petition['status'];
  field?: Petition['field'];
  agency?: Petition['agency'];
  villageId?: string;
  meetingId?: string;
  overdue?: boolean;
  q?: string;
  page: number;
  pageSize: number;
};

const rowColumns = { petition: petitions, villageName: village.name, communePath: units.path };

/**
 * Petitions the reader may see, newest first, filtered and paged. The text search ignores diacritics
 * ("duong" finds "đường"); it runs over the already filtered rows of the reader's scope.
 */
export async function listPetitions(db: Queryable, roots: string[] | null, f: ListFilter) {
  const where = and(
    scopeOf(roots),
    f.communeId ? eq(petitions.communeId, f.communeId) : undefined,
    f.status ? eq(petitions.status, f.status) : undefined,
    f.field ? eq(petitions.field, f.field) : undefined,
    f.agency ? eq(petitions.agency, f.agency) : undefined,
    f.villageId ? eq(petitions.villageId, f.villageId) : undefined,
    f.meetingId ? or(eq(petitions.meetingId, f.meetingId), eq(petitions.closedMeetingId, f.meetingId)) : undefined,
    f.overdue ? overdueSql(todayVn()) : undefined,
  );
  const base = () =>
    db
      .select(rowColumns)
      .from(petitions)
      .innerJoin(units, eq(units.id, petitions.communeId))
      .leftJoin(village, eq(village.id, petitions.villageId))
      .where(where)
      .orderBy(desc(petitions.receivedAt), desc(petitions.createdAt), asc(petitions.id));
  const offset = (f.page - 1) * f.pageSize;
  if (f.q) {
    const q = f.q;
    const all = (await base()).filter((r) =>
      [
        r.petition.content,
        r.petition.code,
        r.petition.answer ?? '',
        r.petition.agencyName ?? '',
        r.villageName ?? '',
      ].some((t) => matchesVi(t, q)),
    );
    return { rows: await withMeetingTitles(db, all.slice(offset, offset + f.pageSize)), total: all.length };
  }
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(petitions).where(where);
  const rows = await base().limit(f.pageSize).offset(offset);
  return { rows: await withMeetingTitles(db, rows), total: Number(count?.n ?? 0) };
}

/** One petition with its commune path, village and meetings' titles, for the detail and the responses. */
export async function petitionRow(db: Queryable, id: string) {
  const rows = await db
    .select(rowColumns)
    .from(petitions)
    .innerJoin(units, eq(units.id, petitions.communeId))
    .leftJoin(village, eq(village.id, petitions.villageId))
    .where(eq(petitions.id, id))
    .limit(1);
  const [row] = await withMeetingTitles(db, rows);
  return row ?? null;
}

/** Every step of a petition in order, with who did it (users module) and at which meeting (meetings module). */
export async function petitionHistory(db: Queryable, petitionId: string) {
  const events = await db
    .select()
    .from(petitionEvents)
    .where(eq(petitionEvents.petitionId, petitionId))
    .orderBy(asc(petitionEvents.at), asc(petitionEvents.date));
  const names = await userNames(
    db,
    events.map((e) => e.actorId),
  );
  const mts = await meetingTitles(
    db,
    events.map((e) => e.meetingId),
  );
  return events.map((event) => {
    const m = event.meetingId ? mts.get(event.meetingId) : undefined;
    return {
      event,
      actorName: event.actorId ? (names.get(event.actorId) ?? null) : null,
      meetingTitle: m?.title ?? null,
      meetingDate: m?.date ?? null,
    };
  });
}

/** The rows the synthesis lists: a commune's petitions received in a period, inside the reader's scope. */
export async function synthesisRows(
  db: Queryable,
  communeId: string,
  roots: string[] | null,
  from: string,
  to: string,
) {
  const rows = await db
    .select({ petition: petitions, villageName: village.name })
    .from(petitions)
    .leftJoin(village, eq(village.id, petitions.villageId))
    .where(
      and(
        eq(petitions.communeId, communeId),
        scopeOf(roots),
        sql`${petitions.receivedAt} >= ${from}`,
        sql`${petitions.receivedAt} <= ${to}`,
      ),
    )
    .orderBy(asc(petitions.receivedAt), asc(petitions.createdAt));
  return withMeetingTitles(db, rows);
}

/** The columns the figures need, for petitions received in a period inside some subtrees. */
export async function figureRows(db: Queryable, paths: string[] | null, from: string, to: string, communeId?: string) {
  return db
    .select({
      field: petitions.field,
      agency: petitions.agency,
      status: petitions.status,
      source: petitions.source,
      dueDate: petitions.dueDate,
      forwardedAt: petitions.forwardedAt,
      answeredAt: petitions.answeredAt,
      closedAt: petitions.closedAt,
    })
    .from(petitions)
    .where(
      and(
        scopeOf(paths),
        communeId ? eq(petitions.communeId, communeId) : undefined,
        sql`${petitions.receivedAt} >= ${from}`,
        sql`${petitions.receivedAt} <= ${to}`,
      ),
    );
}
