import { createRoute, z } from '@hono/zod-openapi';
import { commandContext } from '../../http/context';
import type { AppDeps } from '../../http/env';
import { actorOf, createRouter, errorResponses, idParam, jsonBody, jsonResponse, security } from '../../http/router';
import { presentTask } from '../campaigns/present';
import { turnConclusionIntoTask } from './commands/create-conclusion-task';
import { createMeeting } from './commands/create-meeting';
import { markAttendance } from './commands/mark-attendance';
import { replaceConclusions } from './commands/replace-conclusions';
import { updateMeeting } from './commands/update-meeting';
import { documentRoutes } from './document-routes';
import {
  attendanceBody,
  conclusionsBody,
  createBody,
  listQuery,
  meetingDetailSchema,
  meetingListItemSchema,
  patchBody,
  taskBody,
  taskResultSchema,
} from './fields';
import { findMeetingDetailVisibleTo } from './lookup';
import { presentConclusion, presentMeetingDetail, presentMeetingListItem } from './present';
import { conclusionsOf, delegateCounts, listMeetings } from './queries';

const TAGS = ['Hội nghị'];
const conclusionParam = idParam.extend({
  conclusionId: z
    .uuid({ message: 'Mã kết luận không hợp lệ' })
    .openapi({ param: { name: 'conclusionId', in: 'path' } }),
});

export function meetingsRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();
  const detail = async (actor: ReturnType<typeof actorOf>, id: string) =>
    presentMeetingDetail(actor, await findMeetingDetailVisibleTo(db, actor, id));

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/meetings',
      tags: TAGS,
      security,
      description:
        'Lập hội nghị: loại, tên, ngày, giờ, địa điểm, chủ trì, thư ký, chương trình, đại biểu (gõ tên hoặc chọn người dùng, tổ chức). Ban Thường trực xã lập mọi hội nghị; trưởng ban CTMT thôn lập hội nghị tiếp xúc cử tri tại thôn mình.',
      request: { body: jsonBody(createBody) },
      responses: { 201: jsonResponse(meetingDetailSchema, 'Đã lập'), ...errorResponses },
    }),
    async (c) => {
      const ctx = commandContext(c, db);
      const meeting = await createMeeting(ctx, c.req.valid('json'));
      return c.json(await detail(ctx.actor, meeting.id), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/meetings',
      tags: TAGS,
      security,
      description: 'Hội nghị của các xã trong phạm vi, mới nhất trước; lọc theo xã, loại, trạng thái, khoảng ngày.',
      request: { query: listQuery },
      responses: { 200: jsonResponse(z.object({ items: z.array(meetingListItemSchema) })), ...errorResponses },
    }),
    async (c) => {
      const rows = await listMeetings(db, actorOf(c), c.req.valid('query'));
      const counts = await delegateCounts(
        db,
        rows.map((r) => r.meeting.id),
      );
      return c.json({ items: rows.map((r) => presentMeetingListItem(r, counts.get(r.meeting.id))) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/meetings/{id}',
      tags: TAGS,
      security,
      request: { params: idParam },
      responses: { 200: jsonResponse(meetingDetailSchema), ...errorResponses },
    }),
    async (c) => c.json(await detail(actorOf(c), c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/v1/meetings/{id}',
      tags: TAGS,
      security,
      description:
        'Sửa hội nghị; trạng thái planned → held (đã tổ chức) hoặc cancelled (hủy), không quay lại (409). Sau khi phát hành giấy mời, các thông tin in trên giấy mời không đổi được; sau khi phát hành biên bản, hội nghị không sửa được (409).',
      request: { params: idParam, body: jsonBody(patchBody) },
      responses: { 200: jsonResponse(meetingDetailSchema), ...errorResponses },
    }),
    async (c) => {
      const ctx = commandContext(c, db);
      const { id } = c.req.valid('param');
      await updateMeeting(ctx, { id, ...c.req.valid('json') });
      return c.json(await detail(ctx.actor, id), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/meetings/{id}/attendance',
      tags: TAGS,
      security,
      description:
        'Điểm danh: các đại biểu có mặt (mọi đại biểu khác vắng); số người có mặt của hội nghị đông người (cử tri).',
      request: { params: idParam, body: jsonBody(attendanceBody) },
      responses: { 200: jsonResponse(meetingDetailSchema), ...errorResponses },
    }),
    async (c) => {
      const ctx = commandContext(c, db);
      const { id } = c.req.valid('param');
      await markAttendance(ctx, { id, ...c.req.valid('json') });
      return c.json(await detail(ctx.actor, id), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/v1/meetings/{id}/conclusions',
      tags: TAGS,
      security,
      description:
        'Thay danh sách kết luận (theo thứ tự). Kết luận có `id` giữ nguyên (và nhiệm vụ đã giao); kết luận đã thành nhiệm vụ không bỏ được (409).',
      request: { params: idParam, body: jsonBody(conclusionsBody) },
      responses: { 200: jsonResponse(meetingDetailSchema), ...errorResponses },
    }),
    async (c) => {
      const ctx = commandContext(c, db);
      const { id } = c.req.valid('param');
      await replaceConclusions(ctx, { id, conclusions: c.req.valid('json').conclusions });
      return c.json(await detail(ctx.actor, id), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/meetings/{id}/conclusions/{conclusionId}/task',
      tags: TAGS,
      security,
      description:
        'Kết luận thành nhiệm vụ: tạo một nhiệm vụ của cuộc vận động (cùng xã) giao cho một tổ chức thành viên, có hạn. Mỗi kết luận một nhiệm vụ (lần thứ hai 409). Chỉ khi hội nghị đã tổ chức.',
      request: { params: conclusionParam, body: jsonBody(taskBody) },
      responses: { 201: jsonResponse(taskResultSchema, 'Đã giao'), ...errorResponses },
    }),
    async (c) => {
      const ctx = commandContext(c, db);
      const { id, conclusionId } = c.req.valid('param');
      const task = await turnConclusionIntoTask(ctx, { id, conclusionId, ...c.req.valid('json') });
      const updated = (await conclusionsOf(db, id)).find((k) => k.conclusion.id === conclusionId);
      return c.json({ task: presentTask(task), conclusion: updated ? presentConclusion(updated) : null }, 201);
    },
  );

  app.route('/', documentRoutes(deps));
  return app;
}
