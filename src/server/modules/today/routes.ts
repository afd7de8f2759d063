import { createRoute, z } from '@hono/zod-openapi';
import { todayVn } from '../../../lib/dates';
import type { AppDeps } from '../../http/env';
import { actorOf, createRouter, errorResponses, jsonResponse, security } from '../../http/router';
import { agendaSources, orderGroups, quickActions } from './agenda';

const itemOut = z
  .object({
    id: z.string(),
    title: z.string(),
    detail: z.string().nullable(),
    dueDate: z.string().nullable(),
    state: z.enum(['late', 'soon', 'waiting']).openapi({
      description: 'late: đã quá hạn; soon: sắp đến hạn; waiting: đang chờ người dùng (duyệt, tiếp nhận)',
    }),
  })
  .openapi('AgendaItem');

const groupOut = z
  .object({
    key: z.string().openapi({
      description:
        'Loại việc: petitions.overdue, tasks.due, rounds.owed, rounds.missing, recommendations.unanswered, ' +
        'posts.review, reports.draft, transfers.incoming, calendar.due',
    }),
    count: z.number().int().openapi({ description: 'Tổng số việc loại này (danh sách chỉ nêu vài việc đầu)' }),
    items: z.array(itemOut),
  })
  .openapi('AgendaGroup');

const todayOut = z
  .object({
    date: z.string().openapi({ description: 'Hôm nay (giờ Việt Nam), YYYY-MM-DD' }),
    groups: z.array(groupOut),
    actions: z.array(z.enum(quickActions)).openapi({
      description:
        'Thao tác nhanh người dùng được làm: receipt (lập phiếu thu), result (nhập kết quả), ' +
        'petition (ghi kiến nghị), report (soạn báo cáo)',
    }),
  })
  .openapi('Today');

const todayRoute = createRoute({
  method: 'get',
  path: '/api/v1/today',
  tags: ['Việc hôm nay'],
  security,
  description:
    'Trang đầu của người dùng: việc đến hạn hoặc quá hạn trong phạm vi của mình (kỳ báo cáo, nhiệm vụ, kiến nghị ' +
    'quá hạn, kiến nghị sau giám sát chưa trả lời, bài và báo cáo chờ duyệt, chuyển sinh hoạt chờ tiếp nhận), ' +
    'việc quá hạn trước; và các thao tác nhanh được phép.',
  responses: { 200: jsonResponse(todayOut), ...errorResponses },
});

export function todayRoutes({ db }: AppDeps) {
  const app = createRouter();
  app.openapi(todayRoute, async (c) => {
    const actor = actorOf(c);
    const today = todayVn();
    const sources = agendaSources();
    // Read-only queries, each in the user's scope; run side by side (one connection on PGlite serialises them).
    const groups = (await Promise.all(sources.map((s) => s.groups({ db, actor, today })))).flat();
    const actions = new Set(sources.flatMap((s) => s.actions?.(actor) ?? []));
    return c.json(
      { date: today, groups: orderGroups(groups), actions: quickActions.filter((a) => actions.has(a)) },
      200,
    );
  });
  return app;
}
