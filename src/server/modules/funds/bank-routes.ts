import { createRoute, z } from '@hono/zod-openapi';
import { todayVn } from '../../../lib/dates';
import { metaOf } from '../../core/actor';
import { AppError, forbidden, invalid, notFound, unknownReference } from '../../core/errors';
import { canReadCommune } from '../../core/scope';
import type { AppDeps } from '../../http/env';
import { actorOf, createRouter, errorResponses, idParam, jsonBody, jsonResponse, security } from '../../http/router';
import { findUnit } from '../units/queries';
import { parseBankStatement, StatementFileError } from './bank-statement';
import { assignBankRow } from './commands/assign-bank-row';
import { importBankRows } from './commands/import-bank-rows';
import { fundBook, presentBankRow, reconciliation } from './fund-book';
import { canManageFunds } from './policy';
import { presentDonation } from './present';
import { findBankRow, findDrive, findFund, listBankRows } from './queries';
import { bankRows } from './schema';

const TAGS = ['Quỹ & ủng hộ'];
const anyJson = z.record(z.string(), z.unknown());
const MAX_FILE_BYTES = 10 * 1024 * 1024;
const MAX_ERROR_FIELDS = 200;

const isoDay = (what: string) => z.iso.date(`${what} dạng YYYY-MM-DD.`).optional();
const period = z.object({ from: isoDay('Từ ngày'), to: isoDay('Đến ngày') }).superRefine((v, ctx) => {
  if (v.from && v.to && v.from > v.to)
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'Đến ngày phải sau hoặc bằng từ ngày.' });
});

const rowsQuery = z
  .object({
    status: z
      .enum(bankRows.status.enumValues, { message: 'Trạng thái: matched, unmatched, assigned hoặc ignored.' })
      .optional(),
    from: isoDay('Từ ngày'),
    to: isoDay('Đến ngày'),
  })
  .superRefine((v, ctx) => {
    if (v.from && v.to && v.from > v.to)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'Đến ngày phải sau hoặc bằng từ ngày.' });
  });

const assignBody = z
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

/** A period defaults to the current year up to today (Vietnam time). */
function periodOf(q: { from?: string; to?: string }) {
  const to = q.to ?? todayVn();
  const from = q.from ?? `${to.slice(0, 4)}-01-01`;
  if (from > to) throw invalid({ to: 'Đến ngày phải sau hoặc bằng từ ngày.' });
  return { from, to };
}

/** Bank statements, the fund book and reconciliation. */
export function bankRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();

  /** A fund the actor may read (else 404 naming the field) and its commune. */
  async function readableFund(actor: ReturnType<typeof actorOf>, id: string, field: string) {
    const found = await findFund(db, id);
    if (!found || !canReadCommune(actor, { id: found.fund.communeId, path: found.communePath }))
      throw unknownReference(field, 'Quỹ');
    return found;
  }

  async function communeOf(communeId: string) {
    const commune = await findUnit(db, communeId);
    if (!commune) throw notFound('Xã');
    return commune;
  }

  // Multipart upload: a plain route (like the targets import), documented in OpenAPI by hand below.
  app.post('/api/v1/funds/:id/bank-statements', async (c) => {
    const actor = actorOf(c);
    const id = c.req.param('id');
    if (!z.uuid().safeParse(id).success) throw invalid({ id: 'Mã quỹ không hợp lệ.' });
    const { fund, communePath } = await readableFund(actor, id, 'id');
    if (!canManageFunds(actor, { id: fund.communeId, path: communePath }))
      throw forbidden({ id: 'Chỉ Ban Thường trực xã nhập sao kê ngân hàng.' });

    const form = await c.req.parseBody().catch(() => {
      throw new AppError(400, 'bad_request', 'Cần gửi tệp dạng multipart/form-data.');
    });
    const file = form.file;
    if (!(file instanceof File)) throw invalid({ file: 'Chọn tệp sao kê ngân hàng (.xlsx hoặc .csv).' });
    if (file.size > MAX_FILE_BYTES) throw invalid({ file: 'Tệp tối đa 10 MB.' });
    if (/\.[a-z0-9]+$/i.test(file.name) && !/\.(xlsx|csv|txt)$/i.test(file.name))
      throw invalid({ file: 'Chọn tệp sao kê .xlsx hoặc .csv.' });

    let parsed;
    try {
      parsed = await parseBankStatement(await file.arrayBuffer(), file.name, todayVn());
    } catch (e) {
      if (e instanceof StatementFileError) throw invalid({ file: e.message });
      throw e;
    }
    if (parsed.errors.length) {
      const fields: Record<string, string> = {};
      for (const e of parsed.errors.slice(0, MAX_ERROR_FIELDS)) fields[`rows.${e.row}.${e.field}`] ??= e.message;
      if (parsed.errors.length > MAX_ERROR_FIELDS)
        fields.file = `Còn ${parsed.errors.length - MAX_ERROR_FIELDS} lỗi khác chưa liệt kê.`;
      throw invalid(fields, `Tệp có ${parsed.errors.length} dòng không đọc được; chưa nhập dòng nào.`);
    }
    if (parsed.rows.length === 0 && parsed.ignored.length === 0)
      throw invalid({ file: 'Không có giao dịch nào dưới dòng tiêu đề.' });

    const commune = await communeOf(fund.communeId);
    const result = await importBankRows(db, metaOf(actor, c.get('ip')), fund, commune, parsed.rows, file.name);
    return c.json({ ...result, ignored: parsed.ignored, errors: [] }, 201);
  });

  app.openAPIRegistry.registerPath({
    method: 'post',
    path: '/api/v1/funds/{id}/bank-statements',
    tags: TAGS,
    security,
    description:
      'Nhập sao kê ngân hàng (.xlsx hoặc .csv). Dòng đã nhập (trùng mã giao dịch) được bỏ qua; dòng có đúng một mã đợt vận động của quỹ thành phiếu thu ngay; còn lại chờ gán. Có dòng không đọc được thì không ghi gì (422, `fields` nêu `rows.<dòng>.<trường>`).',
    request: {
      params: idParam,
      body: {
        required: true,
        content: {
          'multipart/form-data': {
            schema: z.object({ file: z.string().openapi({ type: 'string', format: 'binary' }) }),
          },
        },
      },
    },
    responses: { 201: jsonResponse(anyJson, 'Đã nhập'), ...errorResponses },
  });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/funds/{id}/bank-rows',
      tags: TAGS,
      security,
      description: 'Các dòng sao kê đã nhập của quỹ, lọc theo trạng thái và thời gian.',
      request: { params: idParam, query: rowsQuery },
      responses: { 200: jsonResponse(anyJson), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const { fund } = await readableFund(actor, c.req.valid('param').id, 'id');
      const items = (await listBankRows(db, fund.id, c.req.valid('query'))).map(presentBankRow);
      return c.json({ items }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/bank-rows/{id}/assign',
      tags: TAGS,
      security,
      description:
        'Gán dòng sao kê chưa khớp vào một đợt vận động (lập phiếu thu), hoặc bỏ qua kèm lý do: `{driveId}` | `{ignore: true, reason}`.',
      request: { params: idParam, body: jsonBody(assignBody) },
      responses: { 200: jsonResponse(anyJson), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      const bankRow = await findBankRow(db, id);
      const found = bankRow ? await findFund(db, bankRow.fundId) : null;
      if (!bankRow || !found || !canReadCommune(actor, { id: found.fund.communeId, path: found.communePath }))
        throw unknownReference('id', 'Dòng sao kê');
      const { fund, communePath } = found;
      if (!canManageFunds(actor, { id: fund.communeId, path: communePath }))
        throw forbidden({ id: 'Chỉ Ban Thường trực xã gán dòng sao kê.' });
      let driveCode: string | null = null;
      if (body.driveId) {
        const drive = await findDrive(db, body.driveId);
        if (!drive || drive.fundId !== fund.id) throw unknownReference('driveId', 'Đợt vận động');
        driveCode = drive.code;
      }
      const commune = await communeOf(fund.communeId);
      const meta = metaOf(actor, c.get('ip'));
      const input = body.ignore
        ? { ignore: true as const, reason: body.reason ?? '' }
        : { driveId: body.driveId ?? null, donorName: body.donorName ?? null };
      const { row, donation } = await assignBankRow(db, meta, fund, commune, id, input);
      const listed = {
        ...row,
        driveCode,
        receiptNo: donation?.receiptNo ?? null,
        receiptVoided: false,
        ignoreReason: body.ignore ? (body.reason ?? null) : null,
      };
      return c.json({ row: presentBankRow(listed), receipt: donation ? presentDonation(donation) : null }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/funds/{id}/book',
      tags: TAGS,
      security,
      description:
        'Sổ quỹ một kỳ: số dư đầu kỳ, các dòng thu/chi/nộp/nhận theo ngày với số dư lũy kế, tổng thu, tổng chi, số dư cuối kỳ. Mặc định từ đầu năm đến hôm nay.',
      request: { params: idParam, query: period },
      responses: { 200: jsonResponse(anyJson), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const { fund } = await readableFund(actor, c.req.valid('param').id, 'id');
      const { from, to } = periodOf(c.req.valid('query'));
      return c.json({ fundId: fund.id, fundName: fund.name, ...(await fundBook(db, fund.id, from, to)) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/funds/{id}/reconciliation',
      tags: TAGS,
      security,
      description:
        'Đối chiếu sao kê ngân hàng với phiếu thu chuyển khoản trong kỳ: dòng chưa khớp, phiếu thu chuyển khoản chưa có dòng sao kê, chênh lệch.',
      request: { params: idParam, query: period },
      responses: { 200: jsonResponse(anyJson), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const { fund } = await readableFund(actor, c.req.valid('param').id, 'id');
      const { from, to } = periodOf(c.req.valid('query'));
      return c.json({ fundId: fund.id, ...(await reconciliation(db, fund.id, from, to)) }, 200);
    },
  );

  return app;
}
