import { z } from '@hono/zod-openapi';
import { money, text, uuid } from '../../http/fields';
import { limitParam, pageQueryFields } from '../../http/page-cursor';
import { moneyDate } from '../funds/fields';

/** 10^9 of an item's unit: far above any commune's store, well inside a safe integer once multiplied by a value. */
export const MAX_QUANTITY = 1_000_000_000;
const MAX_LINES = 100;

/** A quantity in the item's unit: a whole number (schema.ts says why), at least `min`. */
const quantity = (what: string, min: number) =>
  z
    .number({ message: `${what} phải là một số nguyên.` })
    .int(`${what} phải là số nguyên theo đơn vị tính của mặt hàng.`)
    .min(min, min > 0 ? `${what} phải lớn hơn 0.` : `${what} không được âm.`)
    .max(MAX_QUANTITY, `${what} quá lớn.`);

const optionalText = (what: string, max: number) =>
  z.string().trim().max(max, `${what} tối đa ${max} ký tự.`).nullish();

export const itemBody = z
  .object({
    name: text('tên mặt hàng', 120).openapi({ example: 'Gạo' }),
    unit: text('đơn vị tính', 20).openapi({ example: 'kg' }),
  })
  .strict();

const linesOf = <T extends z.ZodType>(line: T, what: string) =>
  z.array(line).min(1, `${what}: nhập ít nhất một dòng hàng.`).max(MAX_LINES, `${what}: tối đa ${MAX_LINES} dòng.`);

const receiptLine = z
  .object({
    itemId: uuid('mặt hàng').nullish(),
    name: z.string().trim().max(120, 'Tên mặt hàng tối đa 120 ký tự.').nullish(),
    unit: z.string().trim().max(20, 'Đơn vị tính tối đa 20 ký tự.').nullish(),
    quantity: quantity('Số lượng', 1),
    value: money('Giá trị ước tính').default(0),
  })
  .strict()
  .superRefine((l, ctx) => {
    if (l.itemId) return;
    if (!l.name) ctx.addIssue({ code: 'custom', path: ['name'], message: 'Chọn mặt hàng hoặc nhập tên mặt hàng mới.' });
    if (!l.unit) ctx.addIssue({ code: 'custom', path: ['unit'], message: 'Nhập đơn vị tính (kg, thùng, chai, bộ…).' });
  });

export const receiptBody = z
  .object({
    date: moneyDate,
    donorName: z.string().trim().max(200, 'Tên người ủng hộ tối đa 200 ký tự.').default(''),
    publicAnonymous: z
      .boolean({ message: 'publicAnonymous: true hoặc false.' })
      .default(false)
      .openapi({ description: 'Người ủng hộ chọn hiện là "Nhà hảo tâm" khi công khai.' }),
    note: optionalText('Ghi chú', 500),
    lines: linesOf(receiptLine, 'Phiếu nhập'),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (!v.donorName && !v.publicAnonymous)
      ctx.addIssue({ code: 'custom', path: ['donorName'], message: 'Nhập tên người ủng hộ hoặc chọn "Nhà hảo tâm".' });
  });

const issueLine = z.object({ itemId: uuid('mặt hàng'), quantity: quantity('Số lượng', 1) }).strict();

export const issueBody = z
  .object({
    date: moneyDate,
    villageId: uuid('thôn').nullish(),
    recipient: optionalText('Người/nơi nhận', 500),
    decisionRef: text('số quyết định', 100),
    note: optionalText('Ghi chú', 500),
    lines: linesOf(issueLine, 'Phiếu xuất'),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (!v.villageId && !v.recipient)
      ctx.addIssue({ code: 'custom', path: ['recipient'], message: 'Chọn thôn nhận hoặc ghi người/nơi nhận.' });
  });

const countLine = z
  .object({
    itemId: uuid('mặt hàng'),
    counted: quantity('Số lượng kiểm đếm', 0),
    reason: optionalText('Lý do chênh lệch', 300),
  })
  .strict();

export const countBody = z
  .object({
    date: moneyDate,
    note: optionalText('Ghi chú', 500),
    lines: linesOf(countLine, 'Kiểm kê'),
  })
  .strict();

export const voidBody = z.object({ reason: text('lý do hủy', 500) }).strict();

// — Responses —

export const itemSchema = z.object({ id: z.string(), name: z.string(), unit: z.string() }).openapi('GoodsItem');

export const stockRowSchema = z
  .object({
    itemId: z.string(),
    name: z.string(),
    unit: z.string(),
    received: z.number().int(),
    issued: z.number().int(),
    adjusted: z.number().int(),
    onHand: z.number().int(),
    valueReceived: z.number().int(),
    valueOnHand: z.number().int(),
  })
  .openapi('GoodsStockRow');

export const stockSchema = z
  .object({
    warehouse: z.object({ id: z.string(), name: z.string() }).nullable(),
    fundId: z.string(),
    items: z.array(stockRowSchema),
    totals: z.object({ valueReceived: z.number().int(), valueOnHand: z.number().int() }),
    can: z.object({ manage: z.boolean(), read: z.boolean(), issuesOfVillages: z.boolean() }),
  })
  .openapi('GoodsStock');

export const slipLineSchema = z.object({
  itemId: z.string(),
  name: z.string(),
  unit: z.string(),
  quantity: z.number().int().openapi({ description: 'Số lượng nhập/xuất; với kiểm kê: chênh lệch (+ thừa, − thiếu).' }),
  value: z.number().int(),
  counted: z.number().int().nullable(),
  reason: z.string().nullable(),
});

export const slipSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['receipt', 'issue', 'count']),
    number: z.string(),
    date: z.string(),
    donorName: z.string().nullable(),
    publicAnonymous: z.boolean(),
    villageId: z.string().nullable(),
    villageName: z.string().nullable(),
    recipient: z.string().nullable(),
    decisionRef: z.string().nullable(),
    note: z.string().nullable(),
    totalValue: z.number().int(),
    lines: z.array(slipLineSchema),
    voidedAt: z.string().nullable(),
    voidReason: z.string().nullable(),
    can: z.object({ void: z.boolean() }),
  })
  .openapi('GoodsSlip');

/** Rows of one page of the public goods list by default, and at most (like the public drives). */
export const PUBLIC_GOODS_PAGE = 50;
export const PUBLIC_GOODS_MAX = 100;

export const publicGoodsQuery = z.object({
  cursor: pageQueryFields.cursor,
  limit: limitParam(PUBLIC_GOODS_MAX, PUBLIC_GOODS_PAGE),
});

const receivedLine = {
  date: z.string(),
  number: z.string(),
  donor: z.string(),
  item: z.string(),
  unit: z.string(),
  quantity: z.number().int(),
  value: z.number().int(),
};
const issuedLine = {
  date: z.string(),
  number: z.string(),
  recipient: z.string(),
  decisionRef: z.string(),
  item: z.string(),
  unit: z.string(),
  quantity: z.number().int(),
  value: z.number().int(),
};

export const publicGoodsSchema = z
  .object({
    items: z
      .array(
        z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('receipt'), ...receivedLine }),
          z.object({ kind: z.literal('issue'), ...issuedLine }),
        ]),
      )
      .openapi({ description: 'Một trang các dòng hàng nhận và xuất, mới nhất trước.' }),
    nextCursor: z.string().nullable(),
    received: z.array(z.object(receivedLine)).openapi({ description: 'Các dòng hàng nhận của trang này.' }),
    issued: z.array(z.object(issuedLine)).openapi({ description: 'Các dòng hàng xuất của trang này.' }),
    totals: z
      .object({ valueReceived: z.number().int(), valueIssued: z.number().int() })
      .openapi({ description: 'Tính trên mọi dòng của quỹ, không riêng trang này.' }),
  })
  .openapi('PublicGoods');
