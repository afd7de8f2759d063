import { bigint, date, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** The account key of receipts with no fund account (cash, and transfers recorded before accounts existed). */
export const NO_ACCOUNT = '00000000-0000-0000-0000-000000000000';

/**
 * A drive's live receipts summed per day, payment method and account, kept by triggers on `donations` in the same
 * statement that writes or voids a receipt (migration 0018): the public page reads its totals per day and per bank
 * from a few rows instead of summing a million receipts on every visit, and the sums cannot drift from the ledger.
 */
export const driveDayTotals = pgTable(
  'drive_day_totals',
  {
    driveId: uuid('drive_id').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    method: text('method').notNull(),
    accountKey: uuid('account_key').notNull(),
    cash: bigint('cash', { mode: 'number' }).notNull(),
    goods: bigint('goods', { mode: 'number' }).notNull(),
    receipts: integer('receipts').notNull(),
  },
  (t) => [primaryKey({ columns: [t.driveId, t.date, t.method, t.accountKey] })],
);

/**
 * A drive's ledger version, raised by the same triggers whenever a receipt, payout or transfer of it (or of its fund)
 * is written or voided: the public PDF is made once per version.
 */
export const driveLedgers = pgTable('drive_ledgers', {
  driveId: uuid('drive_id').primaryKey(),
  version: bigint('version', { mode: 'number' }).notNull(),
});

/** The public PDF of a drive made for one ledger version, stored under the storage directory (in volumes). */
export const publicDisclosureFiles = pgTable('public_disclosure_files', {
  driveId: uuid('drive_id').primaryKey(),
  version: bigint('version', { mode: 'number' }).notNull(),
  volumes: integer('volumes').notNull(),
  rows: integer('rows').notNull(),
  /** The version a visitor last asked for, its job queued: a second visitor does not queue another. */
  requestedVersion: bigint('requested_version', { mode: 'number' }),
  madeAt: timestamp('made_at', { withTimezone: true }).notNull().defaultNow(),
});
