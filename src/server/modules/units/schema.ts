import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';

/**
 * `national` is the central committee (Ủy ban Trung ương MTTQ Việt Nam): one unit, its own root path with no children,
 * so that provinces keep the paths they have; an `upper` grant on it scopes its officials to its own records (funds).
 */
export const unitLevels = ['national', 'province', 'district', 'commune', 'village'] as const;
export type UnitLevel = (typeof unitLevels)[number];

/** Contact details and other per-unit settings shown on the portal and in documents. */
export type UnitSettings = {
  address?: string;
  phone?: string;
  email?: string;
  chairName?: string;
  /** The portal's "Giới thiệu" page: who the committee is, in the commune's own words (plain text, paragraphs). */
  intro?: string;
  /** "Ông Nguyễn Văn A, Chủ tịch Ủy ban MTTQ Việt Nam xã Hồng Sơn": who answers for the portal's content. */
  responsible?: string;
};

/** The commune's emblem or logo as stored (one PNG under the storage directory; the key changes with each upload). */
export type UnitLogo = { key: string; width: number; height: number };

export const units = pgTable(
  'units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    level: text('level', { enum: unitLevels }).notNull(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => units.id),
    /** The commune a commune or village belongs to (itself for a commune); null above communes. */
    communeId: uuid('commune_id'),
    /** Materialised path of ids, '/<province>/<commune>/<village>/', so a subtree is one prefix match. */
    path: text('path').notNull(),
    settings: jsonb('settings').$type<UnitSettings>().notNull().default({}),
    /** The official code (Decision 19/2025/QĐ-TTg: 2 digits a province, 5 a commune); null for villages and hand-made units. */
    code: text('code'),
    /** The last day of a unit that no longer exists (a commune merged on 1/7/2025 ended on 30/6/2025). */
    endedOn: date('ended_on', { mode: 'string' }),
    /** The unit that holds an ended unit's records now: its users read them (see users/queries). */
    successorId: uuid('successor_id').references((): AnyPgColumn => units.id),
    /**
     * A commune's readable address on the portal ("hong-son" in /xa/hong-son): given once when the commune is made and
     * kept when it is renamed, so links already shared keep working; null for other levels.
     */
    slug: text('slug'),
    logo: jsonb('logo').$type<UnitLogo>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('units_path_idx').on(t.path),
    uniqueIndex('units_slug_idx').on(t.slug).where(sql`${t.slug} is not null`),
    // Codes are never reused: one current unit per code (an ended unit keeps the code it had).
    uniqueIndex('units_code_current_idx')
      .on(t.level, t.code)
      .where(sql`${t.code} is not null and ${t.endedOn} is null`),
    index('units_successor_idx').on(t.successorId),
    index('units_parent_idx').on(t.parentId),
    index('units_commune_idx').on(t.communeId),
    check('units_level_check', sql`${t.level} in ('national','province','district','commune','village')`),
    // There is one central committee: a second national unit is refused by the database itself.
    uniqueIndex('units_national_idx').on(t.level).where(sql`${t.level} = 'national'`),
  ],
);

export const organizations = pgTable(
  'organizations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communeId: uuid('commune_id')
      .notNull()
      .references(() => units.id),
    name: text('name').notNull(),
    shortName: text('short_name').notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('organizations_commune_short_name_idx').on(t.communeId, t.shortName)],
);

export type Unit = typeof units.$inferSelect;
export type Organization = typeof organizations.$inferSelect;
