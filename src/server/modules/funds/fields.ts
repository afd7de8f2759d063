import { z } from '@hono/zod-openapi';
import { addDays, todayVn } from '../../../lib/dates';
import { invalid } from '../../core/errors';
import { calendarDate, money, text, uuid } from '../../http/fields';
import { pageQueryFields } from '../../http/page-cursor';
import { bankRowStatuses, donorKinds, paymentMethods } from './schema';

export const positiveMoney = (what: string) => money(what).min(1, `${what} phải lớn hơn 0.`);

/** The first year a receipt or payout may carry: the product keeps no older books (issue 12.13, "PT-1-0001" of 0202). */
export const MIN_MONEY_YEAR = 2000;

/** A date of a money movement: real, from 2000, and not more than a day ahead (clocks and time zones). */
export const moneyDate = calendarDate('Ngày')
  .refine((d) => d >= `${MIN_MONEY_YEAR}-01-01`, `Ngày: từ năm ${MIN_MONEY_YEAR} trở đi.`)
  .refine((d) => d <= addDays(todayVn(), 1), 'Ngày không được sau hôm nay quá một ngày.');

export const donorKind = z.enum(donorKinds, {
  message: 'Loại người ủng hộ: person, household, organization, business hoặc anonymous.',
});

// — Request bodies —

export const fundBody = z
  .object({
    unitId: uuid('đơn vị')
      .optional()
      .openapi({ description: 'Đơn vị giữ quỹ: một xã, một tỉnh hoặc đơn vị trung ương.' }),
    communeId: uuid('xã').optional().openapi({ description: 'Cách cũ, vẫn nhận: xã giữ quỹ (dùng unitId).' }),
    name: text('tên quỹ', 200),
    bankBin: z
      .string()
      .regex(/^\d{6}$/, 'Mã ngân hàng (BIN) gồm 6 chữ số.')
      .optional(),
    bankAccount: z
      .string()
      .regex(/^[0-9A-Za-z]{1,19}$/, 'Số tài khoản chỉ gồm chữ số/chữ, tối đa 19 ký tự.')
      .optional(),
    bankAccountName: z.string().trim().max(200).optional(),
  })
  .superRefine((v, ctx) => {
    if (!v.unitId && !v.communeId)
      ctx.addIssue({ code: 'custom', path: ['unitId'], message: 'Chọn đơn vị lập quỹ (xã, tỉnh hoặc trung ương).' });
    else if (v.unitId && v.communeId && v.unitId !== v.communeId)
      ctx.addIssue({
        code: 'custom',
        path: ['communeId'],
        message: 'Chỉ nêu một đơn vị: unitId (communeId là cách cũ).',
      });
  });

export const fundsQuery = z.object({
  communeId: uuid('xã').optional(),
  unitId: uuid('đơn vị').optional().openapi({ description: 'Chỉ các quỹ của đơn vị này (xã, tỉnh, trung ương).' }),
});
export const fundIdQuery = z.object({ fundId: uuid('quỹ') });

export const driveBody = z
  .object({
    fundId: uuid('quỹ'),
    name: text('tên đợt vận động', 300),
    code: z
      .string()
      .regex(/^[A-Za-z0-9]{3,20}$/, 'Mã đợt gồm 3–20 chữ/số không dấu, ví dụ VNN2026.')
      .optional(),
    from: calendarDate('Ngày bắt đầu', 'Ngày bắt đầu dạng YYYY-MM-DD.'),
    to: calendarDate('Ngày kết thúc', 'Ngày kết thúc dạng YYYY-MM-DD.'),
    target: money('Chỉ tiêu').optional(),
    assignedBy: z
      .union([
        z.object({ unitId: uuid('đơn vị giao') }).strict(),
        z.object({ body: text('cơ quan giao', 200) }).strict(),
      ])
      .optional(),
    indicatorId: uuid('chỉ tiêu').optional(),
  })
  .superRefine((v, ctx) => {
    if (v.from > v.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'Ngày kết thúc phải sau ngày bắt đầu.' });
  });

export const donationBody = z.object({
  fundId: uuid('quỹ'),
  donorName: z.string().trim().max(200, 'Tên người ủng hộ tối đa 200 ký tự.').default(''),
  donorKind,
  amount: money('Số tiền'),
  date: moneyDate,
  driveId: uuid('đợt vận động').nullish(),
  unitId: uuid('thôn').nullish(),
  organizationId: uuid('tổ chức').nullish(),
  method: z.enum(paymentMethods, { message: 'Hình thức: cash hoặc bank_transfer.' }).default('cash'),
  inKindDescription: z.string().trim().max(500, 'Mô tả hiện vật tối đa 500 ký tự.').nullish(),
  inKindValue: money('Giá trị hiện vật').default(0),
  donorAddress: z.string().trim().max(300).nullish(),
  publicAnonymous: z
    .boolean({ message: 'publicAnonymous: true hoặc false.' })
    .default(false)
    .openapi({ description: 'Người ủng hộ chọn hiện là "Nhà hảo tâm" khi công khai (mặc định: hiện tên).' }),
  pledgeId: uuid('đăng ký ủng hộ').nullish(),
  note: z.string().trim().max(1000).nullish(),
  outOfPeriodReason: text('lý do ghi ngoài thời gian đợt', 500)
    .min(3, 'Nêu lý do ghi phiếu thu ngoài thời gian đợt vận động (ít nhất 3 ký tự).')
    .optional()
    .openapi({ description: 'Bắt buộc khi ngày phiếu thu nằm ngoài thời gian của đợt vận động.' }),
});

export const voidBody = z.object({ reason: text('lý do hủy', 500).min(3, 'Nêu lý do hủy (ít nhất 3 ký tự).') });

export const pledgeBody = z.object({
  fundId: uuid('quỹ'),
  driveId: uuid('đợt vận động').nullish(),
  donorKind,
  donorName: z.string().trim().max(200).default(''),
  amount: positiveMoney('Số tiền đăng ký'),
  date: moneyDate,
  unitId: uuid('thôn').nullish(),
  note: z.string().trim().max(1000).nullish(),
});

export const transferBody = z.object({
  fundId: uuid('quỹ'),
  direction: z.enum(['up', 'down'], { message: 'Chiều chuyển: up (nộp cấp trên) hoặc down (cấp trên chuyển về).' }),
  amount: positiveMoney('Số tiền'),
  date: moneyDate,
  counterparty: text('đơn vị nhận/chuyển', 200),
  documentRef: z.string().trim().max(100).nullish(),
  note: z.string().trim().max(1000).nullish(),
});

export const payoutBody = z.object({
  fundId: uuid('quỹ'),
  amount: positiveMoney('Số tiền chi'),
  date: moneyDate,
  purpose: text('nội dung chi', 500),
  recipient: text('người/đơn vị nhận', 200),
  decisionRef: text('số quyết định chi', 100),
  driveId: uuid('đợt vận động').nullish(),
  reliefProgramId: uuid('chương trình trợ giúp').nullish(),
});

const isoDay = (what: string) => calendarDate(what, `${what} dạng YYYY-MM-DD.`).optional();
const fromNotAfterTo = (v: { from?: string; to?: string }, ctx: z.RefinementCtx) => {
  if (v.from && v.to && v.from > v.to)
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'Đến ngày phải sau hoặc bằng từ ngày.' });
};

export const periodQuery = z.object({ from: isoDay('Từ ngày'), to: isoDay('Đến ngày') }).superRefine(fromNotAfterTo);

export const bankRowsQuery = z
  .object({
    status: z.enum(bankRowStatuses, { message: 'Trạng thái: matched, unmatched, assigned hoặc ignored.' }).optional(),
    from: isoDay('Từ ngày'),
    to: isoDay('Đến ngày'),
    accountId: z.uuid('Mã tài khoản không hợp lệ.').optional(),
    statementId: z.uuid('Mã lần nhập sao kê không hợp lệ.').optional(),
    ...pageQueryFields,
  })
  .superRefine(fromNotAfterTo);

export const assignBody = z
  .object({
    driveId: z.uuid('Mã đợt vận động không hợp lệ.').nullish(),
    donorName: z
      .string()
      .trim()
      .min(1, 'Nhập tên người ủng hộ.')
      .max(200, 'Tên người ủng hộ tối đa 200 ký tự.')
      .optional(),
    ignore: z.boolean({ message: 'ignore là true hoặc false.' }).optional(),
    reason: z.string().trim().max(500, 'Lý do tối đa 500 ký tự.').optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.ignore) {
      if (!v.reason || v.reason.length < 3)
        ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Nêu lý do bỏ qua dòng sao kê (ít nhất 3 ký tự).' });
      if (v.driveId)
        ctx.addIssue({ code: 'custom', path: ['driveId'], message: 'Không thể vừa gán vào đợt vừa bỏ qua.' });
    } else if (v.driveId === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['driveId'],
        message: 'Chọn đợt vận động (driveId; null là ghi vào quỹ chung) hoặc bỏ qua (ignore: true, kèm lý do).',
      });
    }
  });

export const MAX_STATEMENT_BYTES = 100 * 1024 * 1024;

/** The multipart upload of a bank statement: a file field, at most 100 MB, .xlsx/.csv/.txt (or no extension). */
export async function statementFile(form: Promise<Record<string, unknown>>) {
  const parsed = await form;
  const file = parsed.file;
  if (!(file instanceof File)) throw invalid({ file: 'Chọn tệp sao kê ngân hàng (.xlsx hoặc .csv).' });
  if (file.size > MAX_STATEMENT_BYTES) throw invalid({ file: 'Tệp tối đa 100 MB.' });
  if (/\.[a-z0-9]+$/i.test(file.name) && !/\.(xlsx|csv|txt)$/i.test(file.name))
    throw invalid({ file: 'Chọn tệp sao kê .xlsx hoặc .csv.' });
  return { name: file.name, bytes: await file.arrayBuffer() };
}

// — Responses —

const nullableText = z.string().nullable();
const recordAt = z.object({ villageIds: z.array(z.string()), organizationIds: z.array(z.string()) });

export const fundSchema = z
  .object({
    id: z.string(),
    communeId: z.string().openapi({ description: 'Đơn vị giữ quỹ (tên cũ; bằng unitId).' }),
    unitId: z.string(),
    unitLevel: z.enum(['national', 'province', 'commune']),
    unitName: z.string(),
    name: z.string(),
    bankBin: nullableText,
    bankAccount: nullableText,
    bankAccountName: nullableText,
    can: z.object({
      manage: z.boolean(),
      recordDonations: z.boolean(),
      voidDonations: z.boolean(),
      recordAt: recordAt.describe('Where a village or organisation head may write receipts in this commune.'),
    }),
  })
  .openapi('Fund');

export const driveSchema = z
  .object({
    id: z.string(),
    fundId: z.string(),
    communeId: z.string(),
    name: z.string(),
    code: z.string(),
    from: z.string(),
    to: z.string(),
    target: z.number().nullable(),
    assignedBy: z.union([z.object({ unitId: z.string() }), z.object({ body: z.string() })]).nullable(),
    indicatorId: nullableText,
  })
  .openapi('Drive');

/** The drive's public announcement as entered in the outgoing register. */
export const noticeSchema = z
  .object({ documentId: z.string(), number: z.string(), date: z.string() })
  .openapi('DisclosureNotice');

export const driveSummarySchema = z.object({
  total: z.number(),
  cash: z.number(),
  goods: z.number(),
  count: z.number(),
  target: z.number().optional(),
  percent: z.number().nullable().optional(),
  text: z.string(),
  notice: noticeSchema.nullable().openapi({
    description: 'Thông báo công khai đã vào sổ văn bản đi (số TB, ngày); null khi chưa vào sổ',
  }),
  canRegisterNotice: z.boolean().openapi({ description: 'Người gọi được vào sổ thông báo công khai (chưa vào sổ)' }),
});

export const balanceSchema = z.object({
  received: z.number(),
  disbursed: z.number(),
  transferredOut: z.number(),
  transferredIn: z.number(),
  balance: z.number(),
});

export const donationSchema = z
  .object({
    id: z.string(),
    fundId: z.string(),
    driveId: nullableText,
    receiptNo: z.string(),
    donorKind: z.enum(donorKinds),
    donorName: z.string(),
    publicAnonymous: z.boolean(),
    method: z.enum(paymentMethods),
    amount: z.number(),
    amountInWords: z.string(),
    inKindDescription: nullableText,
    inKindValue: z.number(),
    total: z.number(),
    totalInWords: z.string(),
    unitId: nullableText,
    organizationId: nullableText,
    pledgeId: nullableText,
    date: z.string(),
    note: nullableText,
    voided: z.boolean(),
    voidReason: nullableText,
    createdAt: z.string(),
    can: z.object({ void: z.boolean() }),
  })
  .openapi('Donation');

export const pledgeCreatedSchema = z.object({
  id: z.string(),
  fundId: z.string(),
  donorName: z.string(),
  amount: z.number(),
  date: z.string(),
});

export const pledgeListSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      donorName: z.string(),
      donorKind: z.enum(donorKinds),
      amount: z.number(),
      date: z.string(),
      fulfilled: z.number(),
      outstanding: z.number(),
    }),
  ),
  outstanding: z.number(),
});

export const transferSchema = z.object({
  id: z.string(),
  fundId: z.string(),
  direction: z.enum(['up', 'down']),
  amount: z.number(),
  date: z.string(),
  counterparty: z.string(),
});

export const disbursementSchema = z
  .object({
    id: z.string(),
    fundId: z.string(),
    driveId: nullableText,
    payoutNo: z.string(),
    amount: z.number(),
    amountInWords: z.string(),
    date: z.string(),
    purpose: z.string(),
    recipient: z.string(),
    decisionRef: z.string(),
    reliefProgramId: nullableText,
    voided: z.boolean(),
    voidReason: nullableText,
  })
  .openapi('Disbursement');

export const bankRowSchema = z
  .object({
    id: z.string(),
    fundId: z.string(),
    txnId: z.string(),
    date: z.string(),
    amount: z.number(),
    description: z.string(),
    payerName: nullableText,
    status: z.enum(bankRowStatuses),
    driveId: nullableText,
    driveCode: nullableText,
    donationId: nullableText,
    receiptNo: nullableText,
    receiptVoided: z.boolean(),
    ignoreReason: nullableText,
    accountId: z.string(),
    statementId: nullableText,
    line: z.number().nullable(),
    payerAccount: nullableText,
  })
  .openapi('BankRow');

/** A bank row as the staff list shows it: with what the caller may do with it. */
export const listedBankRowSchema = bankRowSchema.extend({ can: z.object({ assign: z.boolean() }) });

const duplicateOf = z.object({ statementId: nullableText, fileName: nullableText, row: z.number().nullable() });

/** An import's answer: `rows` = `stored` + `duplicates` + `errors.length`, `amount` likewise; debits are `ignored`. */
export const importResultSchema = z
  .object({
    statementId: z.string(),
    accountId: z.string(),
    fileName: z.string(),
    rows: z.number(),
    amount: z.number(),
    stored: z.number(),
    storedAmount: z.number(),
    duplicates: z.number(),
    duplicateAmount: z.number(),
    errors: z.array(
      z.object({ row: z.number(), field: z.string(), message: z.string(), amount: z.number().nullable() }),
    ),
    errorAmount: z.number(),
    duplicateRows: z.array(
      z.object({ row: z.number(), txnId: z.string(), date: z.string(), amount: z.number(), duplicateOf }),
    ),
    ignored: z.array(z.object({ row: z.number(), reason: z.string() })),
    attributed: z.object({ byCode: z.number(), byDefault: z.number(), toFund: z.number() }),
    firstReceiptNo: nullableText,
    lastReceiptNo: nullableText,
    imported: z.number(),
    matched: z.number(),
    unmatched: z.number(),
    skipped: z.number(),
    receipts: z.array(z.object({ row: z.number(), txnId: z.string(), receiptNo: z.string() })),
  })
  .openapi('StatementImport');

export const assignResultSchema = z.object({ row: listedBankRowSchema, receipt: donationSchema.nullable() });

const bookLine = z.object({
  date: z.string(),
  kind: z.enum(['receipt', 'payout', 'transfer_up', 'transfer_down']),
  number: nullableText,
  description: z.string(),
  income: z.number(),
  expense: z.number(),
  balance: z.number(),
});

export const bookSchema = z.object({
  fundId: z.string(),
  fundName: z.string(),
  from: z.string(),
  to: z.string(),
  opening: z.number(),
  lines: z.array(bookLine),
  totals: z.object({ income: z.number(), expense: z.number() }),
  closing: z.number(),
});

export const reconciliationSchema = z.object({
  fundId: z.string(),
  from: z.string(),
  to: z.string(),
  bankTotal: z.number(),
  bankRows: z.number(),
  receiptsByTransferTotal: z.number(),
  difference: z.number(),
  explained: z.object({
    unmatched: z.number(),
    ignored: z.number(),
    voidedReceipts: z.number(),
    receiptsWithoutBankRow: z.number(),
  }),
  counts: z.object({
    unmatched: z.number(),
    ignored: z.number(),
    voidedReceipts: z.number(),
    receiptsWithoutBankRow: z.number(),
  }),
  withoutDrive: z.object({ count: z.number(), amount: z.number() }),
  unmatchedRows: z.array(bankRowSchema).openapi({ description: 'Tối đa 100 dòng đầu; số dòng đủ ở `counts`.' }),
  ignoredRows: z.array(bankRowSchema),
  rowsWithVoidedReceipt: z.array(bankRowSchema),
  receiptsWithoutBankRow: z.array(
    z.object({
      id: z.string(),
      receiptNo: z.string(),
      date: z.string(),
      amount: z.number(),
      donorName: z.string(),
      driveId: nullableText,
    }),
  ),
});
