import { createRoute } from '@hono/zod-openapi';
import { commandContext } from '../../http/context';
import type { AppDeps } from '../../http/env';
import { actorOf, createRouter, errorResponses, idParam, jsonBody, jsonResponse, security } from '../../http/router';
import { communesReadableBy } from '../units/queries';
import { createPost } from './commands/create-post';
import { movePost } from './commands/move-post';
import { updatePost } from './commands/update-post';
import { previewBody } from './content';
import {
  createBody,
  listQuery,
  patchBody,
  postCommunes,
  postList,
  postPreview,
  postResponse,
  previewBody as previewRequest,
  transitionBody,
} from './fields';
import { findPostCommuneVisibleTo, findPostVisibleTo } from './lookup';
import { mediaRoutes } from './media-routes';
import { canCreatePost, isEditorInChief, postActions } from './policy';
import { presentPost, presentPostCommune, presentPostRow } from './present';
import { listPosts } from './queries';

const TAGS = ['Cổng thông tin'];

export function postsRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/posts',
      tags: TAGS,
      security,
      description:
        'Viết bài cho cổng thông tin: tin tức, thông báo hoặc video (đường dẫn YouTube/Facebook/Vimeo hoặc tệp tải lên). Nội dung HTML được lọc (chỉ giữ thẻ định dạng, liên kết http/https/mailto, ảnh tải lên của xã). status "published" (đăng ngay) chỉ dành cho Ban Thường trực.',
      request: { body: jsonBody(createBody) },
      responses: { 201: jsonResponse(postResponse, 'Đã tạo'), ...errorResponses },
    }),
    async (c) => {
      const ctx = commandContext(c, db);
      const row = await createPost(ctx, c.req.valid('json'));
      return c.json(presentPost(row, postActions(ctx.actor, { id: row.communeId, path: row.unitPath }, row)), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/posts',
      tags: TAGS,
      security,
      description: 'Bài viết của các xã trong phạm vi, mới sửa trước; lọc theo xã, trạng thái, loại; tìm không dấu.',
      request: { query: listQuery },
      responses: { 200: jsonResponse(postList), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const q = c.req.valid('query');
      if (q.communeId) await findPostCommuneVisibleTo(db, actor, q.communeId);
      const rows = await listPosts(db, actor, q);
      return c.json({ items: rows.map(presentPostRow) }, 200);
    },
  );

  // Before /api/v1/posts/{id}: the first matching route wins.
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/posts/communes',
      tags: TAGS,
      security,
      description: 'Các xã người dùng đọc được bài, kèm quyền: viết bài (canCreate), duyệt đăng (canPublish).',
      responses: { 200: jsonResponse(postCommunes), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const rows = await communesReadableBy(db, actor);
      const can = (u: (typeof rows)[number]) => ({
        create: canCreatePost(actor, u),
        publish: isEditorInChief(actor, u),
      });
      return c.json({ items: rows.map((u) => presentPostCommune(u, can(u))) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/posts/{id}',
      tags: TAGS,
      security,
      request: { params: idParam },
      responses: { 200: jsonResponse(postResponse), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const { post, commune } = await findPostVisibleTo(db, actor, c.req.valid('param').id);
      return c.json(presentPost(post, postActions(actor, commune, post)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/v1/posts/{id}',
      tags: TAGS,
      security,
      description:
        'Sửa bài: người viết sửa bản nháp của mình; Ban Thường trực sửa mọi bài chưa lưu trữ. Đường dẫn (slug) theo tiêu đề cho đến khi bài được đăng lần đầu.',
      request: { params: idParam, body: jsonBody(patchBody) },
      responses: { 200: jsonResponse(postResponse), ...errorResponses },
    }),
    async (c) => {
      const ctx = commandContext(c, db);
      const row = await updatePost(ctx, c.req.valid('param').id, c.req.valid('json'));
      return c.json(presentPost(row, postActions(ctx.actor, { id: row.communeId, path: row.unitPath }, row)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/posts/{id}/transitions',
      tags: TAGS,
      security,
      description:
        'Chuyển trạng thái: nháp → chờ duyệt (người viết gửi) → đã đăng (Ban Thường trực duyệt; ghi ngày đăng) → lưu trữ; gỡ bài về nháp. Sai thứ tự → 409.',
      request: { params: idParam, body: jsonBody(transitionBody) },
      responses: { 200: jsonResponse(postResponse), ...errorResponses },
    }),
    async (c) => {
      const ctx = commandContext(c, db);
      const row = await movePost(ctx, c.req.valid('param').id, c.req.valid('json').to);
      return c.json(presentPost(row, postActions(ctx.actor, { id: row.communeId, path: row.unitPath }, row)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/posts/preview',
      tags: TAGS,
      security,
      description: 'Xem trước nội dung đã lọc (không lưu gì): HTML như sẽ hiện trên cổng thông tin.',
      request: { body: jsonBody(previewRequest) },
      responses: { 200: jsonResponse(postPreview), ...errorResponses },
    }),
    async (c) => {
      const body = c.req.valid('json');
      return c.json({ body: await previewBody(db, actorOf(c), body.communeId, body.body) }, 200);
    },
  );

  app.route('/', mediaRoutes(deps));
  return app;
}
