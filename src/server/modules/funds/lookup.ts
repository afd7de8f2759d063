import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../core/actor';
import { notFound, unknownReference } from '../../core/errors';
import { isAdmin, memberCommuneIds, readRoots } from '../../core/scope';
import type { Queryable } from '../../db/client';
import { escapeLike, readableCommuneSql } from '../../db/scope-sql';
import { unitRefs } from '../units/refs';
import { bankRows, donations, drives, funds } from './schema';

/**
 * Load-it-or-404 for the funds module: each finder puts the caller's scope in the WHERE clause, so a
 * record outside it is never loaded. Out of scope and missing look the same: a 404 naming `field`
 * when one is given (a referenced id), else a plain 404 (the record addressed by the path).
 */
const missing = (what: string, field?: string) => (field ? unknownReference(field, what) : notFound(what));

/**
 * The fund lookup runs on every money request, so it is one named prepared statement (planned once per
 * connection on PostgreSQL): the same rule as `readableCommuneSql` (db/scope-sql.ts), with the actor's
 * roots and communes passed as arrays instead of spelled into the text.
 */
const prepareFindFund = (db: Queryable) =>
  db
    .select({ fund: funds, commune: unitRefs, communePath: unitRefs.path })
    .from(funds)
    .innerJoin(unitRefs, eq(unitRefs.id, funds.communeId))
    .where(
      and(
        eq(funds.id, sql.placeholder('id')),
        sql`(${sql.placeholder('admin')}::boolean
          or ${unitRefs.path} like any(${sql.placeholder('roots')}::text[])
          or ${funds.communeId} = any(${sql.placeholder('communes')}::uuid[]))`,
      ),
    )
    .limit(1)
    .prepare('find_fund_visible');
const findFundQueries = new WeakMap<Queryable, ReturnType<typeof prepareFindFund>>();

/** A fund the actor may read, with its commune; else 404 (naming `field` when given). */
export async function findFundVisibleTo(db: Queryable, actor: Actor, id: string, field?: string) {
  let query = findFundQueries.get(db);
  if (!query) {
    query = prepareFindFund(db);
    findFundQueries.set(db, query);
  }
  const [row] = await query.execute({
    id,
    admin: isAdmin(actor),
    roots: readRoots(actor).map((r) => `${escapeLike(r)}%`),
    communes: memberCommuneIds(actor),
  });
  if (!row) throw missing('Quỹ', field);
  return row;
}
export type VisibleFund = Awaited<ReturnType<typeof findFundVisibleTo>>;

/** A drive the actor may read (its commune is readable), with its fund and commune; else 404. */
export async function findDriveVisibleTo(db: Queryable, actor: Actor, id: string, field?: string) {
  const [row] = await db
    .select({ drive: drives, fund: funds, commune: unitRefs, communePath: unitRefs.path })
    .from(drives)
    .innerJoin(funds, eq(funds.id, drives.fundId))
    .innerJoin(unitRefs, eq(unitRefs.id, drives.communeId))
    .where(and(eq(drives.id, id), readableCommuneSql(actor, unitRefs.path, unitRefs.id)))
    .limit(1);
  if (!row) throw missing('Đợt vận động', field);
  return row;
}

/** A receipt the actor may read (its fund's commune is readable), with its fund and commune; else 404. */
export async function findDonationVisibleTo(db: Queryable, actor: Actor, id: string, field?: string) {
  const [row] = await db
    .select({ donation: donations, fund: funds, commune: unitRefs, communePath: unitRefs.path })
    .from(donations)
    .innerJoin(funds, eq(funds.id, donations.fundId))
    .innerJoin(unitRefs, eq(unitRefs.id, funds.communeId))
    .where(and(eq(donations.id, id), readableCommuneSql(actor, unitRefs.path, unitRefs.id)))
    .limit(1);
  if (!row) throw missing('Phiếu thu', field);
  return row;
}

/** An imported bank row the actor may read, with its fund and commune; else 404. */
export async function findBankRowVisibleTo(db: Queryable, actor: Actor, id: string, field?: string) {
  const [row] = await db
    .select({ bankRow: bankRows, fund: funds, commune: unitRefs, communePath: unitRefs.path })
    .from(bankRows)
    .innerJoin(funds, eq(funds.id, bankRows.fundId))
    .innerJoin(unitRefs, eq(unitRefs.id, funds.communeId))
    .where(and(eq(bankRows.id, id), readableCommuneSql(actor, unitRefs.path, unitRefs.id)))
    .limit(1);
  if (!row) throw missing('Dòng sao kê', field);
  return row;
}
