import { z } from '@hono/zod-openapi';
import { calendarDate } from '../../http/fields';
import { donorKinds } from './schema';

const nullableText = z.string().nullable();
const cursorParam = z.string().max(64).optional();

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
