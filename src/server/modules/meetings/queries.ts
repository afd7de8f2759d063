import { and, asc, desc, eq, gte, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../core/actor';
import { alias } from 'drizzle-orm/pg-core';
import { isAdmin, memberCommuneIds, readRoots } from '../../core/scope';
import type { Queryable } from '../../db/client';
import { inIds, inSubtree, inSubtrees } from '../../db/scope-sql';
import { campaigns, campaignTasks } from '../campaigns/schema';
import { outgoingDocuments } from '../register/schema';
import { organizations, units } from '../units/schema';
import { userRoles, users } from '../users/schema';
import { meetingConclusions, meetingDelegates, meetings, type MeetingType } from './schema';

const village = alias(units, 'meeting_village');
const invitation = alias(outgoingDocuments, 'meeting_invitation_doc');
const minutesDoc = alias(outgoingDocuments, 'meeting_minutes_doc');

const meetingColumns = {
  meeting: meetings,
  communePath: units.path,
  communeName: units.name,
  communeKind: units.kind,
  communeSettings: units.settings,
  villageName: village.name,
  villagePath: village.path,
  invitationNumber: invitation.number,
  invitationDate: invitation.date,
  invitationSigner: invitation.signer,
  minutesNumber: minutesDoc.number,
  minutesDate: minutesDoc.date,
};

function meetingSelect(db: Queryable) {
  return db
    .select(meetingColumns)
    .from(meetings)
    .innerJoin(units, eq(units.id, meetings.communeId))
    .leftJoin(village, eq(village.id, meetings.villageId))
    .leftJoin(invitation, eq(invitation.id, meetings.invitationDocId))
    .leftJoin(minutesDoc, eq(minutesDoc.id, meetings.minutesDocId));
}

export type MeetingRow = NonNullable<Awaited<ReturnType<typeof findMeeting>>>;

/** The meeting row alone, for the modules that refer to a meeting (petitions, consultations, reports); callers check scope. */
export async function findMeetingRow(db: Queryable, id: string) {
  const [row] = await db.select().from(meetings).where(eq(meetings.id, id)).limit(1);
  return row ?? null;
}

/** Any meeting by id with its commune, village and document numbers, regardless of scope: callers decide with policy. */
export async function findMeeting(db: Queryable, id: string) {
  const [row] = await meetingSelect(db).where(eq(meetings.id, id)).limit(1);
  return row ?? null;
}

/** The meeting when its commune lies in the actor's scope (the SQL twin of canReadMeetings); null otherwise. */
export async function findMeetingInScope(db: Queryable, actor: Actor, id: string) {
  const [row] = await meetingSelect(db)
    .where(and(eq(meetings.id, id), readable(actor)))
    .limit(1);
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
  return meetingSelect(db)
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
  return db
    .select({
      conclusion: meetingConclusions,
      taskTitle: campaignTasks.title,
      taskStatus: campaignTasks.status,
      taskDeadline: campaignTasks.deadline,
      taskCampaignId: campaignTasks.campaignId,
      taskCampaignName: campaigns.name,
      taskOwnerOrganizationId: campaignTasks.ownerOrganizationId,
      taskOwnerOrganizationName: organizations.name,
    })
    .from(meetingConclusions)
    .leftJoin(campaignTasks, eq(campaignTasks.id, meetingConclusions.taskId))
    .leftJoin(campaigns, eq(campaigns.id, campaignTasks.campaignId))
    .leftJoin(organizations, eq(organizations.id, campaignTasks.ownerOrganizationId))
    .where(eq(meetingConclusions.meetingId, meetingId))
    .orderBy(asc(meetingConclusions.position));
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

/**
 * Users among these ids who belong with the commune: a role on the commune, one of its villages or
 * organisations, or on a unit above it (a province official invited to the conference). id → full name.
 */
export async function usersOfCommune(db: Queryable, commune: { id: string; path: string }, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const roleUnit = alias(units, 'delegate_role_unit');
  const rows = await db
    .selectDistinct({ id: users.id, fullName: users.fullName })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .leftJoin(roleUnit, eq(roleUnit.id, userRoles.unitId))
    .leftJoin(organizations, eq(organizations.id, userRoles.organizationId))
    .where(
      and(
        inArray(users.id, ids),
        or(
          eq(organizations.communeId, commune.id),
          inSubtree(roleUnit.path, commune.path),
          sql`${commune.path} like ${roleUnit.path} || '%'`,
        ),
      ),
    );
  return new Map(rows.map((r) => [r.id, r.fullName]));
}

/** The meeting row locked for the rest of the transaction: commands check their rules against it. */
export async function lockMeeting(tx: Queryable, id: string) {
  const [row] = await tx.select().from(meetings).where(eq(meetings.id, id)).for('update').limit(1);
  return row ?? null;
}

export async function documentNumber(db: Queryable, id: string): Promise<string | null> {
  const [row] = await db
    .select({ number: outgoingDocuments.number })
    .from(outgoingDocuments)
    .where(eq(outgoingDocuments.id, id))
    .limit(1);
  return row?.number ?? null;
}
