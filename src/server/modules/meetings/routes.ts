import { createRoute, z } from '@hono/zod-openapi';
import { metaOf, type Actor } from '../../core/actor';
import { forbidden, invalid, notFound, unknownReference } from '../../core/errors';
import type { AppDeps } from '../../http/env';
import { actorOf, createRouter, errorResponses, idParam, jsonBody, jsonResponse, security } from '../../http/router';
import { canManageCampaigns } from '../campaigns/policy';
import { presentTask } from '../campaigns/present';
import { findCampaign } from '../campaigns/queries';
import { findOrganization, findUnit } from '../units/queries';
import { meetingRef, readableMeeting, requireManage, resolveDelegates, villageOf } from './access';
import { createConclusionTask } from './commands/create-conclusion-task';
import { createMeeting } from './commands/create-meeting';
import { markAttendance } from './commands/mark-attendance';
import { replaceConclusions } from './commands/replace-conclusions';
import type { MeetingFields } from './commands/types';
import { updateMeeting } from './commands/update-meeting';
import { documentRoutes } from './document-routes';
import { attendanceBody, conclusionsBody, createBody, listQuery, patchBody, taskBody } from './fields';
import { canManageMeeting, canReadMeetings, canTurnIntoTask } from './policy';
import { presentConclusion, presentMeeting, presentMeetingDetail } from './present';
import { conclusionsOf, delegateCounts, delegatesOf, findMeeting, listMeetings, type MeetingRow } from './queries';

const TAGS = ['Hội nghị'];
const anyJson = z.record(z.string(), z.unknown());
const conclusionParam = idParam.extend({
  conclusionId: z
    .uuid({ message: 'Mã kết luận không hợp lệ' })
    .openapi({ param: { name: 'conclusionId', in: 'path' } }),
});
/** Optional text: an empty string is "not given". */
const orNull = (s: string | null | undefined) => (s ? s : null);

export function meetingsRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();

  async function detail(actor: Actor, row: MeetingRow) {
    const commune = { id: row.meeting.communeId, path: row.communePath };
    const ref = meetingRef(row.meeting.type, row.villagePath ? { path: row.villagePath } : null);
    return presentMeetingDetail(row, await delegatesOf(db, row.meeting.id), await conclusionsOf(db, row.meeting.id), {
      canManage: canManageMeeting(actor, commune, ref),
      canTurnIntoTask: canTurnIntoTask(actor, commune),
    });
  }

  async function reload(actor: Actor, id: string) {
    const row = await findMeeting(db, id);
    if (!row) throw notFound('Hội nghị');
    return detail(actor, row);
  }

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/meetings',
      tags: TAGS,
      security,
      description:
        'Lập hội nghị: loại, tên, ngày, giờ, địa điểm, chủ trì, thư ký, chương trình, đại biểu (gõ tên hoặc chọn người dùng, tổ chức). Ban Thường trực xã lập mọi hội nghị; trưởng ban CTMT thôn lập hội nghị tiếp xúc cử tri tại thôn mình.',
      request: { body: jsonBody(createBody) },
      responses: { 201: jsonResponse(anyJson, 'Đã lập'), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const body = c.req.valid('json');
      const commune = await findUnit(db, body.communeId);
      if (commune?.level !== 'commune' || !canReadMeetings(actor, commune))
        throw unknownReference('communeId', 'Xã');
      const village = await villageOf(db, commune, body.villageId);
      requireManage(actor, commune, meetingRef(body.type, village));
      const delegates = await resolveDelegates(db, commune, body.delegates ?? []);
      const fields: MeetingFields = {
        type: body.type,
        title: body.title,
        date: body.date,
        startTime: body.startTime ?? null,
        place: orNull(body.place),
        chair: orNull(body.chair),
        chairTitle: orNull(body.chairTitle),
        secretary: orNull(body.secretary),
        agenda: body.agenda ?? [],
        status: body.status ?? 'planned',
        expectedCount: body.expectedCount ?? null,
        presentCount: body.presentCount ?? null,
        minutes: orNull(body.minutes),
        villageId: village?.id ?? null,
        unitPath: village?.path ?? commune.path,
      };
      const meeting = await createMeeting(
        db,
        metaOf(actor, c.get('ip')),
        commune,
        fields,
        delegates,
        body.conclusions ?? [],
      );
      return c.json(await reload(actor, meeting.id), 201);
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
      responses: { 200: jsonResponse(z.object({ items: z.array(anyJson) })), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const q = c.req.valid('query');
      if (q.from && q.to && q.from > q.to) throw invalid({ to: 'Đến ngày phải sau hoặc bằng từ ngày.' });
      const rows = await listMeetings(db, actor, q);
      const counts = await delegateCounts(
        db,
        rows.map((r) => r.meeting.id),
      );
      return c.json(
        {
          items: rows.map((r) => ({
            ...presentMeeting(r),
            delegatesInvited: counts.get(r.meeting.id)?.invited ?? 0,
            delegatesAttended: counts.get(r.meeting.id)?.attended ?? 0,
          })),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/meetings/{id}',
      tags: TAGS,
      security,
      request: { params: idParam },
      responses: { 200: jsonResponse(anyJson), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const { row } = await readableMeeting(db, actor, c.req.valid('param').id);
      return c.json(await detail(actor, row), 200);
    },
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
      responses: { 200: jsonResponse(anyJson), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const body = c.req.valid('json');
      const { row, commune } = await readableMeeting(db, actor, c.req.valid('param').id);
      const m = row.meeting;
      requireManage(actor, commune, meetingRef(m.type, row.villagePath ? { path: row.villagePath } : null));
      const village =
        body.villageId === undefined
          ? m.villageId
            ? await villageOf(db, commune, m.villageId)
            : null
          : await villageOf(db, commune, body.villageId);
      requireManage(actor, commune, meetingRef(body.type ?? m.type, village));
      const delegates = body.delegates === undefined ? undefined : await resolveDelegates(db, commune, body.delegates);
      const optional = (v: string | null | undefined) => (v === undefined ? undefined : orNull(v));
      const changes: Partial<MeetingFields> = {
        type: body.type,
        title: body.title,
        date: body.date,
        startTime: body.startTime === undefined ? undefined : (body.startTime ?? null),
        place: optional(body.place),
        chair: optional(body.chair),
        chairTitle: optional(body.chairTitle),
        secretary: optional(body.secretary),
        agenda: body.agenda,
        status: body.status,
        expectedCount: body.expectedCount === undefined ? undefined : (body.expectedCount ?? null),
        presentCount: body.presentCount === undefined ? undefined : (body.presentCount ?? null),
        minutes: optional(body.minutes),
        villageId: body.villageId === undefined ? undefined : (village?.id ?? null),
        unitPath: village?.path ?? commune.path,
      };
      await updateMeeting(db, metaOf(actor, c.get('ip')), m.id, changes, delegates, {
        invitation: row.invitationNumber,
        minutes: row.minutesNumber,
      });
      return c.json(await reload(actor, m.id), 200);
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
      responses: { 200: jsonResponse(anyJson), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const body = c.req.valid('json');
      const { row, commune } = await readableMeeting(db, actor, c.req.valid('param').id);
      requireManage(actor, commune, meetingRef(row.meeting.type, row.villagePath ? { path: row.villagePath } : null));
      await markAttendance(
        db,
        metaOf(actor, c.get('ip')),
        row.meeting.id,
        { attended: body.attended, presentCount: body.presentCount === undefined ? undefined : body.presentCount },
        row.minutesNumber,
      );
      return c.json(await reload(actor, row.meeting.id), 200);
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
      responses: { 200: jsonResponse(anyJson), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const body = c.req.valid('json');
      const { row, commune } = await readableMeeting(db, actor, c.req.valid('param').id);
      requireManage(actor, commune, meetingRef(row.meeting.type, row.villagePath ? { path: row.villagePath } : null));
      await replaceConclusions(db, metaOf(actor, c.get('ip')), row.meeting.id, body.conclusions, row.minutesNumber);
      return c.json(await reload(actor, row.meeting.id), 200);
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
      responses: { 201: jsonResponse(anyJson, 'Đã giao'), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const body = c.req.valid('json');
      const { id, conclusionId } = c.req.valid('param');
      const { row, commune } = await readableMeeting(db, actor, id);
      if (!canTurnIntoTask(actor, commune) || !canManageCampaigns(actor, commune)) throw forbidden();
      const conclusion = (await conclusionsOf(db, id)).find((k) => k.conclusion.id === conclusionId);
      if (!conclusion) throw notFound('Kết luận');
      const campaign = await findCampaign(db, body.campaignId);
      if (!campaign || campaign.campaign.communeId !== commune.id)
        throw unknownReference('campaignId', 'Cuộc vận động');
      const org = await findOrganization(db, body.ownerOrganizationId);
      if (!org || org.org.communeId !== commune.id) throw unknownReference('ownerOrganizationId', 'Tổ chức');
      if (!org.org.active) throw invalid({ ownerOrganizationId: 'Tổ chức này đã ngừng hoạt động.' });
      const task = await createConclusionTask(
        db,
        metaOf(actor, c.get('ip')),
        row.meeting.id,
        conclusionId,
        campaign.campaign,
        campaign.communePath,
        {
          title: body.title ?? conclusion.conclusion.text.slice(0, 500),
          ownerOrganizationId: org.org.id,
          deadline: body.deadline ?? null,
        },
      );
      const updated = (await conclusionsOf(db, id)).find((k) => k.conclusion.id === conclusionId);
      return c.json({ task: presentTask(task), conclusion: updated ? presentConclusion(updated) : null }, 201);
    },
  );

  app.route('/', documentRoutes(deps));
  return app;
}
