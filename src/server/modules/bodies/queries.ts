import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Actor } from '../../core/actor';
import type { Queryable } from '../../db/client';
import { canReadBody } from './policy';
import { bodies, bodyAttendance, bodyMembers, bodySessions, type Body, type BodyKind, type BodyMember } from './schema';

/** Reads of the front's bodies. A commune holds a few dozen bodies at most: scope is checked on the rows read. */
export async function findBody(db: Queryable, id: string): Promise<Body | null> {
  const [row] = await db.select().from(bodies).where(eq(bodies.id, id)).limit(1);
  return row ?? null;
}

export async function visibleBody(db: Queryable, actor: Actor, id: string): Promise<Body | null> {
  const body = await findBody(db, id);
  return body && canReadBody(actor, body) ? body : null;
}

/** The bodies of one commune (those of its villages included), sitting ones unless `includeEnded`. */
export async function bodiesOfCommune(
  db: Queryable,
  actor: Actor,
  communeId: string,
  f: { kind?: BodyKind; includeEnded?: boolean; unitPath?: string },
) {
  const rows = await db
    .select()
    .from(bodies)
    .where(
      and(
        eq(bodies.communeId, communeId),
        f.kind ? eq(bodies.kind, f.kind) : undefined,
        f.includeEnded ? undefined : isNull(bodies.endedOn),
        f.unitPath ? sql`${bodies.unitPath} like ${`${f.unitPath}%`}` : undefined,
      ),
    )
    .orderBy(asc(bodies.kind), asc(bodies.unitPath), sql`${bodies.termFrom} desc`);
  return rows.filter((b) => canReadBody(actor, b));
}

/** Seats of these bodies, sitting first by position order, then those who left. */
export async function seatsOf(db: Queryable, bodyIds: string[]): Promise<BodyMember[]> {
  if (bodyIds.length === 0) return [];
  return db
    .select()
    .from(bodyMembers)
    .where(inArray(bodyMembers.bodyId, bodyIds))
    .orderBy(
      sql`${bodyMembers.untilDate} is not null`,
      sql`array_position(array['chair','head','vice_chair','deputy_head','standing_member','member'], ${bodyMembers.position})`,
      asc(bodyMembers.createdAt),
    );
}

export async function sittingSeats(db: Queryable, bodyId: string): Promise<BodyMember[]> {
  return db
    .select()
    .from(bodyMembers)
    .where(and(eq(bodyMembers.bodyId, bodyId), isNull(bodyMembers.untilDate)))
    .orderBy(asc(bodyMembers.createdAt));
}

export async function findSeat(db: Queryable, id: string): Promise<BodyMember | null> {
  const [row] = await db.select().from(bodyMembers).where(eq(bodyMembers.id, id)).limit(1);
  return row ?? null;
}

/** A body's sessions, newest first, with who was there. */
export async function sessionsOf(db: Queryable, bodyId: string) {
  const sessions = await db
    .select()
    .from(bodySessions)
    .where(eq(bodySessions.bodyId, bodyId))
    .orderBy(sql`${bodySessions.heldOn} desc`);
  if (sessions.length === 0) return [];
  const marks = await db
    .select({
      sessionId: bodyAttendance.sessionId,
      memberId: bodyAttendance.memberId,
      present: bodyAttendance.present,
      reason: bodyAttendance.reason,
      fullName: bodyMembers.fullName,
    })
    .from(bodyAttendance)
    .innerJoin(bodyMembers, eq(bodyMembers.id, bodyAttendance.memberId))
    .where(
      inArray(
        bodyAttendance.sessionId,
        sessions.map((s) => s.id),
      ),
    )
    .orderBy(asc(bodyMembers.createdAt));
  return sessions.map((s) => ({ session: s, marks: marks.filter((m) => m.sessionId === s.id) }));
}
