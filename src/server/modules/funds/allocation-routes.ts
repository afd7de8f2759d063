import { createRoute, z } from '@hono/zod-openapi';
import { todayVn } from '../../../lib/dates';
import { unitDisplayName } from '../../../lib/units';
import { compareVi } from '../../../lib/vi-text';
import type { Actor } from '../../core/actor';
import { forbidden } from '../../core/errors';
import { commandContext } from '../../http/context';
import type { AppDeps } from '../../http/env';
import { text, uuid } from '../../http/fields';
import { pageQueryFields } from '../../http/page-cursor';
import { idempotent } from '../../http/idempotency';
import { actorOf, createRouter, errorResponses, idParam, jsonBody, jsonResponse, security } from '../../http/router';
import type { AllocationLineRow } from './allocation-queries';
import { allocationRecipients, findAllocationLineVisibleTo, listAllocationLines } from './allocation-queries';
import { findFundVisibleTo } from './lookup';
import { acknowledgeAllocation } from './commands/acknowledge-allocation';
import { createAllocation } from './commands/allocate';
import { moneyDate, positiveMoney } from './fields';
import { canManageFunds } from './policy';

const TAGS = ['Quỹ & ủng hộ'];

const allocationBody = z.object({
  fundId: uuid('quỹ'),
  decisionRef: text('số quyết định phân bổ', 100),
  date: moneyDate,
  purpose: text('nội dung phân bổ', 500),
  driveId: uuid('đợt vận động').nullish(),
  lines: z
    .array(
      z
        .object({
          unitId: uuid('đơn vị nhận')
            .optional()
            .openapi({ description: 'Đơn vị nhận: một xã của tỉnh (quỹ tỉnh) hoặc một tỉnh (quỹ trung ương).' }),
          communeId: uuid('xã').optional().openapi({ description: 'Tên cũ của `unitId`, vẫn được nhận.' }),
          amount: positiveMoney('Số tiền phân bổ'),
        })
        .superRefine((l, ctx) => {
          if (!l.unitId && !l.communeId)
            ctx.addIssue({ code: 'custom', path: ['unitId'], message: 'Chọn đơn vị nhận.' });
          else if (l.unitId && l.communeId && l.unitId !== l.communeId)
            ctx.addIssue({ code: 'custom', path: ['communeId'], message: 'unitId và communeId phải là một đơn vị.' });
        }),
    )
    .min(1, 'Phân bổ cho ít nhất một đơn vị.')
    .max(2000, 'Tối đa 2000 đơn vị nhận một quyết định.'),
});

const acknowledgeBody = z.object({
  fundId: uuid('quỹ').openapi({ description: 'Quỹ của chính xã nhận mà khoản tiền được ghi vào.' }),
  date: moneyDate.optional().openapi({ description: 'Ngày nhận; mặc định hôm nay.' }),
});

const lineSchema = z
  .object({
    id: z.string(),
    allocationId: z.string(),
    decisionRef: z.string(),
    date: z.string(),
    purpose: z.string(),
    fundId: z.string().openapi({ description: 'Quỹ chi (của tỉnh hoặc trung ương).' }),
    fundName: z.string(),
    fromUnitId: z.string(),
    fromUnitName: z.string(),
    recipientId: z.string(),
    recipientName: z.string().openapi({ description: 'Tên đơn vị nhận kèm cấp: "xã Hồng Sơn", "tỉnh Tuyên Quang".' }),
    recipientLevel: z.enum(['commune', 'province']),
    communeId: z.string().openapi({ description: 'Như `recipientId` (tên cũ: với quỹ trung ương là một tỉnh).' }),
    communeName: z.string(),
    amount: z.number(),
    payoutNo: z.string().openapi({ description: 'Số phiếu chi (PC) của quỹ chi.' }),
    state: z.enum(['pending', 'acknowledged']),
    receivedFundId: z.string().nullable(),
    receivedFundName: z.string().nullable(),
    receivedOn: z.string().nullable(),
    can: z.object({ acknowledge: z.boolean() }),
  })
  .openapi('AllocationLine');

const allocationSchema = z
  .object({
    id: z.string(),
    fundId: z.string(),
    decisionRef: z.string(),
    date: z.string(),
    purpose: z.string(),
    driveId: z.string().nullable(),
    total: z.number(),
    lines: z.array(
      z.object({
        id: z.string(),
        recipientId: z.string(),
        recipientLevel: z.enum(['commune', 'province']),
        communeId: z.string(),
        communeName: z.string(),
        amount: z.number(),
        payoutNo: z.string(),
      }),
    ),
  })
  .openapi('Allocation');

const linesQuery = z.object({
  fundId: uuid('quỹ').optional(),
  unitId: uuid('đơn vị nhận').optional().openapi({ description: 'Chỉ các khoản phân bổ cho đơn vị này.' }),
  communeId: uuid('xã').optional().openapi({ description: 'Tên cũ của `unitId`.' }),
  pending: z
    .enum(['true', 'false'], { message: 'pending: true hoặc false.' })
    .optional()
    .openapi({ description: 'true: chỉ các khoản chưa xác nhận đã nhận.' }),
  ...pageQueryFields,
});

function presentLine(actor: Actor, r: AllocationLineRow) {
  const acknowledged = Boolean(r.receipt?.id);
  return {
    id: r.line.id,
    allocationId: r.allocation.id,
    decisionRef: r.allocation.decisionRef,
    date: r.allocation.date,
    purpose: r.allocation.purpose,
    fundId: r.allocation.fundId,
    fundName: r.fundName,
    fromUnitId: r.owner.id,
    fromUnitName: r.owner.name,
    recipientId: r.recipient.id,
    recipientName: unitDisplayName(r.recipient),
    recipientLevel: r.recipient.level === 'province' ? ('province' as const) : ('commune' as const),
    communeId: r.recipient.id,
    communeName: r.recipient.name,
    amount: r.line.amount,
    payoutNo: r.payoutNo,
    state: acknowledged ? ('acknowledged' as const) : ('pending' as const),
    receivedFundId: r.receipt?.fundId ?? null,
    receivedFundName: r.receipt?.fundName ?? null,
    receivedOn: r.receipt?.date ?? null,
    can: { acknowledge: !acknowledged && canManageFunds(actor, r.recipient) },
  };
}

/** Allocations (phân bổ) from a province's or the national unit's fund to its communes, and their acknowledgment. */
export function allocationRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();
  app.use('/api/v1/allocations', idempotent(db));

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/allocations',
      tags: TAGS,
      security,
      description:
        'Quyết định phân bổ từ quỹ của tỉnh cho các xã trực thuộc, hoặc từ quỹ trung ương cho các tỉnh: mỗi đơn vị ' +
        'nhận một phiếu chi (PC) của quỹ ghi tên đơn vị nhận, cùng một giao dịch. Tổng vượt số dư: 409 nêu `lines`; đơn vị nhận sai cấp, không thuộc tỉnh, trùng hoặc không có: ' +
        '422 nêu `lines.N.unitId` (hoặc `communeId`); không ghi gì.',
      request: { body: jsonBody(allocationBody) },
      responses: { 201: jsonResponse(allocationSchema, 'Đã phân bổ'), ...errorResponses },
    }),
    async (c) => {
      const { allocation, lines } = await createAllocation(commandContext(c, db), c.req.valid('json'));
      return c.json(
        {
          id: allocation.id,
          fundId: allocation.fundId,
          decisionRef: allocation.decisionRef,
          date: allocation.date,
          purpose: allocation.purpose,
          driveId: allocation.driveId,
          total: allocation.total,
          lines: lines.map((l) => ({
            id: l.id,
            recipientId: l.recipientId,
            recipientLevel: l.recipientLevel === 'province' ? ('province' as const) : ('commune' as const),
            communeId: l.recipientId,
            communeName: l.communeName,
            amount: l.amount,
            payoutNo: l.payoutNo,
          })),
        },
        201,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/allocation-lines',
      tags: TAGS,
      security,
      description:
        'Các khoản phân bổ người dùng được xem: của quỹ mình đọc được, hoặc phân bổ cho xã (tỉnh) mình — xã thấy khoản ' +
        'tỉnh phân bổ cho mình, tỉnh thấy khoản trung ương phân bổ cho mình, dù không đọc được quỹ cấp trên. Theo trang ' +
        '(mặc định 100, tối đa 500 dòng; `cursor` = `nextCursor` của trang trước; con trỏ sai: 400 nêu `cursor`).',
      request: { query: linesQuery },
      responses: {
        200: jsonResponse(z.object({ items: z.array(lineSchema), nextCursor: z.string().nullable() })),
        ...errorResponses,
      },
    }),
    async (c) => {
      const actor = actorOf(c);
      const { unitId, communeId, pending, ...q } = c.req.valid('query');
      const page = await listAllocationLines(db, actor, {
        ...q,
        communeId: unitId ?? communeId,
        pending: pending === 'true',
      });
      return c.json({ items: page.items.map((r) => presentLine(actor, r)), nextCursor: page.nextCursor }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/funds/{id}/allocation-recipients',
      tags: TAGS,
      security,
      description:
        'Các đơn vị quỹ này được phân bổ cho (các dòng của quyết định phân bổ): các xã hiện có của tỉnh với quỹ tỉnh, ' +
        'các tỉnh với quỹ trung ương, không có với quỹ xã. Chỉ người quản lý quỹ (403 với người chỉ xem).',
      request: { params: idParam },
      responses: {
        200: jsonResponse(
          z.object({
            items: z.array(z.object({ id: z.string(), name: z.string(), displayName: z.string(), level: z.string() })),
          }),
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const actor = actorOf(c);
      const { fund, commune: owner, communePath } = await findFundVisibleTo(db, actor, c.req.valid('param').id);
      if (!canManageFunds(actor, { id: fund.communeId, path: communePath })) throw forbidden();
      if (owner.level !== 'province' && owner.level !== 'national') return c.json({ items: [] }, 200);
      const { found } = await allocationRecipients(db, { level: owner.level, path: communePath });
      const items = [...found.values()]
        .map((u) => ({ id: u.id, name: u.name, displayName: unitDisplayName(u), level: u.level }))
        .sort((a, b) => compareVi(a.name, b.name));
      return c.json({ items }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/allocation-lines/{id}/acknowledge',
      tags: TAGS,
      security,
      description:
        'Ban Thường trực xã xác nhận đã nhận khoản phân bổ vào một quỹ của xã (ghi một khoản cấp trên chuyển về). ' +
        'Chỉ một lần: lần thứ hai 409.',
      request: { params: idParam, body: jsonBody(acknowledgeBody) },
      responses: { 200: jsonResponse(lineSchema), ...errorResponses },
    }),
    async (c) => {
      const ctx = commandContext(c, db);
      const { id } = c.req.valid('param');
      const body = c.req.valid('json');
      await acknowledgeAllocation(ctx, { lineId: id, fundId: body.fundId, date: body.date ?? todayVn() });
      return c.json(presentLine(ctx.actor, await findAllocationLineVisibleTo(db, ctx.actor, id)), 200);
    },
  );

  return app;
}
