import { and, asc, desc, eq, lt, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { todayVn } from '../../../lib/dates';
import { matchesVi } from '../../../lib/vi-text';
import type { Queryable } from '../../db/client';
import { inSubtrees } from '../../db/scope-sql';
import { meetings } from '../meetings/schema';
import { units } from '../units/schema';
import { users } from '../users/schema';
import { petitionEvents, petitions, type Petition } from './schema';

/** Petitions inside these subtrees; null = no restriction (admin). */
const scopeOf = (roots: string[] | null) => (roots === null ? undefined : inSubtrees(petitions.unitPath, roots));

const village = alias(units, 'petition_village');

/** Meetings of a commune, newest first: the pickers "raised at" and "read back at". */
export async function communeMeetings(db: Queryable, communeId: string) {
  return db
    .select({ id: meetings.id, title: meetings.title, date: meetings.date, type: meetings.type })
    .from(meetings)
    .where(eq(meetings.communeId, communeId))
    .orderBy(desc(meetings.date))
    .limit(200);
}

/** Villages of a commune (the portal form's select). */
export async function communeVillages(db: Queryable, communeId: string) {
  return db
    .select({ id: units.id, name: units.name, kind: units.kind, path: units.path })
    .from(units)
    .where(and(eq(units.parentId, communeId), eq(units.level, 'village')))
    .orderBy(asc(units.name));
}

export async function findPetition(db: Queryable, id: string) {
  const [row] = await db
    .select({ petition: petitions, communePath: units.path, communeName: units.name, communeKind: units.kind })
    .from(petitions)
    .innerJoin(units, eq(units.id, petitions.communeId))
    .where(eq(petitions.id, id))
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

const rowColumns = { petition: petitions, villageName: village.name, meetingTitle: meetings.title };

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
      .leftJoin(village, eq(village.id, petitions.villageId))
      .leftJoin(meetings, eq(meetings.id, petitions.meetingId))
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
    return { rows: all.slice(offset, offset + f.pageSize), total: all.length };
  }
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(petitions).where(where);
  const rows = await base().limit(f.pageSize).offset(offset);
  return { rows, total: Number(count?.n ?? 0) };
}

/** One petition with its village and meetings' titles, for the detail and the responses. */
export async function petitionRow(db: Queryable, id: string) {
  const closing = alias(meetings, 'closing_meeting');
  const [row] = await db
    .select({ ...rowColumns, closedMeetingTitle: closing.title })
    .from(petitions)
    .leftJoin(village, eq(village.id, petitions.villageId))
    .leftJoin(meetings, eq(meetings.id, petitions.meetingId))
    .leftJoin(closing, eq(closing.id, petitions.closedMeetingId))
    .where(eq(petitions.id, id))
    .limit(1);
  return row ?? null;
}

/** Every step of a petition in order, with who did it and at which meeting. */
export async function petitionHistory(db: Queryable, petitionId: string) {
  return db
    .select({
      event: petitionEvents,
      actorName: users.fullName,
      meetingTitle: meetings.title,
      meetingDate: meetings.date,
    })
    .from(petitionEvents)
    .leftJoin(users, eq(users.id, petitionEvents.actorId))
    .leftJoin(meetings, eq(meetings.id, petitionEvents.meetingId))
    .where(eq(petitionEvents.petitionId, petitionId))
    .orderBy(asc(petitionEvents.at), asc(petitionEvents.date));
}

/** The rows the synthesis lists: a commune's petitions received in a period, inside the reader's scope. */
export async function synthesisRows(
  db: Queryable,
  communeId: string,
  roots: string[] | null,
  from: string,
  to: string,
) {
  return db
    .select({ petition: petitions, villageName: village.name, meetingTitle: meetings.title })
    .from(petitions)
    .leftJoin(village, eq(village.id, petitions.villageId))
    .leftJoin(meetings, eq(meetings.id, petitions.meetingId))
    .where(
      and(
        eq(petitions.communeId, communeId),
        scopeOf(roots),
        sql`${petitions.receivedAt} >= ${from}`,
        sql`${petitions.receivedAt} <= ${to}`,
      ),
    )
    .orderBy(asc(petitions.receivedAt), asc(petitions.createdAt));
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
