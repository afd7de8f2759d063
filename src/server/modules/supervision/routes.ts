import { createRoute, z } from '@hono/zod-openapi';
import { todayVn } from '../../../lib/dates';
import type { Actor } from '../../core/actor';
import { commandContext } from '../../http/context';
import type { AppDeps } from '../../http/env';
import { actorOf, createRouter, errorResponses, idParam, jsonBody, jsonResponse, security } from '../../http/router';
import { createSupervision } from './commands/create-supervision';
import { updateSupervision } from './commands/update-supervision';
import {
  createBody,
  listQuery,
  patchBody,
  summaryPeriod,
  summaryQuery,
  summarySchema,
  supervisionDetailSchema,
  supervisionSchema,
} from './fields';
import { supervisionFigures } from './figures';
import { findCommuneVisibleTo, findSupervisionVisibleTo } from './lookup';
import { presentRecommendation, presentSupervisionFor } from './present';
import { listSupervisions, recommendationCounts, recommendationsOf, registerEntries } from './queries';
import type { Supervision } from './schema';
import { supervisionDocumentRoutes } from './routes-documents';
import { recommendationRoutes } from './routes-recommendations';

export const TAGS = ['Giám sát, phản biện xã hội'];

type Commune = { id: string; path: string; name: string };

export function supervisionRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();

  /** A supervision as the reader sees it, with its recommendation counts and register entries. */
  async function present(actor: Actor, s: Supervision, commune: Commune) {
    const counts = (await recommendationCounts(db, [s.id], todayVn())).get(s.id);
    const docs = await registerEntries(db, [s.planDocId, s.reportDocId]);
    return presentSupervisionFor(actor, s, commune, { counts, docs });
  }

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/supervisions',
      tags: TAGS,
      security,
      description:
        'Lập kế hoạch giám sát hoặc phản biện xã hội (Ban Thường trực xã): nội dung, đối tượng, thành phần đoàn, thời gian.',
      request: { body: jsonBody(createBody) },
      responses: { 201: jsonResponse(supervisionSchema, 'Đã lập'), ...errorResponses },
    }),
    async (c) => {
      const ctx = commandContext(c, db);
      const { supervision, commune } = await createSupervision(ctx, c.req.valid('json'));
      return c.json(presentSupervisionFor(ctx.actor, supervision, commune, { docs: new Map() }), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/supervisions',
      tags: TAGS,
      security,
      request: { query: listQuery },
      responses: { 200: jsonResponse(z.object({ items: z.array(supervisionSchema) })), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const rows = await listSupervisions(db, actor, c.req.valid('query'));
      const ids = rows.map((r) => r.supervision.id);
      const counts = await recommendationCounts(db, ids, todayVn());
      const docs = await registerEntries(
        db,
        rows.flatMap((r) => [r.supervision.planDocId, r.supervision.reportDocId]),
      );
      const items = rows.map(({ supervision: s, communeName: name, communePath: path }) =>
        presentSupervisionFor(actor, s, { id: s.communeId, path, name }, { counts: counts.get(s.id), docs }),
      );
      return c.json({ items }, 200);
    },
  );

  // Before /{id}, so "summary" is not taken for an id.
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/supervisions/summary',
      tags: TAGS,
      security,
      description:
        'Số liệu cho báo cáo sơ kết, tổng kết: số cuộc giám sát, phản biện theo loại và trạng thái; kiến nghị đã nêu, đã được trả lời, quá hạn; danh sách để trích dẫn. Mặc định cả năm hiện tại.',
      request: { query: summaryQuery },
      responses: { 200: jsonResponse(summarySchema), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const commune = await findCommuneVisibleTo(db, actorOf(c), q.communeId);
      const today = todayVn();
      const { from, to } = summaryPeriod(q, today);
      return c.json({ communeId: commune.id, ...(await supervisionFigures(db, commune.path, from, to, today)) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/supervisions/{id}',
      tags: TAGS,
      security,
      request: { params: idParam },
      responses: { 200: jsonResponse(supervisionDetailSchema), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const { supervision: s, commune } = await findSupervisionVisibleTo(db, actor, c.req.valid('param').id);
      const recs = await recommendationsOf(db, s.id);
      const recommendationList = recs.map((r) => presentRecommendation(r.recommendation, todayVn(), r.history));
      return c.json({ ...(await present(actor, s, commune)), recommendationList }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/v1/supervisions/{id}',
      tags: TAGS,
      security,
      description:
        'Sửa kế hoạch, ghi kết quả (findings), chuyển trạng thái lần lượt planned → in_progress → concluded (sai thứ tự: 409; kết thúc khi chưa có kết quả: 422).',
      request: { params: idParam, body: jsonBody(patchBody) },
      responses: { 200: jsonResponse(supervisionSchema), ...errorResponses },
    }),
    async (c) => {
      const ctx = commandContext(c, db);
      const { id } = c.req.valid('param');
      const { supervision, commune } = await updateSupervision(ctx, { id, ...c.req.valid('json') });
      return c.json(await present(ctx.actor, supervision, commune), 200);
    },
  );

  app.route('/', recommendationRoutes(deps));
  app.route('/', supervisionDocumentRoutes(deps));
  return app;
}
