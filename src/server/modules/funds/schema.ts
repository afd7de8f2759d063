import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { indicators } from '../targets/schema';
import { organizations, units } from '../units/schema';
import { users } from '../users/schema';
import { NAME_WORDS_SQL } from './name-words';

/**
 * A fund (Quỹ "Vì người nghèo", Quỹ Cứu trợ…) and the bank account donors transfer to. A fund belongs to a commune, a
 * province or the national unit: `commune_id` is the owning unit whatever its level. The column keeps its name because
 * it is the tenant key every fund table, index and other module joins on (a Citus distribution column).
 */
export const funds = pgTable(
  'funds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communeId: uuid('commune_id')
      .notNull()
      .references(() => units.id),
    name: text('name').notNull(),
    bankBin: text('bank_bin'),
    bankAccount: text('bank_account'),
    bankAccountName: text('bank_account_name'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('funds_commune_name_idx').on(t.communeId, t.name)],
);

/**
 * A bank account of a fund (a fund may hold several, at several banks): a statement is imported for one account, and a
 * transfer's identity is (account, bank reference, value date, amount). `defaultDriveId` is the drive a credit counts
 * to when its text names no drive code.
 */
export const fundAccounts = pgTable(
  'fund_accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communeId: uuid('commune_id').notNull(),
    fundId: uuid('fund_id')
      .notNull()
      .references(() => funds.id),
    bankName: text('bank_name').notNull(),
    /** The bank's NAPAS BIN (VietQR), when known. */
    bankBin: text('bank_bin'),
    accountNo: text('account_no').notNull(),
    accountName: text('account_name'),
    defaultDriveId: uuid('default_drive_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('fund_accounts_number_idx').on(t.communeId, t.fundId, t.bankName, t.accountNo),
    index('fund_accounts_fund_idx').on(t.fundId),
  ],
);

/** A fundraising drive of a fund, with its target and the code donors put in a transfer (e.g. VNN2026). */
export const drives = pgTable(
  'drives',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fundId: uuid('fund_id')
      .notNull()
      .references(() => funds.id),
    communeId: uuid('commune_id').notNull(),
    name: text('name').notNull(),
    code: text('code').notNull(),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    target: bigint('target', { mode: 'number' }),
    assignedByUnitId: uuid('assigned_by_unit_id').references(() => units.id),
    assignedByBody: text('assigned_by_body'),
    /** The indicator this drive's receipts feed, when one was linked. */
    indicatorId: uuid('indicator_id').references(() => indicators.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('drives_commune_code_idx').on(t.communeId, t.code),
    check('drives_target_check', sql`${t.target} is null or ${t.target} >= 0`),
  ],
);

/** Gapless numbering per fund, year and kind (PT receipts, PC payouts): the row lock serialises writers. */
export const documentCounters = pgTable(
  'document_counters',
  {
    communeId: uuid('commune_id').notNull(),
    fundId: uuid('fund_id')
      .notNull()
      .references(() => funds.id),
    year: integer('year').notNull(),
    kind: text('kind').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.communeId, t.fundId, t.year, t.kind] })],
);

export const donorKinds = ['person', 'household', 'organization', 'business', 'anonymous'] as const;
export const paymentMethods = ['cash', 'bank_transfer'] as const;

/** Receipts (phiếu thu), append-only: a mistake is voided with a reason and keeps its number. */
export const donations = pgTable(
  'donations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communeId: uuid('commune_id').notNull(),
    fundId: uuid('fund_id')
      .notNull()
      .references(() => funds.id),
    driveId: uuid('drive_id').references(() => drives.id),
    year: integer('year').notNull(),
    seq: integer('seq').notNull(),
    receiptNo: text('receipt_no').notNull(),
    donorKind: text('donor_kind', { enum: donorKinds }).notNull(),
    donorName: text('donor_name').notNull(),
    donorAddress: text('donor_address'),
    /** The donor chose to appear as "Nhà hảo tâm" on public disclosure (ARCHITECTURE.md, domain rule 3). */
    publicAnonymous: boolean('public_anonymous').notNull().default(false),
    method: text('method', { enum: paymentMethods }).notNull().default('cash'),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    inKindDescription: text('in_kind_description'),
    inKindValue: bigint('in_kind_value', { mode: 'number' }).notNull().default(0),
    unitId: uuid('unit_id').references(() => units.id),
    unitPath: text('unit_path').notNull(),
    organizationId: uuid('organization_id').references(() => organizations.id),
    pledgeId: uuid('pledge_id'),
    bankRowId: uuid('bank_row_id'),
    /** The fund account a transfer came into (null for cash and for receipts written before accounts existed). */
    accountId: uuid('account_id'),
    /** The bank's reference of the transfer (the one in the donor's SMS), as the statement gives it. */
    bankRef: text('bank_ref'),
    /** The payer's account as the statement masks it ("0501000016xxx"); staff only, never on a public page. */
    payerAccount: text('payer_account'),
    /**
     * The donor's name folded for public search ("Nguyễn Trọng Nghĩa" → {nguyen,trong,nghia}): letters only, so a number
     * typed into a name is never searchable; null when the donor chose "Nhà hảo tâm", so such a name is never found.
     */
    nameWords: text('name_words').array().generatedAlwaysAs(sql.raw(NAME_WORDS_SQL)),
    date: date('date', { mode: 'string' }).notNull(),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    voidedAt: timestamp('voided_at', { withTimezone: true }),
    voidedBy: uuid('voided_by').references(() => users.id),
    voidReason: text('void_reason'),
  },
  (t) => [
    uniqueIndex('donations_number_idx').on(t.communeId, t.fundId, t.year, t.seq),
    index('donations_fund_date_idx').on(t.fundId, t.date),
    index('donations_drive_idx').on(t.driveId),
    // The public disclosure's pages and searches (disclosure-page.ts): live receipts of a drive only.
    index('donations_public_page_idx').on(t.driveId, t.date, t.seq).where(sql`${t.voidedAt} is null`),
    index('donations_public_amount_idx').on(t.driveId, t.amount, t.date, t.seq).where(sql`${t.voidedAt} is null`),
    index('donations_public_ref_idx')
      .on(t.driveId, sql`(reverse(upper(${t.bankRef})) collate "C")`)
      .where(sql`${t.voidedAt} is null and ${t.bankRef} is not null`),
    index('donations_name_words_idx').using('gin', t.nameWords),
    check(
      'donations_amount_check',
      sql`${t.amount} >= 0 and ${t.inKindValue} >= 0 and ${t.amount} + ${t.inKindValue} > 0`,
    ),
  ],
);

/** Pledges (đăng ký ủng hộ), fulfilled by later receipts that reference them. */
export const pledges = pgTable(
  'pledges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communeId: uuid('commune_id').notNull(),
    fundId: uuid('fund_id')
      .notNull()
      .references(() => funds.id),
    driveId: uuid('drive_id').references(() => drives.id),
    donorKind: text('donor_kind', { enum: donorKinds }).notNull(),
    donorName: text('donor_name').notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    unitPath: text('unit_path').notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    voidedAt: timestamp('voided_at', { withTimezone: true }),
    voidReason: text('void_reason'),
  },
  (t) => [index('pledges_fund_idx').on(t.fundId), check('pledges_amount_check', sql`${t.amount} > 0`)],
);

/** Money passed up to the level above (up) or received from it (down). */
export const fundTransfers = pgTable(
  'fund_transfers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communeId: uuid('commune_id').notNull(),
    fundId: uuid('fund_id')
      .notNull()
      .references(() => funds.id),
    direction: text('direction', { enum: ['up', 'down'] }).notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    counterparty: text('counterparty').notNull(),
    documentRef: text('document_ref'),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    voidedAt: timestamp('voided_at', { withTimezone: true }),
    voidReason: text('void_reason'),
  },
  (t) => [index('fund_transfers_fund_idx').on(t.fundId), check('fund_transfers_amount_check', sql`${t.amount} > 0`)],
);

/** Payouts (phiếu chi), numbered like receipts, with the decision that allowed them. */
export const disbursements = pgTable(
  'disbursements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communeId: uuid('commune_id').notNull(),
    fundId: uuid('fund_id')
      .notNull()
      .references(() => funds.id),
    driveId: uuid('drive_id').references(() => drives.id),
    year: integer('year').notNull(),
    seq: integer('seq').notNull(),
    payoutNo: text('payout_no').notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    purpose: text('purpose').notNull(),
    recipient: text('recipient').notNull(),
    decisionRef: text('decision_ref').notNull(),
    reliefProgramId: uuid('relief_program_id'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    voidedAt: timestamp('voided_at', { withTimezone: true }),
    voidReason: text('void_reason'),
  },
  (t) => [
    uniqueIndex('disbursements_number_idx').on(t.communeId, t.fundId, t.year, t.seq),
    check('disbursements_amount_check', sql`${t.amount} > 0`),
  ],
);

export const bankRowStatuses = ['matched', 'unmatched', 'assigned', 'ignored'] as const;

/**
 * One upload of a bank statement for an account, with what became of its rows: `rows` (credit lines) =
 * `stored` + `duplicates` + `errors`, and the amounts likewise; debits and total lines are `ignored`, apart.
 * `summary` keeps the lists the answer gave (duplicates with the row each duplicates, errors with their reason).
 */
export const bankStatements = pgTable(
  'bank_statements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communeId: uuid('commune_id').notNull(),
    fundId: uuid('fund_id')
      .notNull()
      .references(() => funds.id),
    accountId: uuid('account_id')
      .notNull()
      .references(() => fundAccounts.id),
    fileName: text('file_name').notNull(),
    rows: integer('rows').notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    stored: integer('stored').notNull(),
    storedAmount: bigint('stored_amount', { mode: 'number' }).notNull(),
    duplicates: integer('duplicates').notNull(),
    duplicateAmount: bigint('duplicate_amount', { mode: 'number' }).notNull(),
    errorCount: integer('error_count').notNull(),
    errorAmount: bigint('error_amount', { mode: 'number' }).notNull(),
    ignored: integer('ignored').notNull(),
    summary: jsonb('summary').notNull().default({}),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('bank_statements_account_idx').on(t.accountId, t.createdAt),
    // What bank_rows_statement_fk refers to.
    uniqueIndex('bank_statements_account_fund_idx').on(t.id, t.accountId, t.fundId),
    check(
      'bank_statements_sum_check',
      sql`${t.rows} = ${t.stored} + ${t.duplicates} + ${t.errorCount} and ${t.amount} = ${t.storedAmount} + ${t.duplicateAmount} + ${t.errorAmount}`,
    ),
  ],
);

/**
 * Rows of imported bank statements. A transfer's identity is (account, bank reference, value date, amount): a
 * bank reuses a trace number on another day or for another amount, and two accounts are two number spaces.
 */
export const bankRows = pgTable(
  'bank_rows',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communeId: uuid('commune_id').notNull(),
    /** The fund and account are the statement's (one foreign key below checks all three). */
    fundId: uuid('fund_id').notNull(),
    accountId: uuid('account_id').notNull(),
    /** The upload it came in (rows imported before uploads were recorded have one made for them, migration 0027). */
    statementId: uuid('statement_id').notNull(),
    /** Its row in that file, as the person sees it in Excel or a text editor. */
    line: integer('line'),
    bankTxnId: text('bank_txn_id').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    description: text('description').notNull(),
    payerName: text('payer_name'),
    /** The payer's account as the statement masks it; staff only. */
    payerAccount: text('payer_account'),
    driveId: uuid('drive_id').references(() => drives.id),
    donationId: uuid('donation_id').references(() => donations.id),
    status: text('status', { enum: bankRowStatuses }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('bank_rows_identity_idx').on(t.communeId, t.accountId, t.bankTxnId, t.date, t.amount),
    index('bank_rows_fund_page_idx').on(t.fundId, t.date, t.id),
    // One check per row instead of three (statement, account, fund): each is 4 µs of every imported transfer.
    foreignKey({
      name: 'bank_rows_statement_fk',
      columns: [t.statementId, t.accountId, t.fundId],
      foreignColumns: [bankStatements.id, bankStatements.accountId, bankStatements.fundId],
    }),
  ],
);

export type Fund = typeof funds.$inferSelect;
export type Drive = typeof drives.$inferSelect;
export type Donation = typeof donations.$inferSelect;
export type Disbursement = typeof disbursements.$inferSelect;

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

export * from './disclosure-schema';
