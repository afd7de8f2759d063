import { createRoute, z } from '@hono/zod-openapi';
import { uuid } from '../../http/fields';
import { foldVietnamese } from '../../../lib/vi-text';
import { progressText } from '../../../lib/progress-text';
import { exactPercent } from '../../../lib/numbers';
import { metaOf } from '../../core/actor';
import { forbidden, invalid, notFound, unknownReference } from '../../core/errors';
import { canReadCommune } from '../../core/scope';
import type { AppDeps } from '../../http/env';
import { idempotent } from '../../http/idempotency';
import { actorOf, createRouter, errorResponses, idParam, jsonBody, jsonResponse, security } from '../../http/router';
import { findOrganization, findUnit } from '../units/queries';
import { recordDisbursement, recordTransfer } from './commands/move-money';
import { recordDonation, voidDonation } from './commands/record-donation';
import { createDrive, createFund, recordPledge } from './commands/save-fund';
import { donorKind, money, moneyDate, positiveMoney, text } from './fields';
import { canManageFunds, canRecordDonation } from './policy';
import { presentDisbursement, presentDonation, presentDrive, presentFund } from './present';
import {
  balanceParts,
  driveTotals,
  findDonation,
  findDrive,
  findDriveByCode,
  findFund,
  findPledge,
  listDrives,
  listFunds,
  pledgesWithFulfilment,
} from './queries';
import { unitDisplayName } from '../../../lib/units';
import { renderDocx } from '../documents/render-docx';
import { docxToPdf } from '../documents/render-pdf';
import { bankRoutes } from './bank-routes';
import { receiptDocument } from './receipt-document';
import { driveDisclosure } from './disclosure';
import { paymentMethods } from './schema';
import { findIndicator } from '../targets/queries';
import { fileResponse } from '../../http/files';

const TAGS = ['Quỹ & ủng hộ'];
const anyJson = z.record(z.string(), z.unknown());

const post201 = <T extends z.ZodType>(path: string, body: T) =>
  createRoute({
    method: 'post',
    path,
    tags: TAGS,
    security,
    request: { body: jsonBody(body) },
    responses: { 201: jsonResponse(anyJson, 'Đã ghi'), ...errorResponses },
  });
const postId200 = <T extends z.ZodType>(path: string, body: T) =>
  createRoute({
    method: 'post',
    path,
    tags: TAGS,
    security,
    request: { params: idParam, body: jsonBody(body) },
    responses: { 200: jsonResponse(anyJson), ...errorResponses },
  });
const getId200 = (path: string) =>
  createRoute({
    method: 'get',
    path,
    tags: TAGS,
    security,
    request: { params: idParam },
    responses: { 200: jsonResponse(anyJson), ...errorResponses },
  });

const fundBody = z.object({
  communeId: uuid('xã'),
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
});

const driveBody = z
  .object({
    fundId: uuid('quỹ'),
    name: text('tên đợt vận động', 300),
    code: z
      .string()
      .regex(/^[A-Za-z0-9]{3,20}$/, 'Mã đợt gồm 3–20 chữ/số không dấu, ví dụ VNN2026.')
      .optional(),
    from: z.iso.date('Ngày bắt đầu dạng YYYY-MM-DD.'),
    to: z.iso.date('Ngày kết thúc dạng YYYY-MM-DD.'),
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

const donationBody = z.object({
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
  pledgeId: uuid('đăng ký ủng hộ').nullish(),
  note: z.string().trim().max(1000).nullish(),
});

const pledgeBody = z.object({
  fundId: uuid('quỹ'),
  driveId: uuid('đợt vận động').nullish(),
  donorKind,
  donorName: z.string().trim().max(200).default(''),
  amount: positiveMoney('Số tiền đăng ký'),
  date: moneyDate,
  unitId: uuid('thôn').nullish(),
  note: z.string().trim().max(1000).nullish(),
});

const transferBody = z.object({
  fundId: uuid('quỹ'),
  direction: z.enum(['up', 'down'], { message: 'Chiều chuyển: up (nộp cấp trên) hoặc down (cấp trên chuyển về).' }),
  amount: positiveMoney('Số tiền'),
  date: moneyDate,
  counterparty: text('đơn vị nhận/chuyển', 200),
  documentRef: z.string().trim().max(100).nullish(),
  note: z.string().trim().max(1000).nullish(),
});

const payoutBody = z.object({
  fundId: uuid('quỹ'),
  amount: positiveMoney('Số tiền chi'),
  date: moneyDate,
  purpose: text('nội dung chi', 500),
  recipient: text('người/đơn vị nhận', 200),
  decisionRef: text('số quyết định chi', 100),
  driveId: uuid('đợt vận động').nullish(),
  reliefProgramId: uuid('chương trình trợ giúp').nullish(),
});

/** Drive codes donors type into a transfer: initials of the name, plus the year (VNN2026). */
function driveCode(name: string, from: string) {
  const initials = foldVietnamese(name)
    .replace(/[^a-z ]/g, ' ')
    .split(' ')
    .filter(Boolean)
    .map((w) => w[0])
    .join('')
    .toUpperCase()
    .slice(0, 8);
  return `${initials || 'QUY'}${from.slice(0, 4)}`;
}

export function fundsRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();
  for (const path of ['/api/v1/donations', '/api/v1/transfers', '/api/v1/disbursements', '/api/v1/pledges'])
    app.use(path, idempotent(db));

  async function fundOr404(actor: ReturnType<typeof actorOf>, id: string, field = 'fundId') {
    const found = await findFund(db, id);
    if (!found || !canReadCommune(actor, { id: found.fund.communeId, path: found.communePath }))
      throw unknownReference(field, 'Quỹ');
    return found;
  }

  app.openapi(post201('/api/v1/funds', fundBody), async (c) => {
    const actor = actorOf(c);
    const body = c.req.valid('json');
    const commune = await findUnit(db, body.communeId);
    if (commune?.level !== 'commune' || !canReadCommune(actor, commune)) throw unknownReference('communeId', 'Xã');
    if (!canManageFunds(actor, commune)) throw forbidden({ communeId: 'Chỉ Ban Thường trực xã lập quỹ.' });
    const { communeId: _c, ...rest } = body;
    return c.json(presentFund(await createFund(db, metaOf(actor, c.get('ip')), commune, rest)), 201);
  });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/funds',
      tags: TAGS,
      security,
      request: { query: z.object({ communeId: uuid('xã').optional() }) },
      responses: { 200: jsonResponse(anyJson), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      return c.json({ items: (await listFunds(db, actor, c.req.valid('query').communeId)).map(presentFund) }, 200);
    },
  );

  app.openapi(getId200('/api/v1/funds/{id}/balance'), async (c) => {
    const actor = actorOf(c);
    const { fund } = await fundOr404(actor, c.req.valid('param').id, 'id');
    return c.json(await balanceParts(db, fund.id), 200);
  });

  app.openapi(post201('/api/v1/drives', driveBody), async (c) => {
    const actor = actorOf(c);
    const body = c.req.valid('json');
    const { fund, communePath } = await fundOr404(actor, body.fundId);
    if (!canManageFunds(actor, { id: fund.communeId, path: communePath }))
      throw forbidden({ fundId: 'Chỉ Ban Thường trực xã lập đợt vận động.' });
    if (body.indicatorId) {
      const ind = await findIndicator(db, body.indicatorId);
      if (!ind || !communePath.startsWith(ind.ownerPath)) throw unknownReference('indicatorId', 'Chỉ tiêu');
    }
    let code = (body.code ?? driveCode(body.name, body.from)).toUpperCase();
    if (!body.code)
      for (let i = 2; await findDriveByCode(db, fund.communeId, code); i++)
        code = `${driveCode(body.name, body.from)}${i}`;
    const drive = await createDrive(db, metaOf(actor, c.get('ip')), fund, communePath, {
      name: body.name,
      code,
      from: body.from,
      to: body.to,
      target: body.target ?? null,
      assignedBy: body.assignedBy ?? null,
      indicatorId: body.indicatorId ?? null,
    });
    return c.json(presentDrive(drive), 201);
  });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/drives',
      tags: TAGS,
      security,
      request: { query: z.object({ fundId: uuid('quỹ') }) },
      responses: { 200: jsonResponse(anyJson), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const { fund } = await fundOr404(actor, c.req.valid('query').fundId);
      return c.json({ items: (await listDrives(db, fund.id)).map(presentDrive) }, 200);
    },
  );

  async function driveOr404(actor: ReturnType<typeof actorOf>, id: string, field = 'driveId') {
    const drive = await findDrive(db, id);
    const commune = drive ? await findUnit(db, drive.communeId) : null;
    if (!drive || !commune || !canReadCommune(actor, commune)) throw unknownReference(field, 'Đợt vận động');
    return drive;
  }

  app.openapi(getId200('/api/v1/drives/{id}/summary'), async (c) => {
    const actor = actorOf(c);
    const drive = await driveOr404(actor, c.req.valid('param').id, 'id');
    const t = await driveTotals(db, drive.id);
    const target = drive.target ?? undefined;
    return c.json(
      {
        total: t.total,
        cash: t.cash,
        goods: t.goods,
        count: t.count,
        ...(target !== undefined && { target, percent: exactPercent(t.total, target) }),
        text: progressText({ aggregation: 'sum', unitLabel: 'đồng', actual: t.total, target }),
      },
      200,
    );
  });

  app.openapi(post201('/api/v1/donations', donationBody), async (c) => {
    const actor = actorOf(c);
    const body = c.req.valid('json');
    const { fund, commune: communeUnit, communePath } = await fundOr404(actor, body.fundId);
    const bad: Record<string, string> = {};
    if (body.amount === 0 && body.inKindValue === 0) bad.amount = 'Số tiền phải lớn hơn 0 (hoặc ghi giá trị hiện vật).';
    if (body.inKindValue > 0 && !body.inKindDescription) bad.inKindDescription = 'Mô tả hiện vật đã nhận.';
    if (body.donorKind !== 'anonymous' && !body.donorName) bad.donorName = 'Nhập tên người ủng hộ (hoặc chọn ẩn danh).';
    if (Object.keys(bad).length) throw invalid(bad);
    if (body.driveId) {
      const drive = await findDrive(db, body.driveId);
      if (!drive || drive.fundId !== fund.id) throw unknownReference('driveId', 'Đợt vận động');
    }
    const commune = { id: fund.communeId, path: communePath };
    let collectedAt = communeUnit;
    if (body.unitId) {
      const unit = await findUnit(db, body.unitId);
      if (!unit || unit.communeId !== fund.communeId) throw unknownReference('unitId', 'Thôn');
      collectedAt = unit;
    }
    let organizationId: string | null = null;
    if (body.organizationId) {
      const org = await findOrganization(db, body.organizationId);
      if (!org || org.org.communeId !== fund.communeId) throw unknownReference('organizationId', 'Tổ chức');
      organizationId = org.org.id;
    }
    if (body.pledgeId) {
      const pledge = await findPledge(db, body.pledgeId);
      if (!pledge || pledge.fundId !== fund.id) throw unknownReference('pledgeId', 'Đăng ký ủng hộ');
    }
    if (!canRecordDonation(actor, commune, body.unitId ? collectedAt : null, organizationId))
      throw forbidden({ unitId: 'Bạn chỉ lập phiếu thu cho thôn/tổ chức của mình.' });
    const row = await recordDonation(db, metaOf(actor, c.get('ip')), fund, {
      driveId: body.driveId ?? null,
      donorKind: body.donorKind,
      donorName: body.donorName,
      donorAddress: body.donorAddress ?? null,
      method: body.method,
      amount: body.amount,
      inKindDescription: body.inKindDescription ?? null,
      inKindValue: body.inKindValue,
      collectedAt,
      organizationId,
      pledgeId: body.pledgeId ?? null,
      bankRowId: null,
      date: body.date,
      note: body.note ?? null,
    });
    return c.json(presentDonation(row), 201);
  });

  app.openapi(
    postId200(
      '/api/v1/donations/{id}/void',
      z.object({ reason: text('lý do hủy', 500).min(3, 'Nêu lý do hủy (ít nhất 3 ký tự).') }),
    ),
    async (c) => {
      const actor = actorOf(c);
      const { id } = c.req.valid('param');
      const donation = await findDonation(db, id);
      const found = donation ? await findFund(db, donation.fundId) : null;
      if (!donation || !found || !canReadCommune(actor, { id: found.fund.communeId, path: found.communePath }))
        throw notFound('Phiếu thu');
      if (!canManageFunds(actor, { id: found.fund.communeId, path: found.communePath })) throw forbidden();
      const row = await voidDonation(db, metaOf(actor, c.get('ip')), id, c.req.valid('json').reason);
      return c.json(presentDonation(row), 200);
    },
  );

  app.openapi(post201('/api/v1/pledges', pledgeBody), async (c) => {
    const actor = actorOf(c);
    const body = c.req.valid('json');
    const { fund, communePath } = await fundOr404(actor, body.fundId);
    if (body.donorKind !== 'anonymous' && !body.donorName) throw invalid({ donorName: 'Nhập tên người đăng ký.' });
    let path = communePath;
    if (body.unitId) {
      const unit = await findUnit(db, body.unitId);
      if (!unit || unit.communeId !== fund.communeId) throw unknownReference('unitId', 'Thôn');
      path = unit.path;
    }
    if (
      !canRecordDonation(
        actor,
        { id: fund.communeId, path: communePath },
        body.unitId ? { id: body.unitId, path } : null,
        null,
      )
    )
      throw forbidden();
    const row = await recordPledge(db, metaOf(actor, c.get('ip')), fund, {
      driveId: body.driveId ?? null,
      donorKind: body.donorKind,
      donorName: body.donorName,
      amount: body.amount,
      date: body.date,
      unitPath: path,
      note: body.note ?? null,
    });
    return c.json(
      { id: row.id, fundId: row.fundId, donorName: row.donorName, amount: row.amount, date: row.date },
      201,
    );
  });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/pledges',
      tags: TAGS,
      security,
      request: { query: z.object({ fundId: uuid('quỹ') }) },
      responses: { 200: jsonResponse(anyJson), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const { fund } = await fundOr404(actor, c.req.valid('query').fundId);
      const rows = await pledgesWithFulfilment(db, fund.id);
      return c.json(
        {
          items: rows.map((p) => ({
            id: p.id,
            donorName: p.donorName,
            donorKind: p.donorKind,
            amount: p.amount,
            date: p.date,
            fulfilled: p.fulfilled,
            outstanding: p.outstanding,
          })),
          outstanding: rows.reduce((s, p) => s + p.outstanding, 0),
        },
        200,
      );
    },
  );

  app.openapi(post201('/api/v1/transfers', transferBody), async (c) => {
    const actor = actorOf(c);
    const body = c.req.valid('json');
    const { fund, communePath } = await fundOr404(actor, body.fundId);
    if (!canManageFunds(actor, { id: fund.communeId, path: communePath }))
      throw forbidden({ fundId: 'Chỉ Ban Thường trực xã nộp/nhận quỹ.' });
    const row = await recordTransfer(db, metaOf(actor, c.get('ip')), fund, communePath, {
      direction: body.direction,
      amount: body.amount,
      date: body.date,
      counterparty: body.counterparty,
      documentRef: body.documentRef ?? null,
      note: body.note ?? null,
    });
    return c.json(
      {
        id: row.id,
        fundId: row.fundId,
        direction: row.direction,
        amount: row.amount,
        date: row.date,
        counterparty: row.counterparty,
      },
      201,
    );
  });

  app.openapi(post201('/api/v1/disbursements', payoutBody), async (c) => {
    const actor = actorOf(c);
    const body = c.req.valid('json');
    const { fund, communePath } = await fundOr404(actor, body.fundId);
    if (!canManageFunds(actor, { id: fund.communeId, path: communePath }))
      throw forbidden({ fundId: 'Chỉ Ban Thường trực xã lập phiếu chi.' });
    if (body.driveId) {
      const drive = await findDrive(db, body.driveId);
      if (!drive || drive.fundId !== fund.id) throw unknownReference('driveId', 'Đợt vận động');
    }
    const row = await recordDisbursement(db, metaOf(actor, c.get('ip')), fund, communePath, {
      driveId: body.driveId ?? null,
      amount: body.amount,
      date: body.date,
      purpose: body.purpose,
      recipient: body.recipient,
      decisionRef: body.decisionRef,
      reliefProgramId: body.reliefProgramId ?? null,
    });
    return c.json(presentDisbursement(row), 201);
  });

  app.route('/', bankRoutes(deps));

  // The printable receipt, as Word (to edit) or PDF (to print and publish).
  for (const ext of ['docx', 'pdf'] as const) {
    app.get(`/api/v1/donations/:id/receipt.${ext}`, async (c) => {
      const actor = actorOf(c);
      const id = c.req.param('id');
      const donation = /^[0-9a-f-]{36}$/i.test(id) ? await findDonation(db, id) : null;
      const found = donation ? await findFund(db, donation.fundId) : null;
      const commune = found ? await findUnit(db, found.fund.communeId) : null;
      if (!donation || !found || !commune || !canReadCommune(actor, commune)) throw notFound('Phiếu thu');
      const drive = donation.driveId ? await findDrive(db, donation.driveId) : null;
      const place = donation.unitId && donation.unitId !== commune.id ? await findUnit(db, donation.unitId) : null;
      const doc = receiptDocument(donation, found.fund, drive, commune, place ? unitDisplayName(place) : null);
      const docx = await renderDocx(doc);
      const body = ext === 'docx' ? docx : await docxToPdf(docx, { inputName: donation.receiptNo });
      return fileResponse(c, new Uint8Array(body), `${donation.receiptNo}.${ext}`);
    });
  }

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/public/drives/{id}/disclosure',
      tags: ['Công khai'],
      description: 'Không cần đăng nhập: danh sách ủng hộ, các khoản chi và số dư của một đợt vận động.',
      request: { params: idParam },
      responses: { 200: jsonResponse(anyJson), 404: errorResponses[404] },
    }),
    async (c) => {
      const d = await driveDisclosure(db, c.req.valid('param').id);
      if (!d) throw notFound('Đợt vận động');
      return c.json(d, 200);
    },
  );

  return app;
}
