import { createRoute, z } from '@hono/zod-openapi';
import { todayVn } from '../../../lib/dates';
import type { AppDeps } from '../../http/env';
import { commandContext } from '../../http/context';
import { actorOf, createRouter, errorResponses, idParam, jsonBody, jsonResponse, security } from '../../http/router';
import { openReportingRound, reopenRoundAssignment, submitRoundAssignment } from './commands/manage-round';
import { calendarDate, uuid } from '../../http/fields';
import { boardOut, checkPeriod, roundOut } from './fields';
import { presentBoardFor, presentRound, presentRoundFor, roundRightsAt } from './present';
import { listRoundsVisibleTo, roundBoard } from './queries';

const TAGS = ['Kỳ báo cáo'];

const openRoundRoute = createRoute({
  method: 'post',
  path: '/api/v1/rounds',
  tags: TAGS,
  security,
  request: {
    body: jsonBody(
      z
        .object({
          communeId: uuid('xã'),
          title: z.string().trim().min(1, 'Nhập tên kỳ báo cáo.').max(200, 'Tên kỳ báo cáo tối đa 200 ký tự.'),
          from: calendarDate('Ngày bắt đầu'),
          to: calendarDate('Ngày kết thúc'),
          dueDate: calendarDate('Hạn nộp'),
          assignments: z
            .array(
              z.object({
                unitId: uuid('đơn vị'),
                organizationId: uuid('tổ chức').nullish(),
                indicatorIds: z.array(uuid('chỉ tiêu')).min(1, 'Chọn ít nhất một chỉ tiêu.').max(100),
              }),
            )
            .min(1, 'Chọn ít nhất một thôn hoặc tổ chức phải báo cáo.')
            .max(500),
        })
        .superRefine(checkPeriod),
    ),
  },
  responses: { 201: jsonResponse(roundOut, 'Đã mở kỳ báo cáo'), ...errorResponses },
});

const listRoundsRoute = createRoute({
  method: 'get',
  path: '/api/v1/rounds',
  tags: TAGS,
  security,
  request: { query: z.object({ communeId: uuid('xã').optional() }) },
  responses: {
    200: jsonResponse(z.object({ items: z.array(roundOut), can: z.object({ open: z.boolean() }).optional() })),
    ...errorResponses,
  },
});

const boardRoute = createRoute({
  method: 'get',
  path: '/api/v1/rounds/{id}/board',
  tags: TAGS,
  security,
  description: 'Ai đã nộp, ai chậm, và tin nhắn nhắc để dán vào Zalo.',
  request: { params: idParam },
  responses: { 200: jsonResponse(boardOut), ...errorResponses },
});

const assignmentAction = (action: 'submit' | 'reopen') =>
  createRoute({
    method: 'post',
    path: `/api/v1/round-assignments/{id}/${action}`,
    tags: TAGS,
    security,
    request: { params: idParam },
    responses: { 200: jsonResponse(z.object({ id: z.string(), submitted: z.boolean() })), ...errorResponses },
  });

export function roundsRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();

  app.openapi(openRoundRoute, async (c) => {
    const round = await openReportingRound(commandContext(c, db), c.req.valid('json'));
    return c.json(presentRound(round), 201);
  });

  app.openapi(listRoundsRoute, async (c) => {
    const actor = actorOf(c);
    const { commune, rows } = await listRoundsVisibleTo(db, actor, c.req.valid('query').communeId);
    const items = rows.map((r) => presentRoundFor(actor, r.round, r.communePath));
    return c.json({ items, ...(commune && { can: roundRightsAt(actor, commune) }) }, 200);
  });

  app.openapi(boardRoute, async (c) => {
    const actor = actorOf(c);
    return c.json(presentBoardFor(actor, await roundBoard(db, actor, c.req.valid('param').id, todayVn())), 200);
  });

  const commands = { submit: submitRoundAssignment, reopen: reopenRoundAssignment };
  for (const action of ['submit', 'reopen'] as const) {
    app.openapi(assignmentAction(action), async (c) => {
      const row = await commands[action](commandContext(c, db), { id: c.req.valid('param').id });
      return c.json({ id: row.id, submitted: row.submittedAt !== null }, 200);
    });
  }

  return app;
}
