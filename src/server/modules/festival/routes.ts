import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { notFound } from '../../core/errors';
import { isAdmin, manageRoots } from '../../core/scope';
import { commandContext } from '../../http/context';
import type { AppDeps, AppEnv } from '../../http/env';
import { fileResponse } from '../../http/files';
import { actorOf, createRouter, errorResponses, idParam, jsonBody, jsonResponse, security } from '../../http/router';
import { postResponse } from '../posts/fields';
import { findPostVisibleTo } from '../posts/lookup';
import { presentPost } from '../posts/present';
import { addCommendation } from './commands/add-commendation';
import { createFestival } from './commands/create-festival';
import { draftFestivalNewsPost } from './commands/draft-news-post';
import { exportFestivalReport } from './commands/export-report';
import { issueFestivalReport } from './commands/issue-report';
import { removeCommendation } from './commands/remove-commendation';
import { updateFestival } from './commands/update-festival';
import {
  commendationBody,
  commendationOut,
  createFestivalBody,
  festivalDetailOut,
  festivalListOut,
  festivalReportOut,
  issueReportBody,
  listQuery,
  updateFestivalBody,
} from './fields';
import { findFestivalVisibleTo } from './lookup';
import { presentCommendation, presentFestival, presentFestivalDetail } from './present';
import { commendationsOf, listFestivals } from './queries';
import { festivalReportShown } from './report';
import { issuedDocumentsByIds } from '../register/figures';

const TAGS = ['Ngày hội Đại đoàn kết'];

export function festivalRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();

  /** The festival as its page shows it, read again after a change. */
  const detail = async (c: Context<AppEnv>, id: string) => {
    const actor = actorOf(c);
    const v = await findFestivalVisibleTo(db, actor, id);
    const commendations = await commendationsOf(db, id);
    let newsPost = null;
    if (v.festival.newsPostId) {
      const p = await findPostVisibleTo(db, actor, v.festival.newsPostId).catch(() => null);
      if (p) newsPost = { id: p.post.id, title: p.post.title, status: p.post.status, kind: p.post.kind };
    }
    const issued = v.festival.documentId
      ? ((await issuedDocumentsByIds(db, [v.festival.documentId])).get(v.festival.documentId) ?? null)
      : null;
    return presentFestivalDetail(actor, v, commendations, newsPost, issued);
  };

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/festivals',
      tags: TAGS,
      security,
      description:
        'Ngày hội Đại đoàn kết toàn dân tộc của các thôn trong phạm vi: trưởng thôn thôn mình, Ban Thường trực cả xã, ' +
        'cấp tỉnh các xã trực thuộc (chỉ xem). Lọc theo xã, năm.',
      request: { query: listQuery },
      responses: { 200: jsonResponse(festivalListOut), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const rows = await listFestivals(db, actor, c.req.valid('query'));
      const issued = await issuedDocumentsByIds(
        db,
        rows.map((r) => r.festival.documentId),
      );
      const plan =
        isAdmin(actor) ||
        manageRoots(actor).some((m) => m.role === 'standing') ||
        actor.grants.some((g) => g.role === 'village_lead');
      c.header('Cache-Control', 'no-store');
      return c.json(
        {
          items: rows.map((r) =>
            presentFestival(r.festival, {
              ...r,
              reportNumber: r.festival.documentId ? (issued.get(r.festival.documentId)?.number ?? null) : null,
            }),
          ),
          can: { plan },
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/festivals',
      tags: TAGS,
      security,
      description:
        'Lập kế hoạch Ngày hội của một thôn: ngày (từ 01 đến 18 tháng 11), giờ, địa điểm, chương trình. Mỗi thôn một ' +
        'Ngày hội mỗi năm (409 nếu đã có).',
      request: { body: jsonBody(createFestivalBody) },
      responses: { 201: jsonResponse(festivalDetailOut, 'Đã lập'), ...errorResponses },
    }),
    async (c) => {
      const row = await createFestival(commandContext(c, db), c.req.valid('json'));
      return c.json(await detail(c, row.id), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/festivals/{id}',
      tags: TAGS,
      security,
      request: { params: idParam },
      responses: { 200: jsonResponse(festivalDetailOut), ...errorResponses },
    }),
    async (c) => {
      c.header('Cache-Control', 'no-store');
      return c.json(await detail(c, c.req.valid('param').id), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/v1/festivals/{id}',
      tags: TAGS,
      security,
      description: 'Sửa kế hoạch, nội dung nổi bật và phương hướng nhiệm vụ của báo cáo.',
      request: { params: idParam, body: jsonBody(updateFestivalBody) },
      responses: { 200: jsonResponse(festivalDetailOut), ...errorResponses },
    }),
    async (c) => {
      const id = c.req.valid('param').id;
      await updateFestival(commandContext(c, db), id, c.req.valid('json'));
      return c.json(await detail(c, id), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/festivals/{id}/commendations',
      tags: TAGS,
      security,
      description: 'Thêm hộ gia đình hoặc cá nhân được biểu dương, khen thưởng tại Ngày hội.',
      request: { params: idParam, body: jsonBody(commendationBody) },
      responses: { 201: jsonResponse(commendationOut, 'Đã thêm'), ...errorResponses },
    }),
    async (c) => {
      const row = await addCommendation(commandContext(c, db), c.req.valid('param').id, c.req.valid('json'));
      return c.json(presentCommendation(row), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/v1/festivals/{id}/commendations/{commendationId}',
      tags: TAGS,
      security,
      request: {
        params: idParam.extend({
          commendationId: z
            .uuid({ message: 'Mã không hợp lệ' })
            .openapi({ param: { name: 'commendationId', in: 'path' } }),
        }),
      },
      responses: { 204: { description: 'Đã bỏ' }, ...errorResponses },
    }),
    async (c) => {
      const { id, commendationId } = c.req.valid('param');
      await removeCommendation(commandContext(c, db), id, commendationId);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/festivals/{id}/report',
      tags: TAGS,
      security,
      description:
        'Báo cáo đọc tại Ngày hội: trước khi ban hành là bản thảo soạn từ số liệu năm của thôn (cuộc vận động, trợ ' +
        'giúp, nhà Đại đoàn kết, ủng hộ các quỹ, hội viên, kết quả bình xét) và danh sách khen thưởng; sau khi ban ' +
        'hành là đúng bản đã ban hành. Tệp Word: /report.docx.',
      request: { params: idParam },
      responses: { 200: jsonResponse(festivalReportOut), ...errorResponses },
    }),
    async (c) => {
      const v = await findFestivalVisibleTo(db, actorOf(c), c.req.valid('param').id);
      const report = await festivalReportShown(db, v);
      c.header('Cache-Control', 'no-store');
      return c.json(report, 200);
    },
  );

  app.get('/api/v1/festivals/:id/report.docx', async (c) => {
    const id = idParam.safeParse({ id: c.req.param('id') });
    if (!id.success) throw notFound('Ngày hội Đại đoàn kết');
    const out = await exportFestivalReport(commandContext(c, db), id.data.id);
    return fileResponse(c, out.body, out.fileName, { headers: { 'Cache-Control': 'no-store' } });
  });

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/festivals/{id}/report/issue',
      tags: TAGS,
      security,
      description:
        'Ban hành báo cáo Ngày hội qua sổ văn bản đi của Ban công tác Mặt trận thôn: lấy số BC tiếp theo (ví dụ ' +
        '01/BC-BCTMT), giữ nguyên văn bản đã ban hành (tải về sau vẫn đúng bản đó). Trưởng ban công tác Mặt trận thôn ' +
        'hoặc Ban Thường trực xã; ngày ban hành (mặc định ngày tổ chức, hoặc hôm nay nếu chưa đến) không sau hôm nay và ' +
        'ngày tổ chức. 409 nếu đã ban hành.',
      request: { params: idParam, body: jsonBody(issueReportBody) },
      responses: { 200: jsonResponse(festivalDetailOut, 'Đã ban hành'), ...errorResponses },
    }),
    async (c) => {
      const id = c.req.valid('param').id;
      await issueFestivalReport(commandContext(c, db), id, c.req.valid('json'));
      return c.json(await detail(c, id), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/festivals/{id}/news-post',
      tags: TAGS,
      security,
      description:
        'Soạn sẵn bài tin về Ngày hội từ kế hoạch và báo cáo (như bài tin về hội nghị): lưu thành bản nháp gắn với ' +
        'Ngày hội để cán bộ sửa rồi gửi duyệt.',
      request: { params: idParam },
      responses: { 201: jsonResponse(postResponse, 'Bản nháp tin bài'), ...errorResponses },
    }),
    async (c) => {
      const post = await draftFestivalNewsPost(commandContext(c, db), c.req.valid('param').id);
      return c.json(presentPost(post), 201);
    },
  );

  return app;
}
