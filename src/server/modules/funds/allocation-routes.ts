import { createRoute, z } from '@hono/zod-openapi';
import { todayVn } from '../../../lib/dates';
import type { Actor } from '../../core/actor';
import { commandContext } from '../../http/context';
import type { AppDeps } from '../../http/env';
import { text, uuid } from '../../http/fields';
import { idempotent } from '../../http/idempotency';
import { actorOf, createRouter, errorResponses, idParam, jsonBody, jsonResponse, security } from '../../http/router';
import type { AllocationLineRow } from './allocation-queries';
import { findAllocationLineVisibleTo, listAllocationLines } from './allocation-queries';
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
    .array(z.object({ communeId: uuid('xã'), amount: positiveMoney('Số tiền phân bổ') }))
    .min(1, 'Phân bổ cho ít nhất một xã.')
    .max(2000, 'Tối đa 2000 xã một quyết định.'),
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
    communeId: z.string(),
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
  communeId: uuid('xã').optional(),
  pending: z
    .enum(['true', 'false'], { message: 'pending: true hoặc false.' })
    .optional()
    .openapi({ description: 'true: chỉ các khoản chưa xác nhận đã nhận.' }),
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
        'Quyết định phân bổ từ quỹ của tỉnh (hoặc trung ương) cho các xã trực thuộc: mỗi xã một phiếu chi (PC) của ' +
        'quỹ, cùng một giao dịch. Tổng vượt số dư: 409 nêu `lines`; xã không thuộc tỉnh, trùng hoặc không có: 422 ' +
        'nêu `lines.N.communeId`; không ghi gì.',
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
        'Các khoản phân bổ người dùng được xem: của quỹ tỉnh mình đọc được, hoặc phân bổ cho xã mình (xã thấy khoản ' +
        'được phân bổ dù không đọc được quỹ của tỉnh).',
      request: { query: linesQuery },
      responses: { 200: jsonResponse(z.object({ items: z.array(lineSchema) })), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const q = c.req.valid('query');
      const rows = await listAllocationLines(db, actor, { ...q, pending: q.pending === 'true' });
      return c.json({ items: rows.map((r) => presentLine(actor, r)) }, 200);
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
