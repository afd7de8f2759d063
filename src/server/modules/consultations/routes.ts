import { createRoute, z } from '@hono/zod-openapi';
import { todayVn } from '../../../lib/dates';
import { commandContext } from '../../http/context';
import type { AppDeps } from '../../http/env';
import { actorOf, createRouter, errorResponses, idParam, jsonBody, jsonResponse, security } from '../../http/router';
import { addComment } from './commands/add-comment';
import { closeConsultation } from './commands/close-consultation';
import { createConsultation } from './commands/create-consultation';
import { readComments } from './commands/read-comments';
import {
  authorOptionsSchema,
  commentBody,
  commentSchema,
  commentsQuery,
  consultationDetailSchema,
  consultationListSchema,
  createBody,
  listQuery,
} from './fields';
import { consultationFileRoutes } from './file-routes';
import { findConsultationDetailVisibleTo, findConsultationVisibleTo } from './lookup';
import { presentAuthorOptions, presentCommentFor, presentConsultation, presentConsultationDetail } from './present';
import { authorOptions, listConsultations } from './queries';

export const TAGS = ['Góp ý dự thảo'];

const get200 = <R extends z.ZodType>(path: string, response: R, description: string) =>
  createRoute({
    method: 'get',
    path,
    tags: TAGS,
    security,
    description,
    request: { params: idParam },
    responses: { 200: jsonResponse(response), ...errorResponses },
  });

export function consultationsRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();
  const detail = async (actor: ReturnType<typeof actorOf>, id: string) =>
    presentConsultationDetail(actor, await findConsultationDetailVisibleTo(db, actor, id));

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/consultations',
      tags: TAGS,
      security,
      description:
        'Đưa dự thảo ra lấy ý kiến (Ban Thường trực xã): tên, hạn góp ý, và các điều — `articles` [{ref, text}] hoặc `text` (toàn văn dán vào, tách theo dòng "Điều N."). Tùy chọn: requestedBy, opensOn (mặc định hôm nay), public (mặc định true: cổng thông tin nhận góp ý).',
      request: { body: jsonBody(createBody) },
      responses: { 201: jsonResponse(consultationDetailSchema, 'Đã tạo'), ...errorResponses },
    }),
    async (c) => {
      const ctx = commandContext(c, db);
      const created = await createConsultation(ctx, c.req.valid('json'));
      return c.json(await detail(ctx.actor, created.consultation.id), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/consultations',
      tags: TAGS,
      security,
      description:
        'Các đợt góp ý dự thảo của các xã trong phạm vi; lọc theo xã và trạng thái (open: còn nhận góp ý, closed: đã khóa hoặc quá hạn).',
      request: { query: listQuery },
      responses: { 200: jsonResponse(consultationListSchema), ...errorResponses },
    }),
    async (c) => {
      const today = todayVn();
      const rows = await listConsultations(db, actorOf(c), { ...c.req.valid('query'), today });
      return c.json({ items: rows.map((r) => presentConsultation(r.consultation, today, r)) }, 200);
    },
  );

  app.openapi(
    get200(
      '/api/v1/consultations/{id}',
      consultationDetailSchema,
      'Dự thảo với các điều theo thứ tự và số ý kiến góp ý của từng điều.',
    ),
    async (c) => c.json(await detail(actorOf(c), c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/consultations/{id}/close',
      tags: TAGS,
      security,
      description: 'Khóa đợt góp ý: không nhận thêm ý kiến (409 nếu đã khóa).',
      request: { params: idParam },
      responses: { 200: jsonResponse(consultationDetailSchema), ...errorResponses },
    }),
    async (c) => {
      const ctx = commandContext(c, db);
      const { id } = c.req.valid('param');
      await closeConsultation(ctx, { id });
      return c.json(await detail(ctx.actor, id), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/consultations/{id}/comments',
      tags: TAGS,
      security,
      description:
        'Ghi một ý kiến góp ý vào một điều (articleRef, ví dụ "Điều 5"): của cá nhân (author), tổ chức thành viên (organizationId) hoặc hội nghị (meetingId). Điều không có trong dự thảo: 422; đợt góp ý đã khóa: 409. Trưởng tổ chức ghi ý kiến của tổ chức mình.',
      request: { params: idParam, body: jsonBody(commentBody) },
      responses: { 201: jsonResponse(commentSchema, 'Đã ghi'), ...errorResponses },
    }),
    async (c) => {
      const ctx = commandContext(c, db);
      const { id } = c.req.valid('param');
      const { comment, found } = await addComment(ctx, { id, ...c.req.valid('json') });
      return c.json(presentCommentFor(ctx.actor, found, comment), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/consultations/{id}/comments',
      tags: TAGS,
      security,
      description:
        'Các ý kiến góp ý theo thứ tự các điều; lọc theo điều (articleRef). Liên hệ của người gửi chỉ Ban Thường trực xem.',
      request: { params: idParam, query: commentsQuery },
      responses: { 200: jsonResponse(z.object({ items: z.array(commentSchema) })), ...errorResponses },
    }),
    async (c) => {
      const ctx = commandContext(c, db);
      const { found, rows } = await readComments(ctx, c.req.valid('param').id, c.req.valid('query').articleRef);
      c.header('Cache-Control', 'no-store');
      return c.json({ items: rows.map((r) => presentCommentFor(ctx.actor, found, r)) }, 200);
    },
  );

  app.openapi(
    get200(
      '/api/v1/consultations/{id}/author-options',
      authorOptionsSchema,
      'Tổ chức thành viên và hội nghị của xã, để chọn khi ghi ý kiến.',
    ),
    async (c) => {
      const actor = actorOf(c);
      const found = await findConsultationVisibleTo(db, actor, c.req.valid('param').id);
      const opts = await authorOptions(db, found.consultation.communeId);
      return c.json(presentAuthorOptions(actor, found, opts), 200);
    },
  );

  app.route('/', consultationFileRoutes(deps));
  return app;
}
