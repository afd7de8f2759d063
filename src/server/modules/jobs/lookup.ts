import type { Actor } from '../../core/actor';
import { notFound } from '../../core/errors';
import type { Queryable } from '../../db/client';
import { findJobInScope } from './store';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The job when the caller asked for it or reads its unit's records (in the WHERE clause); otherwise 404. */
export async function findJobVisibleTo(db: Queryable, actor: Actor, id: string) {
  const job = UUID.test(id) ? await findJobInScope(db, actor, id) : null;
  if (!job) throw notFound('Công việc');
  return job;
}
