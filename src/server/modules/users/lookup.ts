import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/actor';
import { notFound } from '../../core/errors';
import { isAdmin, manageRoots } from '../../core/scope';
import type { Queryable } from '../../db/client';
import { canSeeUser } from './policy';
import { grantsOf, holdsRoleIn } from './queries';
import { users } from './schema';

/**
 * A user the actor may see, with their roles, or 404. The WHERE clause keeps users holding a role inside a subtree
 * the actor administers; the policy then decides on the roles themselves (only upper units see upper units).
 */
export async function findUserVisibleTo(db: Queryable, actor: Actor, id: string) {
  const inScope = isAdmin(actor)
    ? undefined
    : holdsRoleIn(
        db,
        manageRoots(actor).map((m) => m.root),
      );
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, id), inScope))
    .limit(1);
  const grants = user ? ((await grantsOf(db, [id])).get(id) ?? []) : [];
  if (!user || !canSeeUser(actor, grants)) throw notFound('Người dùng');
  return { user, grants };
}
