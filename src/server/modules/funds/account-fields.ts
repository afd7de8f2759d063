import { z } from '@hono/zod-openapi';
import { invalid } from '../../core/errors';
import { text, uuid } from '../../http/fields';
import { MAX_STATEMENT_BYTES } from './fields';

const bin = z.string().regex(/^\d{6}$/, 'Mã ngân hàng (BIN) gồm 6 chữ số.');

export const accountBody = z.object({
  bankName: text('tên ngân hàng', 100),
  accountNo: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z.-]{1,30}$/, 'Số tài khoản chỉ gồm chữ số/chữ, tối đa 30 ký tự.'),
  bankBin: bin.nullish(),
  accountName: z.string().trim().max(200).nullish(),
  defaultDriveId: uuid('đợt vận động').nullish(),
});

export const accountPatch = z.object({
  defaultDriveId: uuid('đợt vận động').nullable().optional(),
  bankBin: bin.nullable().optional(),
  accountName: z.string().trim().max(200).nullable().optional(),
});

export const accountSchema = z
  .object({
    id: z.string(),
    fundId: z.string(),
    bankName: z.string(),
    bankBin: z.string().nullable(),
    accountNo: z.string(),
    accountName: z.string().nullable(),
    defaultDriveId: z.string().nullable(),
    vietQr: z.string().nullable().openapi({ description: 'Nội dung mã VietQR tĩnh (người chuyển tự nhập số tiền).' }),
    createdAt: z.string(),
    can: z.object({ manage: z.boolean(), importStatement: z.boolean() }),
  })
  .openapi('FundAccount');

const uuidLike = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The multipart form of `POST /bank-statements`: the file, the account, and optionally a default drive. */
export async function statementForm(form: Promise<Record<string, unknown>>) {
  const parsed = await form;
  const accountId = typeof parsed.accountId === 'string' ? parsed.accountId.trim() : '';
  if (!uuidLike.test(accountId)) throw invalid({ accountId: 'Chọn tài khoản ngân hàng của quỹ.' });
  const drive = typeof parsed.defaultDriveId === 'string' ? parsed.defaultDriveId.trim() : '';
  if (drive && !uuidLike.test(drive)) throw invalid({ defaultDriveId: 'Mã đợt vận động không hợp lệ.' });
  const file = parsed.file;
  if (!(file instanceof File)) throw invalid({ file: 'Chọn tệp sao kê ngân hàng (.xlsx hoặc .csv).' });
  if (file.size > MAX_STATEMENT_BYTES) throw invalid({ file: 'Tệp tối đa 100 MB.' });
  if (/\.[a-z0-9]+$/i.test(file.name) && !/\.(xlsx|csv|txt)$/i.test(file.name))
    throw invalid({ file: 'Chọn tệp sao kê .xlsx hoặc .csv.' });
  return { accountId, defaultDriveId: drive || null, file };
}

const ruleSchema = z
  .object({
    contains: z.string().trim().min(1).max(200).optional(),
    from: z.iso.date('Ngày dạng YYYY-MM-DD.').optional(),
    to: z.iso.date('Ngày dạng YYYY-MM-DD.').optional(),
    minAmount: z.number().int().min(0).optional(),
    maxAmount: z.number().int().min(0).optional(),
    currentDriveId: uuid('đợt vận động hiện tại').nullable().optional(),
    targetDriveId: uuid('đợt vận động chuyển đến'),
  })
  .superRefine((r, ctx) => {
    if (r.from && r.to && r.from > r.to)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'Đến ngày phải sau từ ngày.' });
    if (r.minAmount !== undefined && r.maxAmount !== undefined && r.minAmount > r.maxAmount)
      ctx.addIssue({ code: 'custom', path: ['maxAmount'], message: 'Số tiền đến phải lớn hơn số tiền từ.' });
  });

export const rulesBody = z.object({
  rules: z.array(ruleSchema).min(1, 'Thêm ít nhất một quy tắc.').max(50, 'Tối đa 50 quy tắc.'),
});

const outcome = z.object({ rows: z.number(), amount: z.number() });
export const rulesResultSchema = z
  .object({ rules: z.array(outcome), total: outcome, applied: z.boolean() })
  .openapi('ReattributionResult');
