import type { Actor } from '../../core/actor';
import { notFound, unknownReference } from '../../core/errors';
import type { Queryable } from '../../db/client';
import { findUnit } from '../units/queries';
import type { Unit } from '../units/schema';
import { canSeeReportsOf, reportScope } from './policy';
import { findReportIn } from './queries';

/**
 * The report with its unit when the reader may see it (scope in the WHERE clause); otherwise 404 — or,
 * when the id came in a request field, an unknown reference naming that field. A commune's draft is
 * invisible to the level above.
 */
export async function findReportVisibleTo(db: Queryable, actor: Actor, id: string, field?: string) {
  const found = await findReportIn(db, reportScope(actor), id);
  if (!found) throw field ? unknownReference(field, 'Báo cáo') : notFound('Báo cáo');
  return found;
}

/** A unit of one of these levels whose reports the actor sees at all; otherwise an unknown reference in `field`. */
export async function findReportUnitVisibleTo(
  db: Queryable,
  actor: Actor,
  id: string,
  levels: readonly string[],
  field: string,
  what: string,
): Promise<Unit> {
  const unit = await findUnit(db, id);
  if (!unit || !levels.includes(unit.level) || !canSeeReportsOf(actor, unit)) throw unknownReference(field, what);
  return unit;
}
