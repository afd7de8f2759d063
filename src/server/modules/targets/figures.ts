import { inArray } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { indicators } from './schema';

/**
 * Indicators by id, as other modules show and check them (campaigns link indicators): code, name, unit label,
 * and the owner path that decides which communes may use one. Unknown ids are simply absent.
 */
export async function indicatorsByIds(db: Queryable, ids: string[]) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  return db
    .select({
      id: indicators.id,
      code: indicators.code,
      name: indicators.name,
      unitLabel: indicators.unitLabel,
      ownerPath: indicators.ownerPath,
    })
    .from(indicators)
    .where(inArray(indicators.id, unique));
}
