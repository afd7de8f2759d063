import type { Actor } from '../../core/actor';
import { notFound } from '../../core/errors';
import type { Queryable } from '../../db/client';
import { canReadReport } from './policy';
import { findReport } from './queries';

/** The report when the reader may see it; 404 otherwise (a commune's draft is invisible to the level above). */
export async function reportOr404(db: Queryable, actor: Actor, id: string) {
  const found = await findReport(db, id);
  if (!found || !canReadReport(actor, found.report)) throw notFound('Báo cáo');
  return found;
}
