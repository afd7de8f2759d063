import { z } from '@hono/zod-openapi';
import { calendarDate } from '../../http/fields';
import { MAX_CURSOR } from '../../http/page-cursor';
import { donorKinds } from './schema';

const nullableText = z.string().nullable();
// Checked again where it is read (decodeCursor: 400 naming the field).
const cursorParam = z.string().max(MAX_CURSOR).optional();

/** The query of a public disclosure page: a search and a cursor (each checked again where it is read). */
export const disclosureQuery = z.object({
  q: z.string().max(200).optional().openapi({
    description:
      'Mã giao dịch (hoặc các số cuối), tên người ủng hộ (không dấu, thứ tự tùy ý), số tiền (100000, 100.000, 100k) hoặc ngày (dd/mm).',
  }),
  date: calendarDate('Ngày').optional(),
  cursor: cursorParam.openapi({ description: 'nextCursor hoặc prevCursor của trang trước; bỏ trống: trang đầu.' }),
  outQ: z.string().max(200).optional().openapi({ description: 'Tìm trong các khoản chi.' }),
  outCursor: cursorParam,
});

export const moneyOutQuery = z.object({ q: disclosureQuery.shape.q, cursor: cursorParam });

const moneyOutItem = z.object({
  kind: z.enum(['payout', 'transfer_up']),
  payoutNo: nullableText,
  decisionRef: nullableText,
  date: z.string(),
  purpose: z.string(),
  recipient: z.string(),
  amount: z.number(),
});
const cursors = { nextCursor: nullableText, prevCursor: nullableText };
const moneySum = { cash: z.number(), goods: z.number(), count: z.number() };

export const moneyOutPageSchema = z.object({ items: z.array(moneyOutItem), ...cursors }).openapi('PublicMoneyOutPage');

export const disclosureSchema = z
  .object({
    drive: z.object({
      id: z.string(),
      name: z.string(),
      code: z.string(),
      from: z.string(),
      to: z.string(),
      target: z.number().nullable(),
    }),
    fund: z.object({ name: z.string() }),
    commune: z.object({ id: z.string(), name: z.string(), kind: z.string() }),
    totals: z.object({
      cash: z.number(),
      goods: z.number(),
      total: z.number(),
      count: z.number(),
      paidOut: z.number(),
      transferredUp: z.number(),
      balance: z.number(),
    }),
    byDay: z.array(z.object({ date: z.string(), ...moneySum, out: z.number(), balance: z.number() })),
    byBank: z.array(z.object({ bank: z.string(), ...moneySum })),
    q: z.string(),
    date: nullableText,
    items: z.array(
      z.object({
        receiptNo: z.string(),
        date: z.string(),
        donorName: z.string(),
        donorKind: z.enum(donorKinds),
        amount: z.number(),
        inKindDescription: nullableText,
        inKindValue: z.number(),
        method: z.string(),
        bank: nullableText,
        bankRef: nullableText,
      }),
    ),
    ...cursors,
    count: z.number().openapi({ description: 'Số lượt ủng hộ khớp tìm kiếm (tối đa 5.000 khi countCapped).' }),
    total: z
      .number()
      .nullable()
      .openapi({ description: 'Tổng tiền và hiện vật của các lượt khớp; null khi countCapped.' }),
    countCapped: z.boolean(),
    payouts: z.array(moneyOutItem),
    payoutsCursors: z.object(cursors),
  })
  .openapi('PublicDisclosure');

/** The query of the public list of drives (every level), a page at a time. */
export const publicDrivesQuery = z.object({
  level: z
    .enum(['national', 'province', 'commune'], { message: 'level: national, province hoặc commune.' })
    .optional()
    .openapi({ description: 'Chỉ các đợt của quỹ cấp này.' }),
  unitId: z.uuid('Mã đơn vị không hợp lệ.').optional().openapi({ description: 'Chỉ các đợt của quỹ đơn vị này.' }),
  cursor: cursorParam.openapi({ description: 'nextCursor của trang trước; bỏ trống: trang đầu.' }),
  limit: z.coerce
    .number({ message: 'Số đợt một trang là số.' })
    .int('Số đợt một trang là số nguyên.')
    .min(1, 'Ít nhất 1 đợt một trang.')
    .max(100, 'Tối đa 100 đợt một trang.')
    .optional()
    .openapi({ description: 'Số đợt một trang (mặc định 20, tối đa 100).' }),
});

export const publicDrivesSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        code: z.string(),
        from: z.string(),
        to: z.string(),
        fundName: z.string(),
        unit: z.object({
          id: z.string(),
          name: z.string().openapi({ description: 'Tên kèm cấp: "tỉnh Tuyên Quang", "xã Hồng Sơn".' }),
          level: z.string(),
        }),
        disclosureUrl: z.string().openapi({ description: 'Trang công khai trên cổng thông tin.' }),
      }),
    ),
    nextCursor: nullableText,
  })
  .openapi('PublicDrivesPage');
