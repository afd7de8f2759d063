import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organizations, units } from '../units/schema';

/**
 * People and their memberships of the commune's organisations (issue 14.4), and the dues they pay (14.5). One
 * person is often a member of several organisations: counts show people and memberships apart.
 */
export const sexes = ['male', 'female'] as const;
export type Sex = (typeof sexes)[number];

export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communeId: uuid('commune_id')
      .notNull()
      .references(() => units.id),
    villageId: uuid('village_id')
      .notNull()
      .references(() => units.id),
    /** The village's path: scope is a prefix match, as everywhere. */
    unitPath: text('unit_path').notNull(),
    fullName: text('full_name').notNull(),
    /** Folded (no diacritics, lower case) for search and for finding the same person in two lists. */
    nameFolded: text('name_folded').notNull(),
    birthYear: integer('birth_year'),
    sex: text('sex', { enum: sexes }),
    ethnicity: text('ethnicity'),
    phone: text('phone'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('people_commune_idx').on(t.communeId, t.nameFolded, t.birthYear),
    index('people_path_idx').on(t.unitPath),
  ],
);

/** A branch of an organisation (chi hội, chi đoàn, tổ công đoàn), usually one per village. */
export const branches = pgTable(
  'branches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communeId: uuid('commune_id')
      .notNull()
      .references(() => units.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    villageId: uuid('village_id').references(() => units.id),
    /** The village's path, or the commune's for a branch across villages. */
    unitPath: text('unit_path').notNull(),
    name: text('name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('branches_name_idx').on(t.communeId, t.organizationId, sql`lower(${t.name})`)],
);

export const memberships = pgTable(
  'memberships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communeId: uuid('commune_id')
      .notNull()
      .references(() => units.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    branchId: uuid('branch_id').references(() => branches.id),
    unitPath: text('unit_path').notNull(),
    /** The dues rule that applies (e.g. "Có lương", "Không lương"); the organisation's rules name the categories. */
    duesCategory: text('dues_category').notNull().default('Thường'),
    joinedOn: date('joined_on', { mode: 'string' }).notNull(),
    cardNo: text('card_no'),
    leftOn: date('left_on', { mode: 'string' }),
    leaveReason: text('leave_reason'),
    /** The membership of another commune this one continues (chuyển sinh hoạt): not a new admission. */
    transferredFromId: uuid('transferred_from_id').references((): AnyPgColumn => memberships.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // The rule "one open membership of a person in an organisation" is this index: a second is a 409.
    uniqueIndex('memberships_open_idx').on(t.communeId, t.personId, t.organizationId).where(sql`${t.leftOn} is null`),
    // Counts as of a date read these without the table (index-only): by organisation, and people once each.
    index('memberships_org_dates_idx').on(t.communeId, t.organizationId, t.joinedOn, t.leftOn),
    index('memberships_commune_person_idx').on(t.communeId, t.personId, t.joinedOn, t.leftOn),
    index('memberships_person_idx').on(t.personId),
    check('memberships_left_after_joined', sql`${t.leftOn} is null or ${t.leftOn} >= ${t.joinedOn}`),
  ],
);

/** What a member of a category pays per month or per year from a date, and the share passed to the level above. */
export const duesRules = pgTable(
  'dues_rules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communeId: uuid('commune_id')
      .notNull()
      .references(() => units.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    category: text('category').notNull(),
    periodKind: text('period_kind', { enum: ['month', 'year'] }).notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    /** Per cent of what is collected that passes up (e.g. 40). */
    shareUpPercent: integer('share_up_percent').notNull().default(0),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('dues_rules_idx').on(t.organizationId, t.category, t.validFrom),
    check('dues_rules_amount_positive', sql`${t.amount} > 0`),
    check('dues_rules_share', sql`${t.shareUpPercent} between 0 and 100`),
  ],
);

export const duesPayments = pgTable(
  'dues_payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communeId: uuid('commune_id')
      .notNull()
      .references(() => units.id),
    membershipId: uuid('membership_id')
      .notNull()
      .references(() => memberships.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    /** 'YYYY-MM' for monthly dues, 'YYYY' for yearly ones. */
    period: text('period').notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    /** The branch the member was in when paying: a branch's cash book. */
    branchId: uuid('branch_id').references(() => branches.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One entry per member per period: two clerks marking the same dues at once get one entry and one 409.
    uniqueIndex('dues_payments_period_idx').on(t.communeId, t.membershipId, t.period),
    check('dues_payments_amount_positive', sql`${t.amount} > 0`),
  ],
);

export const transferStatuses = ['pending', 'accepted', 'refused'] as const;

/**
 * A member moving branch (chuyển sinh hoạt): within the commune to another branch of the organisation, or to
 * another commune. Nothing moves until the receiving side accepts: then, in one transaction, the branch changes, or
 * the old membership ends and the receiving commune's begins (with the person written into its list).
 */
export const membershipTransfers = pgTable(
  'membership_transfers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communeId: uuid('commune_id')
      .notNull()
      .references(() => units.id),
    membershipId: uuid('membership_id')
      .notNull()
      .references(() => memberships.id),
    fromBranchId: uuid('from_branch_id').references(() => branches.id),
    /** The receiving commune (the same one for a move between branches). */
    toCommuneId: uuid('to_commune_id')
      .notNull()
      .references(() => units.id),
    /** Chosen by the sender within the commune; by the receiving commune on accepting a move from elsewhere. */
    toBranchId: uuid('to_branch_id').references(() => branches.id),
    on: date('on', { mode: 'string' }).notNull(),
    note: text('note'),
    status: text('status', { enum: transferStatuses }).notNull().default('pending'),
    decidedOn: date('decided_on', { mode: 'string' }),
    decisionNote: text('decision_note'),
    newMembershipId: uuid('new_membership_id').references(() => memberships.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One open request per membership: a second while the first waits is a 409.
    uniqueIndex('membership_transfers_pending_idx').on(t.membershipId).where(sql`${t.status} = 'pending'`),
    index('membership_transfers_to_idx').on(t.toCommuneId, t.status),
    index('membership_transfers_from_idx').on(t.communeId, t.status),
  ],
);

export type MembershipTransfer = typeof membershipTransfers.$inferSelect;
export type Person = typeof people.$inferSelect;
export type Branch = typeof branches.$inferSelect;
export type DuesRule = typeof duesRules.$inferSelect;
export type Membership = typeof memberships.$inferSelect;
