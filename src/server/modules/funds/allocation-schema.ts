import { sql } from 'drizzle-orm';
import { bigint, check, date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { units } from '../units/schema';
import { users } from '../users/schema';
import { disbursements, drives, fundTransfers, funds } from './schema';

/**
 * An allocation (quyết định phân bổ) from a province's (or the national unit's) fund to its communes: one decision,
 * an amount per commune in `allocation_lines`. `commune_id` is the tenant key, as on every fund table: here the unit
 * that owns the fund (the province), not a commune.
 */
export const allocations = pgTable(
  'allocations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communeId: uuid('commune_id').notNull(),
    fundId: uuid('fund_id')
      .notNull()
      .references(() => funds.id),
    driveId: uuid('drive_id').references(() => drives.id),
    decisionRef: text('decision_ref').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    purpose: text('purpose').notNull(),
    total: bigint('total', { mode: 'number' }).notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('allocations_fund_idx').on(t.fundId), check('allocations_total_check', sql`${t.total} > 0`)],
);

/**
 * One commune's share of an allocation, paid out of the province fund by its own payout (phiếu chi) written in the
 * allocation's transaction. `recipientId` is the commune; its officials read the line (never the province's fund).
 */
export const allocationLines = pgTable(
  'allocation_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communeId: uuid('commune_id').notNull(),
    allocationId: uuid('allocation_id')
      .notNull()
      .references(() => allocations.id),
    recipientId: uuid('recipient_id')
      .notNull()
      .references(() => units.id),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    disbursementId: uuid('disbursement_id')
      .notNull()
      .references(() => disbursements.id),
  },
  (t) => [
    uniqueIndex('allocation_lines_recipient_idx').on(t.communeId, t.allocationId, t.recipientId),
    index('allocation_lines_recipient_only_idx').on(t.recipientId),
    check('allocation_lines_amount_check', sql`${t.amount} > 0`),
  ],
);

/**
 * A commune's acknowledgment of its share (xác nhận đã nhận): the money written into one of its own funds as a `down`
 * transfer. The unique index on the line is the rule "exactly once": a second acknowledgment, even a concurrent one,
 * cannot be stored. `commune_id` is the recipient commune (the tenant of this row).
 */
export const allocationReceipts = pgTable(
  'allocation_receipts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communeId: uuid('commune_id').notNull(),
    lineId: uuid('line_id')
      .notNull()
      .references(() => allocationLines.id),
    fundId: uuid('fund_id')
      .notNull()
      .references(() => funds.id),
    transferId: uuid('transfer_id')
      .notNull()
      .references(() => fundTransfers.id),
    date: date('date', { mode: 'string' }).notNull(),
    acknowledgedBy: uuid('acknowledged_by').references(() => users.id),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('allocation_receipts_line_idx').on(t.lineId)],
);

export type Allocation = typeof allocations.$inferSelect;
export type AllocationLine = typeof allocationLines.$inferSelect;
