import { createRoute, z } from '@hono/zod-openapi';
import { commandContext } from '../../http/context';
import type { AppDeps } from '../../http/env';
import { fileResponse } from '../../http/files';
import { idempotent } from '../../http/idempotency';
import { pageQueryFields } from '../../http/page-cursor';
import { publicReadLimit } from '../../http/public-form';
import { actorOf, createRouter, errorResponses, idParam, jsonBody, jsonResponse, security } from '../../http/router';
import { exportSlipDocument } from './commands/export-slip';
import { createItem } from './commands/items';
import { recordGoodsCount } from './commands/record-count';
import { recordGoodsIssue } from './commands/record-issue';
import { recordGoodsReceipt } from './commands/record-receipt';
import { voidGoodsSlip } from './commands/void-slip';
import {
  countBody,
  issueBody,
  itemBody,
  itemSchema,
  publicGoodsQuery,
  publicGoodsSchema,
  receiptBody,
  slipSchema,
  stockSchema,
  voidBody,
} from './fields';
import { publicGoodsOfFund } from './figures';
import { goodsStockFor, itemsFor, slipFor, slipsFor } from './read';
import type { SlipKind } from './schema';
import { stockXlsxFor } from './stock-xlsx';

const TAGS = ['Hàng hóa hiện vật'];
const items = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

const get200 = <R extends z.ZodType>(path: string, answer: R) =>
  createRoute({
    method: 'get',
    path,
    tags: TAGS,
    security,
    request: { params: idParam },
    responses: { 200: jsonResponse(answer), ...errorResponses },
  });
const post201 = <B extends z.ZodType, R extends z.ZodType>(path: string, body: B, answer: R) =>
  createRoute({
    method: 'post',
    path,
    tags: TAGS,
    security,
    request: { params: idParam, body: jsonBody(body) },
    responses: { 201: jsonResponse(answer, 'Đã ghi'), ...errorResponses },
  });

const SLIP_PATHS: Record<SlipKind, string> = { receipt: 'receipts', issue: 'issues', count: 'counts' };

/**
 * A fund's goods in kind, under the fund they belong to: /api/v1/funds/{id}/goods… for the warehouse's stock, items
 * and slips, /api/v1/goods-slips/{id}… for one slip (void, print), and the public list of what came in and went out.
 */
export function goodsRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();
  // Anyone may read the public list: bounded per visitor, as the public disclosure is.
  app.use('/api/v1/public/funds/*', publicReadLimit(deps));
  for (const kind of Object.values(SLIP_PATHS)) app.use(`/api/v1/funds/:id/goods/${kind}`, idempotent(db));

  app.openapi(get200('/api/v1/funds/{id}/goods', stockSchema), async (c) => {
    return c.json(await goodsStockFor(db, actorOf(c), c.req.valid('param').id), 200);
  });

  app.openapi(get200('/api/v1/funds/{id}/goods/items', items(itemSchema)), async (c) => {
    const rows = await itemsFor(db, actorOf(c), c.req.valid('param').id);
    return c.json({ items: rows.map((r) => ({ id: r.id, name: r.name, unit: r.unit })) }, 200);
  });

  app.openapi(post201('/api/v1/funds/{id}/goods/items', itemBody, itemSchema), async (c) => {
    const item = await createItem(commandContext(c, db), c.req.valid('param').id, c.req.valid('json'));
    return c.json({ id: item.id, name: item.name, unit: item.unit }, 201);
  });

  for (const [kind, path] of Object.entries(SLIP_PATHS) as [SlipKind, string][]) {
    app.openapi(
      createRoute({
        method: 'get',
        path: `/api/v1/funds/{id}/goods/${path}`,
        tags: TAGS,
        security,
        description:
          'Các phiếu của kho, mới nhất trước, theo trang (mặc định 100, tối đa 500 phiếu; `cursor` = `nextCursor` ' +
          'của trang trước; con trỏ sai: 400 nêu `cursor`).',
        request: { params: idParam, query: z.object(pageQueryFields) },
        responses: {
          200: jsonResponse(z.object({ items: z.array(slipSchema), nextCursor: z.string().nullable() })),
          ...errorResponses,
        },
      }),
      async (c) => {
        return c.json(await slipsFor(db, actorOf(c), c.req.valid('param').id, kind, c.req.valid('query')), 200);
      },
    );
  }

  app.openapi(post201('/api/v1/funds/{id}/goods/receipts', receiptBody, slipSchema), async (c) => {
    const ctx = commandContext(c, db);
    const slip = await recordGoodsReceipt(ctx, c.req.valid('param').id, c.req.valid('json'));
    return c.json(await slipFor(db, ctx.actor, slip.id), 201);
  });

  app.openapi(post201('/api/v1/funds/{id}/goods/issues', issueBody, slipSchema), async (c) => {
    const ctx = commandContext(c, db);
    const slip = await recordGoodsIssue(ctx, c.req.valid('param').id, c.req.valid('json'));
    return c.json(await slipFor(db, ctx.actor, slip.id), 201);
  });

  app.openapi(post201('/api/v1/funds/{id}/goods/counts', countBody, slipSchema), async (c) => {
    const ctx = commandContext(c, db);
    const slip = await recordGoodsCount(ctx, c.req.valid('param').id, c.req.valid('json'));
    return c.json(await slipFor(db, ctx.actor, slip.id), 201);
  });

  app.openapi(get200('/api/v1/goods-slips/{id}', slipSchema), async (c) => {
    return c.json(await slipFor(db, actorOf(c), c.req.valid('param').id), 200);
  });

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/goods-slips/{id}/void',
      tags: TAGS,
      security,
      request: { params: idParam, body: jsonBody(voidBody) },
      responses: { 200: jsonResponse(slipSchema), ...errorResponses },
    }),
    async (c) => {
      const ctx = commandContext(c, db);
      const slip = await voidGoodsSlip(ctx, c.req.valid('param').id, c.req.valid('json').reason);
      return c.json(await slipFor(db, ctx.actor, slip.id), 200);
    },
  );

  // The printable slip (phiếu nhập / phiếu xuất / biên bản kiểm kê) as Word, and the stock as Excel.
  app.get('/api/v1/goods-slips/:id/document.docx', async (c) => {
    const file = await exportSlipDocument(commandContext(c, db), c.req.param('id'));
    return fileResponse(c, new Uint8Array(file.bytes), file.fileName, { headers: { 'Cache-Control': 'no-store' } });
  });
  app.get('/api/v1/funds/:id/goods/stock.xlsx', async (c) => {
    const file = await stockXlsxFor(db, actorOf(c), c.req.param('id'));
    return fileResponse(c, file.bytes, file.fileName, { headers: { 'Cache-Control': 'no-store' } });
  });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/public/funds/{id}/goods',
      tags: ['Công khai'],
      description:
        'Không cần đăng nhập: hàng hóa hiện vật quỹ đã nhận (người ủng hộ như công khai) và đã xuất (nơi nhận, số ' +
        'quyết định), theo trang, mới nhất trước (`cursor` = `nextCursor` của trang trước). `totals` tính trên mọi dòng.',
      request: { params: idParam, query: publicGoodsQuery },
      responses: {
        200: jsonResponse(publicGoodsSchema),
        400: errorResponses[400],
        404: errorResponses[404],
        422: errorResponses[422],
      },
    }),
    async (c) => {
      return c.json(await publicGoodsOfFund(db, c.req.valid('param').id, c.req.valid('query')), 200);
    },
  );
  return app;
}
