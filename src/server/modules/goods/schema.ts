import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { funds } from '../funds/schema';
import { units } from '../units/schema';
import { users } from '../users/schema';

/*
 * Goods in kind (hàng hóa, hiện vật) a fund receives and hands out: rice, instant noodles, water, clothes.
 *
 * Quantities are whole numbers in the item's own unit (kg, thùng, chai, bộ, cái…). Relief goods are received,
 * stored and handed out in whole units of packing — a sack, a carton, a set — and counted that way at a stock
 * count; a fraction (0,5 kg) is written in a smaller unit (gram, gói). Integers keep every sum exact in SQL and
 * TypeScript alike, with no float or fixed-point conversion at the edges. Money (estimated value) is integer đồng.
 */

/** The store of a fund's goods (kho): one per fund, made on first use. */
export const goodsWarehouses = pgTable(
  'goods_warehouses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communeId: uuid('commune_id')
      .notNull()
      .references(() => units.id),
    fundId: uuid('fund_id')
      .notNull()
      .references(() => funds.id),
    name: text('name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('goods_warehouses_fund_idx').on(t.communeId, t.fundId)],
);

/** An item kept in a warehouse (mặt hàng) and the unit it is counted in. */
export const goodsItems = pgTable(
  'goods_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communeId: uuid('commune_id').notNull(),
    warehouseId: uuid('warehouse_id')
      .notNull()
      .references(() => goodsWarehouses.id),
    name: text('name').notNull(),
    unit: text('unit').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('goods_items_name_idx').on(t.communeId, t.warehouseId, t.name, t.unit)],
);

/** Gapless numbering per warehouse, year and kind (PN receipts, PX issues, KK counts): the row lock serialises. */
export const goodsCounters = pgTable(
  'goods_counters',
  {
    communeId: uuid('commune_id').notNull(),
    warehouseId: uuid('warehouse_id')
      .notNull()
      .references(() => goodsWarehouses.id),
    year: integer('year').notNull(),
    kind: text('kind').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.communeId, t.warehouseId, t.year, t.kind] })],
);

export const slipKinds = ['receipt', 'issue', 'count'] as const;
export type SlipKind = (typeof slipKinds)[number];

/**
 * A slip of the stock ledger, append-only: a receipt in kind (phiếu nhập), an issue (phiếu xuất) or a stock count
 * (biên bản kiểm kê). A mistake is voided with a reason and keeps its number; its lines then count for nothing.
 */
export const goodsSlips = pgTable(
  'goods_slips',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communeId: uuid('commune_id').notNull(),
    warehouseId: uuid('warehouse_id')
      .notNull()
      .references(() => goodsWarehouses.id),
    kind: text('kind', { enum: slipKinds }).notNull(),
    year: integer('year').notNull(),
    seq: integer('seq').notNull(),
    number: text('number').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    /** Receipts: the giver as written on the slip; `publicAnonymous` shows "Nhà hảo tâm" in public. */
    donorName: text('donor_name'),
    publicAnonymous: boolean('public_anonymous').notNull().default(false),
    /** Issues: the village the goods went to (its head sees the slip), and the recipient as written. */
    villageId: uuid('village_id').references(() => units.id),
    recipient: text('recipient'),
    decisionRef: text('decision_ref'),
    /** The commune's path, or the village's for an issue to a village: scope filters on it. */
    unitPath: text('unit_path').notNull(),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    voidedAt: timestamp('voided_at', { withTimezone: true }),
    voidedBy: uuid('voided_by').references(() => users.id),
    voidReason: text('void_reason'),
  },
  (t) => [
    uniqueIndex('goods_slips_number_idx').on(t.communeId, t.warehouseId, t.kind, t.year, t.seq),
    index('goods_slips_warehouse_date_idx').on(t.warehouseId, t.date),
  ],
);

/**
 * A line of a slip: `quantity` is the signed movement (+ in, − out; a count's difference either way) in the item's
 * unit, `value` its estimated worth in đồng (signed the same way). A count line also keeps what was counted.
 */
export const goodsLines = pgTable(
  'goods_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    communeId: uuid('commune_id').notNull(),
    slipId: uuid('slip_id')
      .notNull()
      .references(() => goodsSlips.id),
    itemId: uuid('item_id')
      .notNull()
      .references(() => goodsItems.id),
    position: integer('position').notNull(),
    quantity: bigint('quantity', { mode: 'number' }).notNull(),
    value: bigint('value', { mode: 'number' }).notNull().default(0),
    counted: bigint('counted', { mode: 'number' }),
    reason: text('reason'),
  },
  (t) => [
    index('goods_lines_slip_idx').on(t.slipId),
    index('goods_lines_item_idx').on(t.itemId),
    check('goods_lines_counted_check', sql`${t.counted} is null or ${t.counted} >= 0`),
  ],
);

export type Warehouse = typeof goodsWarehouses.$inferSelect;
export type GoodsItem = typeof goodsItems.$inferSelect;
export type GoodsSlip = typeof goodsSlips.$inferSelect;
export type GoodsLine = typeof goodsLines.$inferSelect;
