import { createRoute, z } from '@hono/zod-openapi';
import { commandContext } from '../../http/context';
import type { AppDeps } from '../../http/env';
import { calendarDate, hasSpoofingChars, SPOOFING_MESSAGE, text, uuid } from '../../http/fields';
import { actorOf, createRouter, errorResponses, idParam, jsonBody, jsonResponse, security } from '../../http/router';
import { findCommuneUnitVisibleTo } from '../units/lookup';
import { acceptTransfer, refuseTransfer } from './commands/decide-transfer';
import { requestTransfer } from './commands/request-transfer';
import { transferStatuses } from './schema';
import { transfersOf } from './transfers';

const TAGS = ['Hội viên'];
const note = (what: string) => text(what, 500).refine((s) => !hasSpoofingChars(s, true), SPOOFING_MESSAGE);

const transferOut = z
  .object({
    id: z.string(),
    membershipId: z.string(),
    direction: z.enum(['within', 'incoming', 'outgoing']),
    fullName: z.string(),
    birthYear: z.number().nullable(),
    organization: z.string(),
    fromCommuneName: z.string(),
    fromBranchName: z.string().nullable(),
    toCommuneId: z.string(),
    toCommuneName: z.string(),
    toBranchId: z.string().nullable(),
    toBranchName: z.string().nullable(),
    on: z.string(),
    note: z.string().nullable(),
    status: z.enum(transferStatuses),
    decidedOn: z.string().nullable(),
    decisionNote: z.string().nullable(),
  })
  .openapi('MembershipTransfer');
const decided = z.object({ id: z.string(), status: z.enum(transferStatuses) });

const routes = {
  request: createRoute({
    method: 'post',
    path: '/api/v1/memberships/{id}/transfers',
    tags: TAGS,
    security,
    description:
      'Đề nghị chuyển sinh hoạt: sang chi hội khác trong xã (`toBranchId`) hoặc sang xã khác (`toCommuneId`, hoặc ' +
      '`toCommuneCode`: mã 5 chữ số theo danh mục, khi không xem được xã đó). Chưa thay đổi gì cho đến khi bên nhận tiếp nhận. 409 khi đã có đề nghị đang chờ.',
    request: {
      params: idParam,
      body: jsonBody(
        z
          .object({
            on: calendarDate('Ngày chuyển'),
            toBranchId: uuid('chi hội nhận').optional(),
            toCommuneId: uuid('xã nhận').optional(),
            toCommuneCode: z
              .string()
              .regex(/^\d{5}$/, 'Mã xã nhận: 5 chữ số theo danh mục.')
              .optional(),
            note: note('ghi chú').optional(),
          })
          .strict(),
      ),
    },
    responses: { 201: jsonResponse(decided, 'Đã gửi đề nghị'), ...errorResponses },
  }),
  accept: createRoute({
    method: 'post',
    path: '/api/v1/membership-transfers/{id}/accept',
    tags: TAGS,
    security,
    description:
      'Bên nhận tiếp nhận. Từ xã khác: chọn chi hội (`branchId`) và thôn (`villageId`, mặc định thôn của chi hội); ' +
      'hội viên thôi ở xã cũ và sinh hoạt ở xã mới từ ngày chuyển (không tính là kết nạp mới).',
    request: {
      params: idParam,
      body: jsonBody(z.object({ branchId: uuid('chi hội').optional(), villageId: uuid('thôn').optional() }).strict()),
    },
    responses: { 200: jsonResponse(decided), ...errorResponses },
  }),
  refuse: createRoute({
    method: 'post',
    path: '/api/v1/membership-transfers/{id}/refuse',
    tags: TAGS,
    security,
    request: { params: idParam, body: jsonBody(z.object({ reason: note('lý do') }).strict()) },
    responses: { 200: jsonResponse(decided), ...errorResponses },
  }),
  list: createRoute({
    method: 'get',
    path: '/api/v1/membership-transfers',
    tags: TAGS,
    security,
    description: 'Đề nghị chuyển sinh hoạt của xã: gửi đi, nhận về, trong xã.',
    request: {
      query: z.object({
        communeId: uuid('xã'),
        status: z.enum(transferStatuses, { message: 'Trạng thái: pending, accepted hoặc refused.' }).optional(),
      }),
    },
    responses: { 200: jsonResponse(z.object({ items: z.array(transferOut) })), ...errorResponses },
  }),
};

/** Chuyển sinh hoạt: a member moves branch or commune once the receiving side accepts (issue 14.4). */
export function transferRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();

  app.openapi(routes.request, async (c) => {
    const row = await requestTransfer(commandContext(c, db), {
      membershipId: c.req.valid('param').id,
      ...c.req.valid('json'),
    });
    return c.json({ id: row.id, status: row.status }, 201);
  });

  app.openapi(routes.accept, async (c) => {
    const row = await acceptTransfer(commandContext(c, db), c.req.valid('param').id, c.req.valid('json'));
    return c.json({ id: row.id, status: row.status }, 200);
  });

  app.openapi(routes.refuse, async (c) => {
    const row = await refuseTransfer(commandContext(c, db), c.req.valid('param').id, c.req.valid('json').reason);
    return c.json({ id: row.id, status: row.status }, 200);
  });

  app.openapi(routes.list, async (c) => {
    const actor = actorOf(c);
    const { communeId, status } = c.req.valid('query');
    const commune = await findCommuneUnitVisibleTo(db, actor, communeId, 'communeId');
    c.header('Cache-Control', 'no-store');
    return c.json({ items: await transfersOf(db, actor, commune, status) }, 200);
  });

  return app;
}
