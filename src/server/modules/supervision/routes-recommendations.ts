import { createRoute } from '@hono/zod-openapi';
import { todayVn } from '../../../lib/dates';
import { commandContext } from '../../http/context';
import type { AppDeps } from '../../http/env';
import { createRouter, errorResponses, idParam, jsonBody, jsonResponse, security } from '../../http/router';
import { addRecommendation } from './commands/add-recommendation';
import { transitionRecommendation } from './commands/transition-recommendation';
import { recommendationBody, recommendationSchema, transitionBody } from './fields';
import { presentRecommendation } from './present';
import { recommendationsOf } from './queries';
import type { SupervisionRecommendation } from './schema';

const TAGS = ['Giám sát, phản biện xã hội'];

export function recommendationRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();

  /** A recommendation with its history, as both routes answer. */
  async function present(row: SupervisionRecommendation) {
    const full = (await recommendationsOf(db, row.supervisionId)).find((r) => r.recommendation.id === row.id);
    return presentRecommendation(row, todayVn(), full?.history ?? []);
  }

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/supervisions/{id}/recommendations',
      tags: TAGS,
      security,
      description:
        'Nêu kiến nghị sau giám sát (khi cuộc giám sát đang thực hiện hoặc đã kết thúc; lúc mới lập kế hoạch: 409): nội dung, nơi nhận, hạn trả lời.',
      request: { params: idParam, body: jsonBody(recommendationBody) },
      responses: { 201: jsonResponse(recommendationSchema, 'Đã ghi'), ...errorResponses },
    }),
    async (c) => {
      const ctx = commandContext(c, db);
      const row = await addRecommendation(ctx, { id: c.req.valid('param').id, ...c.req.valid('json') });
      return c.json(await present(row), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/supervision-recommendations/{id}/transitions',
      tags: TAGS,
      security,
      description:
        'Theo dõi kiến nghị, lần lượt issued → sent → answered (bắt buộc nội dung trả lời) → closed. Sai thứ tự, hoặc bước vừa có người khác làm: 409, không ghi gì. Mỗi bước ghi lịch sử và nhật ký.',
      request: { params: idParam, body: jsonBody(transitionBody) },
      responses: { 200: jsonResponse(recommendationSchema), ...errorResponses },
    }),
    async (c) => {
      const ctx = commandContext(c, db);
      const row = await transitionRecommendation(ctx, { id: c.req.valid('param').id, ...c.req.valid('json') });
      return c.json(await present(row), 200);
    },
  );

  return app;
}
