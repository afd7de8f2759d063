import { createRoute, z } from '@hono/zod-openapi';
import { unitDisplayName } from '../../../lib/units';
import { commandContext } from '../../http/context';
import { publicReadLimit } from '../../http/public-form';
import type { AppDeps } from '../../http/env';
import { fileResponse } from '../../http/files';
import { idempotent } from '../../http/idempotency';
import { actorOf, createRouter, errorResponses, idParam, jsonBody, jsonResponse, security } from '../../http/router';
import { accountRoutes } from './account-routes';
import { allocationRoutes } from './allocation-routes';
import { bankRoutes } from './bank-routes';
import { noticeRoutes } from './notice-routes';
import { canManageFunds } from './policy';
import { createDrive } from './commands/create-drive';
import { createFund } from './commands/create-fund';
import { recordDisbursement, recordTransfer } from './commands/move-money';
import { exportReceipt } from './commands/export-receipt';
import { recordDonation, voidDonation } from './commands/record-donation';
import { recordPledge } from './commands/record-pledge';
import { publicDisclosure, publicMoneyOutPage } from './disclosure';
import {
  disclosureQuery,
  disclosureSchema,
  moneyOutPageSchema,
  moneyOutQuery,
  publicDrivesQuery,
  publicDrivesSchema,
} from './disclosure-fields';
import { listPublicDrives } from './public-drives';
import {
  balanceSchema,
  disbursementSchema,
  donationBody,
  donationSchema,
  driveBody,
  driveSchema,
  driveSummarySchema,
  fundBody,
  fundIdQuery,
  fundSchema,
  fundsQuery,
  payoutBody,
  pledgeBody,
  pledgeCreatedSchema,
  pledgeListSchema,
  transferBody,
  transferSchema,
  voidBody,
} from './fields';
import {
  presentDisbursement,
  presentDonationFor,
  presentDrive,
  presentDriveSummary,
  presentFundFor,
  presentNotice,
  presentPledge,
  presentPledges,
  presentTransfer,
} from './present';
import {
  driveSummaryFor,
  drivesOfFundFor,
  fundBalanceFor,
  latestReceiptsFor,
  listFunds,
  pledgesOfFundFor,
} from './queries';

const TAGS = ['Quỹ & ủng hộ'];
const items = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

const post201 = <B extends z.ZodType, R extends z.ZodType>(path: string, body: B, answer: R) =>
  createRoute({
    method: 'post',
    path,
    tags: TAGS,
    security,
    request: { body: jsonBody(body) },
    responses: { 201: jsonResponse(answer, 'Đã ghi'), ...errorResponses },
  });
const get200 = <Q extends z.ZodObject, R extends z.ZodType>(path: string, query: Q, answer: R) =>
  createRoute({
    method: 'get',
    path,
    tags: TAGS,
    security,
    request: { query },
    responses: { 200: jsonResponse(answer), ...errorResponses },
  });
const getId200 = <R extends z.ZodType>(path: string, answer: R) =>
  createRoute({
    method: 'get',
    path,
    tags: TAGS,
    security,
    request: { params: idParam },
    responses: { 200: jsonResponse(answer), ...errorResponses },
  });

export function fundsRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();
  // The public disclosure answers anyone: bounded per visitor (a page is 50 rows, a search is capped).
  const limitPublic = publicReadLimit(deps);
  app.use('/api/v1/public/drives', limitPublic);
  app.use('/api/v1/public/drives/*', limitPublic);
  for (const path of ['/api/v1/donations', '/api/v1/transfers', '/api/v1/disbursements', '/api/v1/pledges'])
    app.use(path, idempotent(db));
  app.openapi(post201('/api/v1/funds', fundBody, fundSchema), async (c) => {
    const ctx = commandContext(c, db);
    const { fund, owner } = await createFund(ctx, c.req.valid('json'));
    return c.json(presentFundFor(ctx.actor, fund, owner), 201);
  });

  app.openapi(get200('/api/v1/funds', fundsQuery, items(fundSchema)), async (c) => {
    const actor = actorOf(c);
    const { communeId, unitId } = c.req.valid('query');
    const rows = await listFunds(db, actor, unitId ?? communeId);
    return c.json({ items: rows.map((r) => presentFundFor(actor, r.fund, r.owner)) }, 200);
  });

  app.openapi(getId200('/api/v1/funds/{id}/balance', balanceSchema), async (c) => {
    return c.json(await fundBalanceFor(db, actorOf(c), c.req.valid('param').id), 200);
  });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/funds/{id}/latest-receipts',
      tags: TAGS,
      security,
      description: 'Các phiếu thu gần nhất của quỹ (không kể phiếu đã hủy), mới nhất trước: trang "Việc hôm nay".',
      request: {
        params: idParam,
        query: z.object({
          limit: z.coerce.number().int().min(1, 'limit từ 1 đến 50.').max(50, 'limit từ 1 đến 50.').default(5),
        }),
      },
      responses: { 200: jsonResponse(items(donationSchema)), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const { commune, rows } = await latestReceiptsFor(db, actor, c.req.valid('param').id, c.req.valid('query').limit);
      return c.json({ items: rows.map((d) => presentDonationFor(actor, d, commune)) }, 200);
    },
  );

  app.openapi(post201('/api/v1/drives', driveBody, driveSchema), async (c) => {
    return c.json(presentDrive(await createDrive(commandContext(c, db), c.req.valid('json'))), 201);
  });

  app.openapi(get200('/api/v1/drives', fundIdQuery, items(driveSchema)), async (c) => {
    const rows = await drivesOfFundFor(db, actorOf(c), c.req.valid('query').fundId);
    return c.json({ items: rows.map(presentDrive) }, 200);
  });

  app.openapi(getId200('/api/v1/drives/{id}/summary', driveSummarySchema), async (c) => {
    const actor = actorOf(c);
    const { drive, commune, notice, totals } = await driveSummaryFor(db, actor, c.req.valid('param').id);
    const canRegisterNotice = notice === null && canManageFunds(actor, commune);
    return c.json({ ...presentDriveSummary(drive, totals), ...presentNotice(notice), canRegisterNotice }, 200);
  });

  app.openapi(post201('/api/v1/donations', donationBody, donationSchema), async (c) => {
    const ctx = commandContext(c, db);
    const { donation, commune } = await recordDonation(ctx, c.req.valid('json'));
    return c.json(presentDonationFor(ctx.actor, donation, commune), 201);
  });

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/donations/{id}/void',
      tags: TAGS,
      security,
      request: { params: idParam, body: jsonBody(voidBody) },
      responses: { 200: jsonResponse(donationSchema), ...errorResponses },
    }),
    async (c) => {
      const ctx = commandContext(c, db);
      const input = { id: c.req.valid('param').id, reason: c.req.valid('json').reason };
      const { donation, commune } = await voidDonation(ctx, input);
      return c.json(presentDonationFor(ctx.actor, donation, commune), 200);
    },
  );

  app.openapi(post201('/api/v1/pledges', pledgeBody, pledgeCreatedSchema), async (c) => {
    return c.json(presentPledge(await recordPledge(commandContext(c, db), c.req.valid('json'))), 201);
  });

  app.openapi(get200('/api/v1/pledges', fundIdQuery, pledgeListSchema), async (c) => {
    const rows = await pledgesOfFundFor(db, actorOf(c), c.req.valid('query').fundId);
    return c.json(presentPledges(rows), 200);
  });

  app.openapi(post201('/api/v1/transfers', transferBody, transferSchema), async (c) => {
    return c.json(presentTransfer(await recordTransfer(commandContext(c, db), c.req.valid('json'))), 201);
  });

  app.openapi(post201('/api/v1/disbursements', payoutBody, disbursementSchema), async (c) => {
    return c.json(presentDisbursement(await recordDisbursement(commandContext(c, db), c.req.valid('json'))), 201);
  });

  app.route('/', bankRoutes(deps));
  app.route('/', accountRoutes(deps));
  app.route('/', allocationRoutes(deps));
  app.route('/', noticeRoutes(deps));

  // The printable receipt, as Word (to edit) or PDF (to print and publish).
  for (const ext of ['docx', 'pdf'] as const) {
    app.get(`/api/v1/donations/:id/receipt.${ext}`, async (c) => {
      const file = await exportReceipt(commandContext(c, db), c.req.param('id'), ext);
      return fileResponse(c, new Uint8Array(file.bytes), file.fileName, { headers: { 'Cache-Control': 'no-store' } });
    });
  }

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/public/drives',
      tags: ['Công khai'],
      description:
        'Không cần đăng nhập: các đợt vận động được công khai của mọi cấp (trung ương, tỉnh, xã), mới nhất trước, theo ' +
        'trang (mặc định 20, tối đa 100; `cursor` = `nextCursor` của trang trước; con trỏ sai: 400 nêu `cursor`).',
      request: { query: publicDrivesQuery },
      responses: { 200: jsonResponse(publicDrivesSchema), 400: errorResponses[400], 422: errorResponses[422] },
    }),
    async (c) => {
      const { unitId, ...q } = c.req.valid('query');
      const page = await listPublicDrives(db, { ...q, unitIds: unitId ? [unitId] : undefined });
      const items = page.items.map(({ unit, ...d }) => ({
        ...d,
        unit: { id: unit.id, name: unitDisplayName(unit), level: unit.level },
        disclosureUrl: `/cong-khai/${d.id}`,
      }));
      return c.json({ items, nextCursor: page.nextCursor }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/public/drives/{id}/disclosure',
      tags: ['Công khai'],
      description:
        'Không cần đăng nhập: một trang (50 lượt, mới nhất trước) danh sách ủng hộ của một đợt vận động, tìm theo mã giao dịch, tên, số tiền hoặc ngày; tổng theo ngày và theo ngân hàng, số dư theo ngày và một trang các khoản chi.',
      request: { params: idParam, query: disclosureQuery },
      responses: { 200: jsonResponse(disclosureSchema), 400: errorResponses[400], 404: errorResponses[404] },
    }),
    async (c) => c.json(await publicDisclosure(db, c.req.valid('param').id, c.req.valid('query')), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/public/drives/{id}/money-out',
      tags: ['Công khai'],
      description:
        'Không cần đăng nhập: một trang các khoản chi (phiếu chi, phân bổ) và chuyển lên cấp trên của đợt, tìm theo số quyết định, người nhận, số tiền hoặc ngày.',
      request: { params: idParam, query: moneyOutQuery },
      responses: { 200: jsonResponse(moneyOutPageSchema), 400: errorResponses[400], 404: errorResponses[404] },
    }),
    async (c) => c.json(await publicMoneyOutPage(db, c.req.valid('param').id, c.req.valid('query')), 200),
  );

  return app;
}
