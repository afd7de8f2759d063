import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { decodeCursor, pageOf } from '../../http/page-cursor';
import { unitRefs } from '../units/refs';
import { drives, funds } from './schema';

/** Drives of a public list page at most: every drive is public, and a national installation holds thousands. */
export const PUBLIC_DRIVES_MAX = 100;
export const PUBLIC_DRIVES_DEFAULT = 20;

export const publicDriveLevels = ['national', 'province', 'commune'] as const;
export type PublicDriveLevel = (typeof publicDriveLevels)[number];

export type PublicDriveFilter = {
  /** Only drives of funds held at this level. */
  level?: PublicDriveLevel;
  /** Only drives of funds held by these units (a commune, its province, the national unit). */
  unitIds?: string[];
  cursor?: string;
  limit?: number;
};

/**
 * One page of the drives whose disclosure anyone may read — of every level: the national unit's, the provinces', the
 * communes' — newest first (keyset on the first day and the id: a deep page costs what the first does), each with its
 * fund and the unit holding the fund. Only what the public disclosure already shows: names, codes and dates.
 * `cursor` is the `nextCursor` of the page before (400 naming `cursor` when unreadable).
 */
export async function listPublicDrives(db: Queryable, f: PublicDriveFilter = {}) {
  const limit = Math.min(Math.max(f.limit ?? PUBLIC_DRIVES_DEFAULT, 1), PUBLIC_DRIVES_MAX);
  const after = f.cursor ? decodeCursor(f.cursor, 'id') : null;
  if (f.unitIds?.length === 0) return { items: [], nextCursor: null };
  const rows = await db
    .select({
      id: drives.id,
      name: drives.name,
      code: drives.code,
      from: drives.periodFrom,
      to: drives.periodTo,
      fundName: funds.name,
      unit: { id: unitRefs.id, name: unitRefs.name, kind: unitRefs.kind, level: unitRefs.level, slug: unitRefs.slug },
    })
    .from(drives)
    .innerJoin(funds, eq(funds.id, drives.fundId))
    .innerJoin(unitRefs, eq(unitRefs.id, drives.communeId))
    .where(
      and(
        f.level ? eq(unitRefs.level, f.level) : undefined,
        f.unitIds ? inArray(drives.communeId, f.unitIds) : undefined,
        after ? sql`(${drives.periodFrom}, ${drives.id}) < (${after.date}::date, ${after.key}::uuid)` : undefined,
      ),
    )
    .orderBy(desc(drives.periodFrom), desc(drives.id))
    .limit(limit + 1);
  return pageOf(rows, limit, (r) => ({ date: r.from, key: r.id }));
}
export type PublicDrive = Awaited<ReturnType<typeof listPublicDrives>>['items'][number];

/**
 * The units above a commune whose funds a visitor of the commune's page looks for after a storm: its province (and a
 * district kept for history), found on the commune's path, and the national unit (a root of its own).
 */
export async function unitsAbove(db: Queryable, commune: { path: string }) {
  const ancestors = commune.path.split('/').filter(Boolean).slice(0, -1);
  const rows = await db
    .select({ id: unitRefs.id })
    .from(unitRefs)
    .where(
      sql`${unitRefs.level} = 'national' or ${ancestors.length > 0 ? inArray(unitRefs.id, ancestors) : sql`false`}`,
    );
  return rows.map((r) => r.id);
}
