import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '../../core/actor';
import { notFound } from '../../core/errors';
import { isAdmin, isStrictlyWithin } from '../../core/scope';
import type { Queryable } from '../../db/client';
import { inSubtree, readableCommuneSql } from '../../db/scope-sql';
import { decodeCursor, pageOf, pageSize } from '../../http/page-cursor';
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
  recipient: {
    id: recipient.id,
    name: recipient.name,
    kind: recipient.kind,
    level: recipient.level,
    path: recipient.path,
  },
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
 * One page of the allocation lines the actor may read, newest decision first (date, then decision, then line: a
 * keyset, so a deep page costs what the first does): of one paying fund, to one recipient (a commune, or a province
 * for the national level's allocations), or only those not yet acknowledged. `nextCursor` is null on the last page.
 */
export async function listAllocationLines(
  db: Queryable,
  actor: Actor,
  f: LineFilter & { cursor?: string; limit?: number },
) {
  const limit = pageSize(f.limit);
  const after = f.cursor ? decodeCursor(f.cursor, 'id') : null;
  // The cursor names the last line shown; its decision is looked up so the three keys compare as one row.
  const keyset = after
    ? sql`(${allocations.date}, ${allocations.id}, ${allocationLines.id}) < (${after.date}::date,
        (select al.allocation_id from allocation_lines al where al.id = ${after.key}::uuid), ${after.key}::uuid)`
    : undefined;
  const rows = await linesQuery(db)
    .where(
      and(
        lineVisibleSql(actor),
        f.fundId ? eq(allocations.fundId, f.fundId) : undefined,
        f.communeId ? eq(allocationLines.recipientId, f.communeId) : undefined,
        f.pending ? isNull(allocationReceipts.id) : undefined,
        keyset,
      ),
    )
    .orderBy(desc(allocations.date), desc(allocations.id), desc(allocationLines.id))
    .limit(limit + 1);
  return pageOf(rows, limit, (r) => ({ date: r.allocation.date, key: r.line.id }));
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

type Recipient = { id: string; name: string; kind: string; level: string; path: string };

/**
 * Who an allocation may go to: a province's fund allocates to its current communes (strictly inside its subtree); the
 * national unit's fund to the current provinces — provinces are roots of their own tree (the national unit has no
 * children, so no scope built on a province's path moves), which is why they are found by level and not by path.
 * `ids` narrows to the units a request named; without it, every possible recipient (the rows of the staff form).
 */
export async function allocationRecipients(db: Queryable, owner: { level: string; path: string }, ids?: string[]) {
  const level = owner.level === 'national' ? 'province' : 'commune';
  const rows = await db
    .select({ id: unitRefs.id, name: unitRefs.name, kind: unitRefs.kind, level: unitRefs.level, path: unitRefs.path })
    .from(unitRefs)
    .where(
      and(
        ids ? inArray(unitRefs.id, ids) : undefined,
        eq(unitRefs.level, level),
        isNull(unitRefs.endedOn),
        level === 'commune' ? inSubtree(unitRefs.path, owner.path) : undefined,
      ),
    )
    .orderBy(asc(unitRefs.path))
    .limit(MAX_RECIPIENTS);
  const fits = (r: Recipient) => level === 'province' || isStrictlyWithin(r.path, owner.path);
  return { level, found: new Map(rows.filter(fits).map((r) => [r.id, r])) };
}

/** The most recipients one decision names (a province has ≈150 communes; the request is refused above this). */
export const MAX_RECIPIENTS = 2000;
