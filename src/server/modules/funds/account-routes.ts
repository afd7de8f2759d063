import { createRoute, z } from '@hono/zod-openapi';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { metaOf } from '../../core/actor';
import { uploadLimit } from '../../http/body-limit';
import { commandContext } from '../../http/context';
import type { AppDeps } from '../../http/env';
import { readForm } from '../../http/multipart';
import { actorOf, createRouter, errorResponses, idParam, jsonBody, jsonResponse, security } from '../../http/router';
import { acceptedResponse, respondAsyncHeader } from '../jobs/fields';
import { prefersAsync, respondAsync } from '../jobs/http';
import {
  accountBody,
  accountPatch,
  accountSchema,
  rulesBody,
  rulesResultSchema,
  statementForm,
} from './account-fields';
import { reattribute } from './commands/reattribute';
import { findAccountVisibleTo, listFundAccounts, presentAccount } from './accounts';
import { statementImportOutcome } from './bank-job';
import { createFundAccount, updateFundAccount } from './commands/fund-accounts';
import { authoriseAccountImport } from './commands/import-bank-rows';
import { importResultSchema, MAX_STATEMENT_BYTES } from './fields';
import { findFundVisibleTo } from './lookup';

const TAGS = ['Quỹ & ủng hộ'];

/** A fund's bank accounts and the statements imported for one of them. */
export function accountRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/funds/{id}/accounts',
      tags: TAGS,
      security,
      description:
        'Thêm tài khoản ngân hàng của quỹ (một quỹ có thể có nhiều tài khoản ở nhiều ngân hàng). `defaultDriveId`: ' +
        'đợt vận động nhận các khoản chuyển không ghi mã đợt, trong thời gian của đợt.',
      request: { params: idParam, body: jsonBody(accountBody) },
      responses: { 201: jsonResponse(accountSchema, 'Đã thêm'), ...errorResponses },
    }),
    async (c) => {
      const ctx = commandContext(c, db);
      const { account, commune } = await createFundAccount(ctx, {
        fundId: c.req.valid('param').id,
        ...c.req.valid('json'),
      });
      return c.json(presentAccount(account, ctx.actor, commune), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/funds/{id}/accounts',
      tags: TAGS,
      security,
      description: 'Các tài khoản ngân hàng của quỹ, tài khoản đầu tiên trước.',
      request: { params: idParam },
      responses: { 200: jsonResponse(z.object({ items: z.array(accountSchema) })), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const { fund, commune } = await findFundVisibleTo(db, actor, c.req.valid('param').id, 'id');
      const items = (await listFundAccounts(db, fund.id)).map((a) => presentAccount(a, actor, commune));
      return c.json({ items }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/v1/fund-accounts/{id}',
      tags: TAGS,
      security,
      description: 'Đổi đợt vận động mặc định (hoặc mã BIN, tên chủ tài khoản cho VietQR) của một tài khoản.',
      request: { params: idParam, body: jsonBody(accountPatch) },
      responses: { 200: jsonResponse(accountSchema), ...errorResponses },
    }),
    async (c) => {
      const ctx = commandContext(c, db);
      const { account, commune } = await updateFundAccount(ctx, {
        id: c.req.valid('param').id,
        ...c.req.valid('json'),
      });
      return c.json(presentAccount(account, ctx.actor, commune), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/fund-accounts/{id}',
      tags: TAGS,
      security,
      request: { params: idParam },
      responses: { 200: jsonResponse(accountSchema), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const { account, commune } = await findAccountVisibleTo(db, actor, c.req.valid('param').id);
      return c.json(presentAccount(account, actor, commune), 200);
    },
  );

  // Multipart upload: a plain route, documented in OpenAPI by hand below.
  app.post('/api/v1/bank-statements', uploadLimit(MAX_STATEMENT_BYTES), async (c) => {
    const actor = actorOf(c);
    const ctx = { db, actor, meta: metaOf(actor, c.get('ip')) };
    const form = await statementForm(readForm(c));
    const file = { name: form.file.name, bytes: await form.file.arrayBuffer() };
    if (prefersAsync(c)) {
      const { account, commune } = await authoriseAccountImport(ctx, form.accountId);
      return respondAsync(c, deps, ctx, {
        kind: 'funds.bank_statement',
        communeId: account.communeId,
        scopePath: commune.path,
        input: { accountId: account.id, defaultDriveId: form.defaultDriveId },
        file,
      });
    }
    const out = await statementImportOutcome(ctx, {
      accountId: form.accountId,
      defaultDriveId: form.defaultDriveId,
      file: async () => file,
    });
    return c.json(out.body, out.status as ContentfulStatusCode);
  });

  app.openAPIRegistry.registerPath({
    method: 'post',
    path: '/api/v1/bank-statements',
    tags: TAGS,
    security,
    description:
      'Nhập sao kê (.xlsx hoặc .csv, tối đa 100 MB / 500.000 dòng) của một tài khoản của quỹ. Mỗi khoản ghi có thành ' +
      'phiếu thu ngay (đợt theo mã trong nội dung, nếu không: đợt mặc định trong thời gian của đợt, nếu không: quỹ). ' +
      'Một giao dịch là (tài khoản, số tham chiếu, ngày, số tiền): trùng thật thì bỏ qua và nêu dòng bị trùng; dòng ' +
      'không đọc được là lỗi có lý do, các dòng khác vẫn nhập. `rows` = `stored` + `duplicates` + `errors`. Với ' +
      '`Prefer: respond-async`: 202 và một việc chạy nền có tiến độ.',
    request: {
      headers: respondAsyncHeader,
      body: {
        required: true,
        content: {
          'multipart/form-data': {
            schema: z.object({
              file: z.string().openapi({ type: 'string', format: 'binary' }),
              accountId: z.string(),
              defaultDriveId: z.string().optional(),
            }),
          },
        },
      },
    },
    responses: { 201: jsonResponse(importResultSchema, 'Đã nhập'), 202: acceptedResponse, ...errorResponses },
  });

  for (const [suffix, apply] of [
    ['/preview', false],
    ['', true],
  ] as const)
    app.openapi(
      createRoute({
        method: 'post',
        path: `/api/v1/funds/{id}/reattribution${suffix}`,
        tags: TAGS,
        security,
        description: apply
          ? 'Áp dụng các quy tắc (theo thứ tự) chuyển các khoản chuyển khoản đã ghi sang đợt vận động, trong một giao dịch, một dòng nhật ký. Số phiếu, số tiền không đổi.'
          : 'Xem trước: mỗi quy tắc chuyển bao nhiêu khoản, bao nhiêu tiền (đúng như khi áp dụng).',
        request: { params: idParam, body: jsonBody(rulesBody) },
        responses: { 200: jsonResponse(rulesResultSchema), ...errorResponses },
      }),
      async (c) => {
        const ctx = commandContext(c, db);
        const out = await reattribute(ctx, {
          fundId: c.req.valid('param').id,
          rules: c.req.valid('json').rules,
          apply,
        });
        return c.json(out, 200);
      },
    );

  return app;
}
