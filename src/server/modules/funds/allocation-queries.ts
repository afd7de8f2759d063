import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '../../core/actor';
import { notFound } from '../../core/errors';
import { isAdmin } from '../../core/scope';
import type { Queryable } from '../../db/client';
import { readableCommuneSql } from '../../db/scope-sql';
import { unitRefs } from '../units/refs';
import { allocationLines, allocationReceipts, allocations, disbursements, funds } from './schema';

const owner = alias(unitRefs, 'alloc_owner');
const recipient = alias(unitRefs, 'alloc_recipient');
const receivedFund = alias(funds, 'alloc_received_fund');

/**
 * Who reads an allocation line: whoever reads the fund that paid it (the province and above), or whoever reads the
 * commune it went to — a commune sees what the province allocated to it without reading the province's fund. The SQL
 * twin of that rule, so no list loads a line it must then hide.
 */
function lineVisibleSql(actor: Actor) {
  if (isAdmin(actor)) return undefined;
  return or(readableCommuneSql(actor, owner.path, owner.id), readableCommuneSql(actor, recipient.path, recipient.id));
}

const lineColumns = {
  line: allocationLines,
  allocation: allocations,
  fundName: funds.name,
  owner: { id: owner.id, name: owner.name, path: owner.path },
  recipient: { id: recipient.id, name: recipient.name, path: recipient.path },
  payoutNo: disbursements.payoutNo,
  receipt: {
    id: allocationReceipts.id,
    fundId: allocationReceipts.fundId,
    fundName: receivedFund.name,
    date: allocationReceipts.date,
    acknowledgedAt: allocationReceipts.acknowledgedAt,
  },
};

function linesQuery(db: Queryable) {
  return db
    .select(lineColumns)
    .from(allocationLines)
    .innerJoin(allocations, eq(allocations.id, allocationLines.allocationId))
    .innerJoin(funds, eq(funds.id, allocations.fundId))
    .innerJoin(owner, eq(owner.id, allocations.communeId))
    .innerJoin(recipient, eq(recipient.id, allocationLines.recipientId))
    .innerJoin(disbursements, eq(disbursements.id, allocationLines.disbursementId))
    .leftJoin(allocationReceipts, eq(allocationReceipts.lineId, allocationLines.id))
    .leftJoin(receivedFund, eq(receivedFund.id, allocationReceipts.fundId));
}
export type AllocationLineRow = Awaited<ReturnType<typeof linesQuery>>[number];

/** An allocation line the actor may read (as the payer's reader or the recipient's), else 404. */
export async function findAllocationLineVisibleTo(db: Queryable, actor: Actor, id: string) {
  const [row] = await linesQuery(db)
    .where(and(eq(allocationLines.id, id), lineVisibleSql(actor)))
    .limit(1);
  if (!row) throw notFound('Khoản phân bổ');
  return row;
}

export type LineFilter = { fundId?: string; communeId?: string; pending?: boolean };

/**
 * Allocation lines the actor may read, newest decision first: of one paying fund, to one commune, or only those not
 * yet acknowledged.
 */
export async function listAllocationLines(db: Queryable, actor: Actor, f: LineFilter, limit = 500) {
  return linesQuery(db)
    .where(
      and(
        lineVisibleSql(actor),
        f.fundId ? eq(allocations.fundId, f.fundId) : undefined,
        f.communeId ? eq(allocationLines.recipientId, f.communeId) : undefined,
        f.pending ? isNull(allocationReceipts.id) : undefined,
      ),
    )
    .orderBy(desc(allocations.date), desc(allocations.createdAt), asc(recipient.name))
    .limit(limit);
}

/** How many lines to communes the actor's standing grants cover still wait for acknowledgment (the start page). */
export async function pendingLinesForCommunes(db: Queryable, communeIds: string[], limit: number) {
  if (communeIds.length === 0) return { count: 0, rows: [] };
  const where = and(inArray(allocationLines.recipientId, communeIds), isNull(allocationReceipts.id));
  const rows = await linesQuery(db).where(where).orderBy(asc(allocations.date)).limit(limit);
  const [n] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(allocationLines)
    .leftJoin(allocationReceipts, eq(allocationReceipts.lineId, allocationLines.id))
    .where(where);
  return { count: Number(n?.n ?? 0), rows };
}
