import type { Actor } from '../../core/actor';
import { notFound, unknownReference } from '../../core/errors';
import type { Queryable } from '../../db/client';
import { canManageSupervision, canReadSupervision } from './policy';
import { findRecommendation, findSupervision } from './queries';

/** The supervision when the actor may read its commune; otherwise 404 (naming the field when it is a reference). */
export async function supervisionOr404(db: Queryable, actor: Actor, id: string, field?: string) {
  const found = await findSupervision(db, id);
  if (!found || !canReadSupervision(actor, found.commune)) {
    if (field) throw unknownReference(field, 'Cuộc giám sát');
    throw notFound('Cuộc giám sát');
  }
  return { ...found, canManage: canManageSupervision(actor, found.commune) };
}

export async function recommendationOr404(db: Queryable, actor: Actor, id: string) {
  const found = await findRecommendation(db, id);
  const commune = found && { id: found.recommendation.communeId, path: found.communePath };
  if (!found || !commune || !canReadSupervision(actor, commune)) throw notFound('Kiến nghị');
  return { ...found, canManage: canManageSupervision(actor, commune) };
}
