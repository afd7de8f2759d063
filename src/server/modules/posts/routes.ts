import { createRoute, z } from '@hono/zod-openapi';
import { metaOf, type Actor } from '../../core/actor';
import { forbidden, notFound, unknownReference } from '../../core/errors';
import type { AppDeps } from '../../http/env';
import { actorOf, createRouter, errorResponses, idParam, jsonBody, jsonResponse, security } from '../../http/router';
import { findUnit } from '../units/queries';
import { createPost } from './commands/create-post';
import { movePost } from './commands/move-post';
import { updatePost } from './commands/update-post';
import { resolveContent } from './content';
import { createBody, listQuery, patchBody, previewBody, transitionBody } from './fields';
import { mediaRoutes } from './media-routes';
import { canCreatePost, canEditPost, canMovePost, canReadPosts, isEditorInChief, postActions } from './policy';
import { presentPost, presentPostRow } from './present';
import { communeImageIds, findPost, listPosts, readableCommunes } from './queries';
import { mediaIdsIn, sanitizeBody } from './sanitize';

const TAGS = ['Cổng thông tin'];
const anyJson = z.record(z.string(), z.unknown());

export function postsRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();

  async function postOr404(actor: Actor, id: string) {
    const found = await findPost(db, id);
    if (!found || !canReadPosts(actor, { id: found.post.communeId, path: found.communePath }))
      throw notFound('Bài viết');
    return { post: found.post, commune: { id: found.post.communeId, path: found.communePath } };
  }

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/posts',
      tags: TAGS,
      security,
      description:
        'Viết bài cho cổng thông tin: tin tức, thông báo hoặc video (đường dẫn YouTube/Facebook/Vimeo hoặc tệp tải lên). Nội dung HTML được lọc (chỉ giữ thẻ định dạng, liên kết http/https/mailto, ảnh tải lên của xã). status "published" (đăng ngay) chỉ dành cho Ban Thường trực.',
      request: { body: jsonBody(createBody) },
      responses: { 201: jsonResponse(anyJson, 'Đã tạo'), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const body = c.req.valid('json');
      const commune = await findUnit(db, body.communeId);
      if (commune?.level !== 'commune' || !canReadPosts(actor, commune))
        throw unknownReference('communeId', 'Xã');
      if (!canCreatePost(actor, commune))
        throw forbidden({ communeId: 'Bạn không được viết bài cho cổng thông tin của xã này.' });
      if (body.status === 'published' && !isEditorInChief(actor, commune))
        throw forbidden({ status: 'Chỉ Ban Thường trực xã duyệt và đăng bài; hãy lưu nháp rồi gửi duyệt.' });
      const content = await resolveContent(db, commune.id, body);
      const row = await createPost(db, metaOf(actor, c.get('ip')), commune, {
        kind: body.kind,
        title: content.title ?? body.title,
        body: content.body ?? '',
        summary: content.summary ?? null,
        authorName: content.authorName ?? actor.fullName,
        videoUrl: content.videoUrl ?? null,
        videoMediaId: content.videoMediaId ?? null,
        coverMediaId: content.coverMediaId ?? null,
        status: body.status,
      });
      return c.json(presentPost(row, postActions(actor, commune, row)), 201);
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
      responses: { 200: jsonResponse(anyJson), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const q = c.req.valid('query');
      if (q.communeId) {
        const commune = await findUnit(db, q.communeId);
        if (commune?.level !== 'commune' || !canReadPosts(actor, commune))
          throw unknownReference('communeId', 'Xã');
      }
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
      responses: { 200: jsonResponse(anyJson), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const rows = await readableCommunes(db, actor);
      return c.json(
        {
          items: rows.map((u) => ({
            id: u.id,
            name: u.name,
            kind: u.kind,
            canCreate: canCreatePost(actor, u),
            canPublish: isEditorInChief(actor, u),
          })),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/posts/{id}',
      tags: TAGS,
      security,
      request: { params: idParam },
      responses: { 200: jsonResponse(anyJson), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const { post, commune } = await postOr404(actor, c.req.valid('param').id);
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
      responses: { 200: jsonResponse(anyJson), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const body = c.req.valid('json');
      const { post, commune } = await postOr404(actor, c.req.valid('param').id);
      if (!canEditPost(actor, commune, post))
        throw forbidden({
          id:
            post.status === 'draft'
              ? 'Bạn chỉ sửa được bài nháp của mình.'
              : 'Bài đã gửi duyệt, đã đăng hoặc lưu trữ: chỉ Ban Thường trực sửa được.',
        });
      const change = await resolveContent(db, commune.id, body, post);
      const row = await updatePost(db, metaOf(actor, c.get('ip')), post, commune.path, change);
      return c.json(presentPost(row, postActions(actor, commune, row)), 200);
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
      responses: { 200: jsonResponse(anyJson), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const { to } = c.req.valid('json');
      const { post, commune } = await postOr404(actor, c.req.valid('param').id);
      if (!canMovePost(actor, commune, post, to)) {
        throw forbidden({
          to:
            to === 'published' || to === 'archived'
              ? 'Chỉ Ban Thường trực xã duyệt, đăng và lưu trữ bài.'
              : 'Bạn chỉ gửi duyệt hoặc rút lại bài của mình.',
        });
      }
      const row = await movePost(db, metaOf(actor, c.get('ip')), post, commune.path, to);
      return c.json(presentPost(row, postActions(actor, commune, row)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/posts/preview',
      tags: TAGS,
      security,
      description: 'Xem trước nội dung đã lọc (không lưu gì): HTML như sẽ hiện trên cổng thông tin.',
      request: { body: jsonBody(previewBody) },
      responses: { 200: jsonResponse(anyJson), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const body = c.req.valid('json');
      const commune = await findUnit(db, body.communeId);
      if (commune?.level !== 'commune' || !canReadPosts(actor, commune))
        throw unknownReference('communeId', 'Xã');
      const ours = await communeImageIds(db, commune.id, mediaIdsIn(body.body));
      return c.json({ body: sanitizeBody(body.body, (id) => ours.has(id)) }, 200);
    },
  );

  app.route('/', mediaRoutes(deps));
  return app;
}
