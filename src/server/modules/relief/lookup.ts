import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../core/actor';
import { notFound, unknownReference } from '../../core/errors';
import { canReadCommune } from '../../core/scope';
import type { Queryable } from '../../db/client';
import { readableCommuneSql } from '../../db/scope-sql';
import { householdRefById } from '../households/figures';
import { findUnit } from '../units/queries';
import { unitRefs } from '../units/refs';
import { supportReadRoots } from './policy';
import { supportScope } from './queries';
import { reliefPrograms, reliefSupports } from './schema';

/**
 * A programme of a commune the actor reads or works in (scope in the WHERE clause), with its commune; otherwise
 * 404 (naming `field` when the id came as a reference).
 */
export async function findProgramVisibleTo(db: Queryable, actor: Actor, id: string, field?: string) {
  const [row] = await db
    .select({
      program: reliefPrograms,
      communePath: unitRefs.path,
      communeName: unitRefs.name,
      communeKind: unitRefs.kind,
    })
    .from(reliefPrograms)
    .innerJoin(unitRefs, eq(unitRefs.id, reliefPrograms.communeId))
    .where(and(eq(reliefPrograms.id, id), readableCommuneSql(actor, unitRefs.path, reliefPrograms.communeId)))
    .limit(1);
  if (!row) throw field ? unknownReference(field, 'Chương trình trợ giúp') : notFound('Chương trình trợ giúp');
  return { ...row, commune: { id: row.program.communeId, path: row.communePath } };
}

/** A support the actor may read (its commune and the household's subtree, in SQL), with its commune; else 404. */
export async function findSupportVisibleTo(db: Queryable, actor: Actor, id: string) {
  const [row] = await db
    .select({ support: reliefSupports, communePath: unitRefs.path })
    .from(reliefSupports)
    .innerJoin(unitRefs, eq(unitRefs.id, reliefSupports.communeId))
    .where(
      and(
        eq(reliefSupports.id, id),
        readableCommuneSql(actor, unitRefs.path, reliefSupports.communeId),
        supportScope(supportReadRoots(actor)),
      ),
    )
    .limit(1);
  if (!row) throw notFound('Khoản hỗ trợ');
  return { support: row.support, commune: { id: row.support.communeId, path: row.communePath } };
}

/** A household whose gifts the actor may read (inside the reader's subtrees, its commune readable); else 404. */
export async function findHouseholdVisibleTo(db: Queryable, actor: Actor, id: string) {
  const household = await householdRefById(db, id, supportReadRoots(actor));
  const commune = household ? await findUnit(db, household.communeId) : null;
  if (!household || !commune || !canReadCommune(actor, commune)) throw notFound('Hộ gia đình');
  return household;
}
