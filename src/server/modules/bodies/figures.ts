import { and, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client';
import { escapeLike } from '../../db/scope-sql';
import { registerCountColumn } from '../members/count-columns';
import { bodies, bodyMembers, type BodyKind } from './schema';

/**
 * Seats of bodies of a kind sitting on a date, per child of `parent`: per commune (a province's table) or per
 * village (a commune's table; only village boards sit in villages). A seat sits from its first day to its last.
 */
async function seatsByChild(
  db: Queryable,
  parent: { id: string; path: string },
  kind: BodyKind,
  by: 'commune' | 'village',
  asOf: string,
) {
  const child = by === 'commune' ? bodies.communeId : bodies.unitId;
  const rows = await db
    .select({ unitId: child, n: sql<number>`count(*)::int` })
    .from(bodyMembers)
    .innerJoin(bodies, eq(bodies.id, bodyMembers.bodyId))
    .where(
      and(
        eq(bodies.kind, kind),
        sql`${bodies.unitPath} like ${`${escapeLike(parent.path)}%`}`,
        sql`${bodyMembers.fromDate} <= ${asOf}`,
        sql`(${bodyMembers.untilDate} is null or ${bodyMembers.untilDate} >= ${asOf})`,
      ),
    )
    .groupBy(child);
  return new Map(rows.map((r) => [r.unitId, Number(r.n)]));
}

/** The committee counts the national database asks for, as columns of the member counts table (issue 14.6). */
export function registerBodyCounts(): void {
  registerCountColumn({
    label: 'Ủy viên Ủy ban MTTQ',
    rows: 'commune',
    count: (db, parent, asOf) => seatsByChild(db, parent, 'committee', 'commune', asOf),
  });
  registerCountColumn({
    label: 'Ban Thường trực',
    rows: 'commune',
    count: (db, parent, asOf) => seatsByChild(db, parent, 'standing', 'commune', asOf),
  });
  registerCountColumn({
    label: 'Thành viên Ban công tác Mặt trận',
    rows: 'both',
    count: (db, parent, asOf, rowLevel) => seatsByChild(db, parent, 'village_board', rowLevel, asOf),
  });
}
