import { and, asc, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor, Grant } from '../../core/actor';
import type { Queryable } from '../../db/client';
import { inSubtrees } from '../../db/scope-sql';
import { organizations, units } from '../units/schema';
import { loginAttempts, sessions, userRoles, users, type User } from './schema';

const orgCommune = alias(units, 'org_commune');

export type GrantRow = Grant & { unitName: string | null; organizationName: string | null };

/** Roles of these users, each resolved to its unit's path (an organisation's commune for org_lead). */
export async function grantsOf(db: Queryable, userIds: string[]): Promise<Map<string, GrantRow[]>> {
  const out = new Map<string, GrantRow[]>();
  if (userIds.length === 0) return out;
  const rows = await db
    .select({
      userId: userRoles.userId,
      role: userRoles.role,
      unitId: userRoles.unitId,
      organizationId: userRoles.organizationId,
      unitPath: units.path,
      unitLevel: units.level,
      unitName: units.name,
      unitCommuneId: units.communeId,
      orgName: organizations.name,
      orgCommuneId: organizations.communeId,
      orgCommunePath: orgCommune.path,
    })
    .from(userRoles)
    .leftJoin(units, eq(units.id, userRoles.unitId))
    .leftJoin(organizations, eq(organizations.id, userRoles.organizationId))
    .leftJoin(orgCommune, eq(orgCommune.id, organizations.communeId))
    .where(inArray(userRoles.userId, userIds))
    .orderBy(asc(userRoles.role));
  for (const r of rows) {
    const g: GrantRow = {
      role: r.role,
      unitId: r.unitId ?? r.orgCommuneId,
      unitPath: r.unitPath ?? r.orgCommunePath,
      unitLevel: r.unitLevel ?? (r.orgCommuneId ? 'commune' : null),
      communeId: r.unitCommuneId ?? r.orgCommuneId,
      organizationId: r.organizationId,
      unitName: r.unitName,
      organizationName: r.orgName,
    };
    const list = out.get(r.userId) ?? [];
    list.push(g);
    out.set(r.userId, list);
  }
  return out;
}

export async function findActorByTokenHash(db: Queryable, tokenHash: string): Promise<Actor | null> {
  const [row] = await db
    .select({ sessionId: sessions.id, id: users.id, username: users.username, fullName: users.fullName })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, new Date()), isNull(users.disabledAt)))
    .limit(1);
  if (!row) return null;
  const grants = (await grantsOf(db, [row.id])).get(row.id) ?? [];
  return { ...row, grants: grants.map(({ unitName: _u, organizationName: _o, ...g }) => g) };
}

export async function findUserByUsername(db: Queryable, username: string): Promise<User | null> {
  const [row] = await db.select().from(users).where(eq(users.username, username)).limit(1);
  return row ?? null;
}

export async function findUserById(db: Queryable, id: string): Promise<User | null> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row ?? null;
}

export async function countUsers(db: Queryable): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  return Number(row?.n ?? 0);
}

/** Users holding at least one role inside the given subtrees (all users when `all`). */
export async function listUsersInScope(db: Queryable, scope: { all: boolean; roots: string[] }) {
  const inScope = db
    .select({ userId: userRoles.userId })
    .from(userRoles)
    .leftJoin(units, eq(units.id, userRoles.unitId))
    .leftJoin(organizations, eq(organizations.id, userRoles.organizationId))
    .leftJoin(orgCommune, eq(orgCommune.id, organizations.communeId))
    .where(inSubtrees(sql`coalesce(${units.path}, ${orgCommune.path})`, scope.roots));
  const rows = await db
    .select()
    .from(users)
    .where(scope.all ? undefined : inArray(users.id, inScope))
    .orderBy(asc(users.username));
  const grants = await grantsOf(
    db,
    rows.map((u) => u.id),
  );
  return rows.map((u) => ({ user: u, grants: grants.get(u.id) ?? [] }));
}

/** Failed logins in the window, newest last, for a username or an IP. */
export async function recentFailures(db: Queryable, username: string, ip: string, since: Date) {
  const rows = await db
    .select({ username: loginAttempts.username, ip: loginAttempts.ip, at: loginAttempts.at })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.succeeded, false),
        gt(loginAttempts.at, since),
        or(eq(loginAttempts.username, username), eq(loginAttempts.ip, ip)),
      ),
    )
    .orderBy(asc(loginAttempts.at));
  return {
    byUsername: rows.filter((r) => r.username === username).map((r) => r.at),
    byIp: rows.filter((r) => r.ip === ip).map((r) => r.at),
  };
}
