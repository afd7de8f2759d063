import { and, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '../../core/actor';
import { notFound, unknownReference } from '../../core/errors';
import { canReadPath } from '../../core/scope';
import type { Queryable } from '../../db/client';
import { inSubtrees, readableCommuneSql } from '../../db/scope-sql';
import { findUnit } from '../units/queries';
import { unitRefs } from '../units/refs';
import { festivalReadRoots } from './policy';
import { type Festival, festivals } from './schema';

const village = alias(unitRefs, 'festival_village');

/** The SQL twin of "the actor reads this festival": its commune is readable and the village lies in a read root. */
export function festivalScopeSql(actor: Actor) {
  const roots = festivalReadRoots(actor);
  return and(
    readableCommuneSql(actor, unitRefs.path, festivals.communeId),
    roots === null ? undefined : inSubtrees(festivals.unitPath, roots),
  );
}

export type FestivalPlace = {
  commune: { id: string; path: string; name: string; kind: string; chairName: string | null };
  village: { id: string; path: string; name: string; kind: string };
};
export type VisibleFestival = FestivalPlace & { festival: Festival };

/** A festival the actor reads (scope in the WHERE clause), with its commune and village; otherwise 404. */
export async function findFestivalVisibleTo(
  db: Queryable,
  actor: Actor,
  id: string,
  forUpdate = false,
): Promise<VisibleFestival> {
  const q = db
    .select({ festival: festivals, commune: unitRefs, village })
    .from(festivals)
    .innerJoin(unitRefs, eq(unitRefs.id, festivals.communeId))
    .innerJoin(village, eq(village.id, festivals.villageId))
    .where(and(eq(festivals.id, id), festivalScopeSql(actor)))
    .limit(1);
  const [row] = forUpdate ? await q.for('update', { of: festivals }) : await q;
  if (!row) throw notFound('Ngày hội Đại đoàn kết');
  const { commune: c, village: v } = row;
  return {
    festival: row.festival,
    commune: { id: c.id, path: c.path, name: c.name, kind: c.kind, chairName: c.settings.chairName ?? null },
    village: { id: v.id, path: v.path, name: v.name, kind: v.kind },
  };
}

/** A village the actor reads, with its commune; otherwise 404 naming `villageId`. */
export async function findVillageVisibleTo(db: Queryable, actor: Actor, villageId: string): Promise<FestivalPlace> {
  const v = await findUnit(db, villageId);
  const c = v?.parentId ? await findUnit(db, v.parentId) : null;
  if (!v || !c || v.level !== 'village' || c.level !== 'commune' || !canReadPath(actor, v.path))
    throw unknownReference('villageId', 'Thôn');
  return {
    commune: { id: c.id, path: c.path, name: c.name, kind: c.kind, chairName: c.settings.chairName ?? null },
    village: { id: v.id, path: v.path, name: v.name, kind: v.kind },
  };
}
