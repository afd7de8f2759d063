import type { Actor } from '../../core/actor';
import { unknownReference } from '../../core/errors';
import { canReadCommune, memberCommuneIds } from '../../core/scope';
import type { Queryable } from '../../db/client';
import { canReadUnit } from '../units/policy';
import { findOrganization, findUnit } from '../units/queries';
import { canReadIndicator } from './policy';
import { findIndicator } from './queries';

/** Lookups that answer 404 naming the field when the id is unknown or outside the caller's reach. */
export async function readableUnitOr404(db: Queryable, actor: Actor, id: string, field: string) {
  const unit = await findUnit(db, id);
  if (!unit || !canReadUnit(actor, unit)) throw unknownReference(field, 'Đơn vị');
  return unit;
}

/** Units of the caller's own commune count as known, so a wrong village is a 403, not a 404. */
export async function communeUnitOr404(db: Queryable, actor: Actor, id: string, field: string) {
  const unit = await findUnit(db, id);
  if (
    !unit ||
    !(canReadUnit(actor, unit) || (unit.communeId !== null && memberCommuneIds(actor).includes(unit.communeId)))
  ) {
    throw unknownReference(field, 'Đơn vị');
  }
  return unit;
}

export async function readableIndicatorOr404(db: Queryable, actor: Actor, id: string, field = 'indicatorId') {
  const ind = await findIndicator(db, id);
  if (!ind || !canReadIndicator(actor, ind)) throw unknownReference(field, 'Chỉ tiêu');
  return ind;
}

export async function organizationOr404(db: Queryable, actor: Actor, id: string, field = 'organizationId') {
  const found = await findOrganization(db, id);
  if (!found || !canReadCommune(actor, { id: found.org.communeId, path: found.communePath }))
    throw unknownReference(field, 'Tổ chức');
  return found.org;
}
