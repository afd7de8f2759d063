import { and, asc, desc, eq, gte, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '../../core/actor';
import { isAdmin, memberCommuneIds, readRoots } from '../../core/scope';
import type { Queryable } from '../../db/client';
import { inIds, inSubtrees } from '../../db/scope-sql';
import { taskSummaries } from '../campaigns/queries';
import { issuedDocumentsByIds } from '../register/figures';
import { organizationRefs as organizations, unitRefs as units } from '../units/refs';
import { meetingConclusions, meetingDelegates, meetings, type MeetingType } from './schema';

const village = alias(units, 'meeting_village');

const meetingColumns = {
  meeting: meetings,
  communePath: units.path,
  communeName: units.name,
  communeKind: units.kind,
  communeSettings: units.settings,
  villageName: village.name,
  villagePath: village.path,
};

function meetingSelect(db: Queryable) {
  return db
    .select(meetingColumns)
    .from(meetings)
    .innerJoin(units, eq(units.id, meetings.communeId))
    .leftJoin(village, eq(village.id, meetings.villageId));
}

type MeetingBase = Awaited<ReturnType<ReturnType<typeof meetingSelect>['execute']>>[number];

/** The numbers, dates and signer of the invitation and the minutes, from the register. */
async function withDocuments(db: Queryable, rows: MeetingBase[]) {
  const docs = await issuedDocumentsByIds(
    db,
    rows.flatMap((r) => [r.meeting.invitationDocId, r.meeting.minutesDocId]),
  );
  return rows.map((r) => {
    const invitation = r.meeting.invitationDocId ? docs.get(r.meeting.invitationDocId) : undefined;
    const minutes = r.meeting.minutesDocId ? docs.get(r.meeting.minutesDocId) : undefined;
    return {
      ...r,
      invitationNumber: invitation?.number ?? null,
      invitationDate: invitation?.date ?? null,
      invitationSigner: invitation?.signer ?? null,
      minutesNumber: minutes?.number ?? null,
      minutesDate: minutes?.date ?? null,
    };
  });
}

export type MeetingRow = Awaited<ReturnType<typeof withDocuments>>[number];

/**
 * The meeting row alone, for the modules that refer to a meeting (petitions, consultations, reports); callers check
 * scope.
 */
export async function findMeetingRow(db: Queryable, id: string) {
  const [row] = await db.select().from(meetings).where(eq(meetings.id, id)).limit(1);
  return row ?? null;
}

/**
 * Any meeting by id with its commune, village and document numbers, regardless of scope: callers decide with policy.
 */
export async function findMeeting(db: Queryable, id: string): Promise<MeetingRow | null> {
  const [row] = await withDocuments(db, await meetingSelect(db).where(eq(meetings.id, id)).limit(1));
  return row ?? null;
}

/** The meeting when its commune lies in the actor's scope (the SQL twin of canReadMeetings); null otherwise. */
export async function findMeetingInScope(db: Queryable, actor: Actor, id: string): Promise<MeetingRow | null> {
  const rows = await meetingSelect(db)
    .where(and(eq(meetings.id, id), readable(actor)))
    .limit(1);
  const [row] = await withDocuments(db, rows);
  return row ?? null;
}

/** The SQL form of canReadCommune for a meeting whose commune is joined as `units`. */
function readable(actor: Actor): SQL | undefined {
  if (isAdmin(actor)) return undefined;
  return or(inSubtrees(units.path, readRoots(actor)), inIds(meetings.communeId, memberCommuneIds(actor)));
}

export type MeetingFilter = { communeId?: string; type?: MeetingType; from?: string; to?: string; status?: string };

/** Meetings of the communes the actor reads or works in, newest first. */
export async function listMeetings(db: Queryable, actor: Actor, f: MeetingFilter): Promise<MeetingRow[]> {
  const rows = await meetingSelect(db)
    .where(
      and(
        readable(actor),
        f.communeId ? eq(meetings.communeId, f.communeId) : undefined,
        f.type ? eq(meetings.type, f.type) : undefined,
        f.from ? gte(meetings.date, f.from) : undefined,
        f.to ? lte(meetings.date, f.to) : undefined,
        f.status ? sql`${meetings.status} = ${f.status}` : undefined,
      ),
    )
    .orderBy(desc(meetings.date), desc(meetings.startTime), asc(meetings.title))
    .limit(500);
  return withDocuments(db, rows);
}

export async function delegatesOf(db: Queryable, meetingId: string) {
  return db
    .select()
    .from(meetingDelegates)
    .where(eq(meetingDelegates.meetingId, meetingId))
    .orderBy(asc(meetingDelegates.position));
}

/** Delegate counts per meeting for the list (invited, attended). */
export async function delegateCounts(db: Queryable, meetingIds: string[]) {
  if (meetingIds.length === 0) return new Map<string, { invited: number; attended: number }>();
  const rows = await db
    .select({
      meetingId: meetingDelegates.meetingId,
      invited: sql<number>`count(*)::int`,
      attended: sql<number>`count(*) filter (where ${meetingDelegates.attended})::int`,
    })
    .from(meetingDelegates)
    .where(inArray(meetingDelegates.meetingId, meetingIds))
    .groupBy(meetingDelegates.meetingId);
  return new Map(rows.map((r) => [r.meetingId, { invited: Number(r.invited), attended: Number(r.attended) }]));
}

export type ConclusionRow = Awaited<ReturnType<typeof conclusionsOf>>[number];

/** Conclusions with the task each became (its campaign, owner organisation, deadline and status). */
export async function conclusionsOf(db: Queryable, meetingId: string) {
  const rows = await db
    .select()
    .from(meetingConclusions)
    .where(eq(meetingConclusions.meetingId, meetingId))
    .orderBy(asc(meetingConclusions.position));
  const tasks = await taskSummaries(
    db,
    rows.map((r) => r.taskId),
  );
  return rows.map((conclusion) => {
    const t = conclusion.taskId ? tasks.get(conclusion.taskId) : undefined;
    return {
      conclusion,
      taskTitle: t?.title ?? null,
      taskStatus: t?.status ?? null,
      taskDeadline: t?.deadline ?? null,
      taskCampaignId: t?.campaignId ?? null,
      taskCampaignName: t?.campaignName ?? null,
      taskOwnerOrganizationId: t?.ownerOrganizationId ?? null,
      taskOwnerOrganizationName: t?.ownerOrganizationName ?? null,
    };
  });
}

export async function findConclusion(db: Queryable, meetingId: string, id: string) {
  const [row] = await db
    .select()
    .from(meetingConclusions)
    .where(and(eq(meetingConclusions.id, id), eq(meetingConclusions.meetingId, meetingId)))
    .limit(1);
  return row ?? null;
}

/** Organisations of a commune among these ids (id → name, active). */
export async function organizationsOfCommune(db: Queryable, communeId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, { name: string; active: boolean }>();
  const rows = await db
    .select({ id: organizations.id, name: organizations.name, active: organizations.active })
    .from(organizations)
    .where(and(eq(organizations.communeId, communeId), inArray(organizations.id, ids)));
  return new Map(rows.map((r) => [r.id, { name: r.name, active: r.active }]));
}

/** The meeting row locked for the rest of the transaction: commands check their rules against it. */
export async function lockMeeting(tx: Queryable, id: string) {
  const [row] = await tx.select().from(meetings).where(eq(meetings.id, id)).for('update').limit(1);
  return row ?? null;
}

export async function documentNumber(db: Queryable, id: string): Promise<string | null> {
  return (await issuedDocumentsByIds(db, [id])).get(id)?.number ?? null;
}

/* ---------- For other modules (petitions, consultations): they read meetings only through these ---------- */

/**
 * Meetings of a commune, newest first (consultation conferences first when `consultationFirst`): the
 * pickers "raised at", "read back at" and "comment of the conference".
 */
export async function meetingsOfCommune(db: Queryable, communeId: string, opts: { consultationFirst?: boolean } = {}) {
  return db
    .select({ id: meetings.id, title: meetings.title, date: meetings.date, type: meetings.type })
    .from(meetings)
    .where(eq(meetings.communeId, communeId))
    .orderBy(...(opts.consultationFirst ? [sql`(${meetings.type} = 'consultation') desc`] : []), desc(meetings.date))
    .limit(200);
}

/** Title and date of the meetings among these ids (id → …), for lists that name the meeting of each row. */
export async function meetingTitles(db: Queryable, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (wanted.length === 0) return new Map<string, { title: string; date: string }>();
  const rows = await db
    .select({ id: meetings.id, title: meetings.title, date: meetings.date })
    .from(meetings)
    .where(inArray(meetings.id, wanted));
  return new Map(rows.map((r) => [r.id, { title: r.title, date: r.date }]));
}
