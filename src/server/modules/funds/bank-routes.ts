import { createRoute, z } from '@hono/zod-openapi';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { metaOf } from '../../core/actor';
import { uploadLimit } from '../../http/body-limit';
import { readForm } from '../../http/multipart';
import type { AppDeps } from '../../http/env';
import { actorOf, createRouter, errorResponses, idParam, jsonBody, jsonResponse, security } from '../../http/router';
import { assignBankRow } from './commands/assign-bank-row';
import { acceptedResponse, respondAsyncHeader } from '../jobs/fields';
import { prefersAsync, respondAsync } from '../jobs/http';
import { statementImportOutcome } from './bank-job';
import { authoriseStatementImport } from './commands/import-bank-rows';
import {
  MAX_STATEMENT_BYTES,
  assignBody,
  assignResultSchema,
  bankRowsQuery,
  bookSchema,
  importResultSchema,
  listedBankRowSchema,
  periodQuery,
  reconciliationSchema,
  statementFile,
} from './fields';
import { fundBookFor, reconciliationFor } from './fund-book';
import { presentBankRowFor, presentDonationFor } from './present';
import { bankRowsOfFundFor, latestFundYearsFor } from './queries';
import { todayVn } from '../../../lib/dates';

const TAGS = ['Quỹ & ủng hộ'];

/** Bank statements, the fund book and reconciliation. */
export function bankRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();

  // Multipart upload: a plain route (like the targets import), documented in OpenAPI by hand below.
  app.post('/api/v1/funds/:id/bank-statements', uploadLimit(MAX_STATEMENT_BYTES), async (c) => {
    const actor = actorOf(c);
    const ctx = { db, actor, meta: metaOf(actor, c.get('ip')) };
    const fundId = c.req.param('id');
    // The file is read only once the caller may import into this fund.
    const file = () => statementFile(readForm(c));
    if (prefersAsync(c)) {
      const { fund, commune } = await authoriseStatementImport(ctx, fundId);
      return respondAsync(c, deps, ctx, {
        kind: 'funds.bank_statement',
        communeId: fund.communeId,
        scopePath: commune.path,
        input: { fundId: fund.id },
        file: await file(),
      });
    }
    const out = await statementImportOutcome(ctx, { fundId, file });
    return c.json(out.body, out.status as ContentfulStatusCode);
  });

  app.openAPIRegistry.registerPath({
    method: 'post',
    path: '/api/v1/funds/{id}/bank-statements',
    tags: TAGS,
    security,
    description:
      'Nhập sao kê ngân hàng (.xlsx hoặc .csv). Dòng đã nhập (trùng mã giao dịch) được bỏ qua; ' +
      'dòng có đúng một mã đợt vận động của quỹ thành phiếu thu ngay; còn lại chờ gán. ' +
      'Có dòng không đọc được thì không ghi gì (422, `fields` nêu `rows.<dòng>.<trường>`). Với ' +
      '`Prefer: respond-async`: 202 và một việc chạy nền (`Location`), kết quả như trên.',
    request: {
      params: idParam,
      headers: respondAsyncHeader,
      body: {
        required: true,
        content: {
          'multipart/form-data': {
            schema: z.object({ file: z.string().openapi({ type: 'string', format: 'binary' }) }),
          },
        },
      },
    },
    responses: { 201: jsonResponse(importResultSchema, 'Đã nhập'), 202: acceptedResponse, ...errorResponses },
  });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/funds/{id}/bank-rows',
      tags: TAGS,
      security,
      description:
        'Các dòng sao kê đã nhập của quỹ, lọc theo trạng thái, thời gian, tài khoản, lần nhập; theo trang (mặc định ' +
        '100, tối đa 500 dòng; `cursor` = `nextCursor` của trang trước). `total`: số dòng và số tiền của cả bộ lọc.',
      request: { params: idParam, query: bankRowsQuery },
      responses: {
        200: jsonResponse(
          z.object({
            items: z.array(listedBankRowSchema),
            nextCursor: z.string().nullable(),
            total: z.object({ count: z.number(), amount: z.number() }),
          }),
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const actor = actorOf(c);
      const q = c.req.valid('query');
      const { commune, items, nextCursor, total } = await bankRowsOfFundFor(db, actor, c.req.valid('param').id, q);
      return c.json({ items: items.map((r) => presentBankRowFor(actor, commune, r)), nextCursor, total }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/bank-rows/{id}/assign',
      tags: TAGS,
      security,
      description:
        'Gán dòng sao kê chưa khớp vào một đợt vận động (lập phiếu thu), hoặc bỏ qua kèm lý do: ' +
        '`{driveId}` | `{ignore: true, reason}`.',
      request: { params: idParam, body: jsonBody(assignBody) },
      responses: { 200: jsonResponse(assignResultSchema), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const ctx = { db, actor, meta: metaOf(actor, c.get('ip')) };
      const { row, donation, commune } = await assignBankRow(ctx, {
        id: c.req.valid('param').id,
        ...c.req.valid('json'),
      });
      const receipt = donation ? presentDonationFor(actor, donation, commune) : null;
      return c.json({ row: presentBankRowFor(actor, commune, row), receipt }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/funds/{id}/book',
      tags: TAGS,
      security,
      description:
        'Sổ quỹ một kỳ: số dư đầu kỳ, các dòng thu/chi/nộp/nhận theo ngày với số dư lũy kế, tổng thu, tổng chi, ' +
        'số dư cuối kỳ. Mặc định từ đầu năm đến hôm nay.',
      request: { params: idParam, query: periodQuery },
      responses: { 200: jsonResponse(bookSchema), ...errorResponses },
    }),
    async (c) => c.json(await fundBookFor(db, actorOf(c), c.req.valid('param').id, c.req.valid('query')), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/funds/{id}/latest-year',
      tags: TAGS,
      security,
      description:
        'Năm gần nhất (không sau hôm nay) có thu, chi, nộp hoặc nhận trong sổ quỹ (`year`) và có sao kê hoặc phiếu ' +
        'thu chuyển khoản (`bankYear`): sổ quỹ và đối chiếu mở ở năm đó; null khi chưa có.',
      request: { params: idParam },
      responses: {
        200: jsonResponse(z.object({ year: z.number().nullable(), bankYear: z.number().nullable() })),
        ...errorResponses,
      },
    }),
    async (c) => c.json(await latestFundYearsFor(db, actorOf(c), c.req.valid('param').id, todayVn()), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/funds/{id}/reconciliation',
      tags: TAGS,
      security,
      description:
        'Đối chiếu sao kê ngân hàng với phiếu thu chuyển khoản trong kỳ: dòng chưa khớp, ' +
        'phiếu thu chuyển khoản chưa có dòng sao kê, chênh lệch.',
      request: { params: idParam, query: periodQuery },
      responses: { 200: jsonResponse(reconciliationSchema), ...errorResponses },
    }),
    async (c) => c.json(await reconciliationFor(db, actorOf(c), c.req.valid('param').id, c.req.valid('query')), 200),
  );

  return app;
}
