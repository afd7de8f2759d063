import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '../../core/actor';
import type { Queryable } from '../../db/client';
import { unitRefs } from '../units/refs';
import { festivalScopeSql } from './lookup';
import { festivalCommendations, festivals } from './schema';

const village = alias(unitRefs, 'festival_list_village');

/** Festivals the actor reads, newest year first, then by village name; with the commended counted. */
export async function listFestivals(db: Queryable, actor: Actor, f: { communeId?: string; year?: number }) {
  const rows = await db
    .select({
      festival: festivals,
      communeName: unitRefs.name,
      villageName: village.name,
      households: sql<number>`(select count(*)::int from festival_commendations c where c.festival_id = ${festivals.id} and c.kind = 'household')`,
      people: sql<number>`(select count(*)::int from festival_commendations c where c.festival_id = ${festivals.id} and c.kind = 'person')`,
    })
    .from(festivals)
    .innerJoin(unitRefs, eq(unitRefs.id, festivals.communeId))
    .innerJoin(village, eq(village.id, festivals.villageId))
    .where(
      and(
        festivalScopeSql(actor),
        f.communeId ? eq(festivals.communeId, f.communeId) : undefined,
        f.year ? eq(festivals.year, f.year) : undefined,
      ),
    )
    .orderBy(desc(festivals.year), asc(festivals.date), asc(village.name))
    .limit(1000);
  return rows.map((r) => ({
    festival: r.festival,
    communeName: r.communeName,
    villageName: r.villageName,
    commended: { households: Number(r.households ?? 0), people: Number(r.people ?? 0) },
  }));
}

/** A festival's commended, in the order they were added (the order they are called up at the ceremony). */
export async function commendationsOf(db: Queryable, festivalId: string) {
  return db
    .select()
    .from(festivalCommendations)
    .where(eq(festivalCommendations.festivalId, festivalId))
    .orderBy(asc(festivalCommendations.createdAt), asc(festivalCommendations.id));
}
