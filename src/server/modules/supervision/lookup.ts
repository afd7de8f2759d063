import type { Actor } from '../../core/actor';
import { notFound, unknownReference } from '../../core/errors';
import type { Queryable } from '../../db/client';
import { findUnit } from '../units/queries';
import type { Unit } from '../units/schema';
import { canReadSupervision } from './policy';
import { findRecommendationInScope, findSupervisionInScope } from './queries';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The supervision when its commune lies in the caller's scope (in the WHERE clause); otherwise 404,
 * naming `field` when the id came in a request body.
 */
export async function findSupervisionVisibleTo(db: Queryable, actor: Actor, id: string, field?: string) {
  const found = UUID.test(id) ? await findSupervisionInScope(db, actor, id) : null;
  if (!found) throw field ? unknownReference(field, 'Cuộc giám sát') : notFound('Cuộc giám sát');
  return found;
}

/** A recommendation whose supervision lies in the caller's scope; otherwise 404. */
export async function findRecommendationVisibleTo(db: Queryable, actor: Actor, id: string) {
  const found = UUID.test(id) ? await findRecommendationInScope(db, actor, id) : null;
  if (!found) throw notFound('Kiến nghị');
  return found;
}

/** A commune the caller reads (404 naming `communeId` otherwise). */
export async function findCommuneVisibleTo(db: Queryable, actor: Actor, id: string): Promise<Unit> {
  const commune = await findUnit(db, id);
  if (commune?.level !== 'commune' || !canReadSupervision(actor, commune)) throw unknownReference('communeId', 'Xã');
  return commune;
}
