import { and, asc, eq, gt, inArray, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor, Grant } from '../../core/actor';
import { forbidden, notFound } from '../../core/errors';
import { isAdmin, manageRoots } from '../../core/scope';
import { namedQuery, type Queryable } from '../../db/client';
import { inSubtrees } from '../../db/scope-sql';
import { organizationRefs, unitRefs } from '../units/refs';
import { canListUsers, canSeeUser } from './policy';
import { loginAttempts, userRoles, users, type User } from './schema';

const orgCommune = alias(unitRefs, 'org_commune');

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
      branchId: userRoles.branchId,
      unitPath: unitRefs.path,
      unitLevel: unitRefs.level,
      unitName: unitRefs.name,
      unitCommuneId: unitRefs.communeId,
      orgName: organizationRefs.name,
      orgCommuneId: organizationRefs.communeId,
      orgCommunePath: orgCommune.path,
    })
    .from(userRoles)
    .leftJoin(unitRefs, eq(unitRefs.id, userRoles.unitId))
    .leftJoin(organizationRefs, eq(organizationRefs.id, userRoles.organizationId))
    .leftJoin(orgCommune, eq(orgCommune.id, organizationRefs.communeId))
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
      branchId: r.branchId,
      unitName: r.unitName,
      organizationName: r.orgName,
    };
    const list = out.get(r.userId) ?? [];
    list.push(g);
    out.set(r.userId, list);
  }
  return out;
}

/** The user's columns and roles (each resolved to its unit path) as an Actor row; `u` is the users row. */
const ACTOR_COLUMNS = `u.id, u.username, u.full_name,
      coalesce(json_agg(json_build_object(
        'role', r.role,
        'unitId', coalesce(r.unit_id, o.commune_id),
        'unitPath', coalesce(un.path, oc.path),
        'unitLevel', coalesce(un.level, case when o.id is not null then 'commune' end),
        'communeId', coalesce(un.commune_id, o.commune_id),
        'organizationId', r.organization_id,
        'branchId', r.branch_id
      )) filter (where r.id is not null), '[]') as grants,
      (select coalesce(json_agg(json_build_object(
         'role', 'viewer', 'unitId', p.id, 'unitPath', p.path, 'unitLevel', p.level,
         'communeId', p.commune_id, 'organizationId', null)), '[]')
         from user_roles r2 join units p on p.successor_id = r2.unit_id
        where r2.user_id = u.id) as inherited`;
const ACTOR_JOINS = `
    left join user_roles r on r.user_id = u.id
    left join units un on un.id = r.unit_id
    left join organizations o on o.id = r.organization_id
    left join units oc on oc.id = o.commune_id`;

/**
 * The caller behind a session token, with every role resolved to its unit path, in ONE round trip:
 * this runs on every request.
 */
const ACTOR_BY_TOKEN_HASH = `
    select s.id as session_id, ${ACTOR_COLUMNS}
    from sessions s
    join users u on u.id = s.user_id${ACTOR_JOINS}
    where s.token_hash = $1 and s.expires_at > now() and u.disabled_at is null
    group by s.id, u.id`;

const ACTOR_BY_ID = `
    select null as session_id, ${ACTOR_COLUMNS}
    from users u${ACTOR_JOINS}
    where u.id = $1 and u.disabled_at is null
    group by u.id`;

type ActorRow = {
  session_id: string | null;
  id: string;
  username: string;
  full_name: string;
  grants: Grant[] | string;
  inherited: Grant[] | string;
};

function actorOfRow(row: ActorRow): Actor {
  const json = (v: Grant[] | string) => (typeof v === 'string' ? (JSON.parse(v) as Grant[]) : v);
  // A unit merged into one of the user's units (units.successor_id) is read as its viewer: its records are history.
  const grants = [...json(row.grants), ...json(row.inherited)];
  return { id: row.id, username: row.username, fullName: row.full_name, sessionId: row.session_id, grants };
}

/**
 * The caller behind a session token, with every role resolved to its unit path, in ONE round trip:
 * this runs on every request, against the current rows (a disabled user or ended session is refused
 * at once), as a named prepared statement (planned once per connection, not per request).
 */
export async function findActorByTokenHash(db: Queryable, tokenHash: string): Promise<Actor | null> {
  const [row] = await namedQuery<ActorRow>(db, 'actor_by_token_hash', ACTOR_BY_TOKEN_HASH, [tokenHash]);
  return row ? actorOfRow(row) : null;
}

/**
 * A user acting without a session, with the roles they hold now (null once disabled): a job runs as the person
 * who asked for it, under their current scope.
 */
export async function findActorById(db: Queryable, userId: string): Promise<Actor | null> {
  const [row] = await namedQuery<ActorRow>(db, 'actor_by_id', ACTOR_BY_ID, [userId]);
  return row ? actorOfRow(row) : null;
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

/** SQL: the user holds at least one role inside these subtrees (an org_lead's role sits at its commune). */
export function holdsRoleIn(db: Queryable, roots: string[]) {
  const holders = db
    .select({ userId: userRoles.userId })
    .from(userRoles)
    .leftJoin(unitRefs, eq(unitRefs.id, userRoles.unitId))
    .leftJoin(organizationRefs, eq(organizationRefs.id, userRoles.organizationId))
    .leftJoin(orgCommune, eq(orgCommune.id, organizationRefs.communeId))
    .where(inSubtrees(sql`coalesce(${unitRefs.path}, ${orgCommune.path})`, roots));
  return inArray(users.id, holders);
}

/** Users holding at least one role inside the given subtrees (all users when `all`). */
export async function listUsersInScope(db: Queryable, scope: { all: boolean; roots: string[] }) {
  const rows = await db
    .select()
    .from(users)
    .where(scope.all ? undefined : holdsRoleIn(db, scope.roots))
    .orderBy(asc(users.username));
  const grants = await grantsOf(
    db,
    rows.map((u) => u.id),
  );
  return rows.map((u) => ({ user: u, grants: grants.get(u.id) ?? [] }));
}

/** Failed logins in the window, newest last, for a username or an IP. */
/** The login attempts from one address since `since`, oldest first (throttling counts them). */
export async function recentAttemptsFrom(db: Queryable, ip: string, since: Date) {
  return db
    .select({ username: loginAttempts.username, succeeded: loginAttempts.succeeded, at: loginAttempts.at })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.ip, ip), gt(loginAttempts.at, since)))
    .orderBy(asc(loginAttempts.at), asc(loginAttempts.id));
}

/** A user with their roles, for presenting after a change. */
export async function userWithGrants(db: Queryable, id: string) {
  const user = await findUserById(db, id);
  if (!user) throw notFound('Người dùng');
  return { user, grants: (await grantsOf(db, [id])).get(id) ?? [] };
}

/** The users the actor administers: a role inside their subtrees (in SQL), then the policy on the roles. */
export async function listUsersVisibleTo(db: Queryable, actor: Actor) {
  if (!canListUsers(actor)) throw forbidden();
  const rows = await listUsersInScope(db, { all: isAdmin(actor), roots: manageRoots(actor).map((m) => m.root) });
  return rows.filter((r) => canSeeUser(actor, r.grants));
}

/** Full names of these users (id → name), for histories that say who took each step. */
export async function userNames(db: Queryable, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (wanted.length === 0) return new Map();
  const rows = await db.select({ id: users.id, fullName: users.fullName }).from(users).where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.fullName]));
}

/**
 * Users among these ids who belong with a commune: a role on the commune, one of its villages or
 * organisations, or on a unit above it (a province official invited to the conference). id → full name.
 */
export async function usersOfCommune(db: Queryable, commune: { id: string; path: string }, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const roleUnit = alias(unitRefs, 'delegate_role_unit');
  const rows = await db
    .selectDistinct({ id: users.id, fullName: users.fullName })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .leftJoin(roleUnit, eq(roleUnit.id, userRoles.unitId))
    .leftJoin(organizationRefs, eq(organizationRefs.id, userRoles.organizationId))
    .where(
      and(
        inArray(users.id, ids),
        or(
          eq(organizationRefs.communeId, commune.id),
          inSubtrees(roleUnit.path, [commune.path]),
          sql`${commune.path} like ${roleUnit.path} || '%'`,
        ),
      ),
    );
  return new Map(rows.map((r) => [r.id, r.fullName]));
}

/**
 * The e-mail addresses of the people who answer for each unit (a village's head, a commune's standing committee, an
 * organisation's head — not a branch head's), active accounts only: where a unit's reminder goes. Unit id → addresses.
 */
export async function reminderAddresses(
  db: Queryable,
  units: { id: string; kind: 'commune' | 'village' | 'organization' }[],
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  const unitIds = units.filter((u) => u.kind !== 'organization').map((u) => u.id);
  const orgIds = units.filter((u) => u.kind === 'organization').map((u) => u.id);
  if (unitIds.length === 0 && orgIds.length === 0) return out;
  const rows = await db
    .selectDistinct({
      unitId: userRoles.unitId,
      organizationId: userRoles.organizationId,
      role: userRoles.role,
      email: users.email,
    })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .where(
      and(
        sql`${users.email} is not null`,
        sql`${users.disabledAt} is null`,
        or(
          unitIds.length > 0
            ? and(inArray(userRoles.unitId, unitIds), inArray(userRoles.role, ['standing', 'village_lead']))
            : undefined,
          orgIds.length > 0
            ? and(
                inArray(userRoles.organizationId, orgIds),
                eq(userRoles.role, 'org_lead'),
                sql`${userRoles.branchId} is null`,
              )
            : undefined,
        ),
      ),
    );
  const kindOf = new Map(units.map((u) => [u.id, u.kind]));
  for (const r of rows) {
    const id = r.organizationId ?? r.unitId;
    if (!id || !r.email) continue;
    // A commune's standing committee answers for the commune, a village head for the village.
    const kind = kindOf.get(id);
    if (kind === 'commune' && r.role !== 'standing') continue;
    if (kind === 'village' && r.role !== 'village_lead') continue;
    const list = out.get(id) ?? [];
    if (!list.includes(r.email)) list.push(r.email);
    out.set(id, list);
  }
  return out;
}
