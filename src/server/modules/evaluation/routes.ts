import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { notFound } from '../../core/errors';
import { commandContext } from '../../http/context';
import type { AppDeps, AppEnv } from '../../http/env';
import { fileResponse } from '../../http/files';
import { actorOf, createRouter, errorResponses, idParam, jsonBody, jsonResponse, security } from '../../http/router';
import { issuedDocumentsByIds } from '../register/figures';
import { confirmList } from './commands/confirm-list';
import { exportMeetingMinutes } from './commands/export-minutes';
import { registerHouseholds } from './commands/register-households';
import { saveMeeting } from './commands/save-meeting';
import {
  confirmBody,
  createMeetingBody,
  meetingOut,
  meetingsOut,
  meetingsQuery,
  registerBody,
  registerOut,
  updateMeetingBody,
  villageYearOut,
  villageYearQuery,
} from './fields';
import { communeOf, findMeetingVisibleTo, findUnitVisibleTo } from './lookup';
import { canEvaluateVillage } from './policy';
import { presentMeeting } from './present';
import { listMeetings, meetingOf, registrationsOf, resultCounts } from './queries';
import { scoringRoutes } from './scoring-routes';
import type { EvaluationMeeting } from './schema';

const TAGS = ['Bình xét gia đình văn hóa'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function evaluationRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();

  /** Meetings as the API gives them: with their result counts and the number of the confirmed list. */
  const present = async (c: Context<AppEnv>, rows: { meeting: EvaluationMeeting; villageName: string }[]) => {
    const actor = actorOf(c);
    const counts = await resultCounts(
      db,
      rows.map((r) => r.meeting.id),
    );
    const docs = await issuedDocumentsByIds(
      db,
      rows.map((r) => r.meeting.documentId),
    );
    return rows.map((r) =>
      presentMeeting(actor, r.meeting, {
        villageName: r.villageName,
        communePath: r.meeting.unitPath.replace(/[^/]+\/$/, ''),
        counts: counts.get(r.meeting.id),
        documentNumber: r.meeting.documentId ? (docs.get(r.meeting.documentId)?.number ?? null) : null,
      }),
    );
  };
  const one = async (c: Context<AppEnv>, id: string) => {
    const v = await findMeetingVisibleTo(db, actorOf(c), id);
    const [out] = await present(c, [{ meeting: v.meeting, villageName: v.village.name }]);
    if (!out) throw notFound('Hội nghị bình xét');
    return out;
  };

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/evaluation-registrations',
      tags: TAGS,
      security,
      description:
        'Đăng ký xây dựng "Gia đình văn hóa" đầu năm: các hộ householdIds của thôn (bỏ trống: mọi hộ của thôn). Mỗi hộ ' +
        'đăng ký một lần mỗi năm; hộ đã đăng ký được đếm ở `already`. Trưởng ban công tác Mặt trận thôn hoặc Ban ' +
        'Thường trực xã.',
      request: { body: jsonBody(registerBody) },
      responses: { 201: jsonResponse(registerOut, 'Đã đăng ký'), ...errorResponses },
    }),
    async (c) => c.json(await registerHouseholds(commandContext(c, db), c.req.valid('json')), 201),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/evaluation-villages',
      tags: TAGS,
      security,
      description: 'Một thôn trong một năm: các hộ đã đăng ký với kết quả bình xét, và hội nghị bình xét nếu đã họp.',
      request: { query: villageYearQuery },
      responses: { 200: jsonResponse(villageYearOut), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const q = c.req.valid('query');
      const village = await findUnitVisibleTo(db, actor, q.villageId, 'village', 'villageId');
      await communeOf(db, village);
      const [lines, meeting] = [await registrationsOf(db, village.id, q.year), await meetingOf(db, village.id, q.year)];
      const [m] = meeting ? await present(c, [{ meeting, villageName: village.name }]) : [];
      const may = canEvaluateVillage(actor, village.path) && !meeting?.confirmedOn;
      c.header('Cache-Control', 'no-store');
      return c.json(
        {
          villageId: village.id,
          villageName: village.name,
          year: q.year,
          households: lines.map((l) => ({
            householdId: l.registration.householdId,
            headName: l.headName,
            registeredOn: l.registration.registeredOn,
            result: l.registration.result,
          })),
          meeting: m ?? null,
          can: { register: may, evaluate: may },
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/evaluation-meetings',
      tags: TAGS,
      security,
      description: 'Các hội nghị bình xét của năm trong phạm vi (thôn mình, các thôn của xã, các xã của tỉnh).',
      request: { query: meetingsQuery },
      responses: { 200: jsonResponse(meetingsOut), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid('query');
      if (q.communeId) await findUnitVisibleTo(db, actorOf(c), q.communeId, 'commune', 'communeId');
      c.header('Cache-Control', 'no-store');
      return c.json({ items: await present(c, await listMeetings(db, actorOf(c), q)) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/evaluation-meetings',
      tags: TAGS,
      security,
      description:
        'Ghi hội nghị bình xét cuối năm của thôn (ngày, địa điểm, số người dự, chủ trì, thư ký) và kết quả từng hộ đã ' +
        'đăng ký: passed (đạt), exemplary (đạt, tiêu biểu), failed (không đạt). 409 nếu thôn đã có hội nghị năm đó.',
      request: { body: jsonBody(createMeetingBody) },
      responses: { 201: jsonResponse(meetingOut, 'Đã ghi'), ...errorResponses },
    }),
    async (c) => {
      const row = await saveMeeting(commandContext(c, db), c.req.valid('json'));
      return c.json(await one(c, row.id), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/evaluation-meetings/{id}',
      tags: TAGS,
      security,
      request: { params: idParam },
      responses: { 200: jsonResponse(meetingOut), ...errorResponses },
    }),
    async (c) => {
      c.header('Cache-Control', 'no-store');
      return c.json(await one(c, c.req.valid('param').id), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/v1/evaluation-meetings/{id}',
      tags: TAGS,
      security,
      description: 'Sửa hội nghị và kết quả bình xét cho đến khi xã xác nhận (sau đó 409).',
      request: { params: idParam, body: jsonBody(updateMeetingBody) },
      responses: { 200: jsonResponse(meetingOut), ...errorResponses },
    }),
    async (c) => {
      const id = c.req.valid('param').id;
      await saveMeeting(commandContext(c, db), { id, ...c.req.valid('json') });
      return c.json(await one(c, id), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/evaluation-meetings/{id}/confirm',
      tags: TAGS,
      security,
      description:
        'Ban Thường trực xã xác nhận danh sách (mọi hộ đăng ký đã có kết quả) và ban hành thông báo qua sổ văn bản đi ' +
        '(số TB). Sau đó danh sách bị khóa; xác nhận lần hai: 409.',
      request: { params: idParam, body: jsonBody(confirmBody) },
      responses: { 200: jsonResponse(meetingOut), ...errorResponses },
    }),
    async (c) => {
      const id = c.req.valid('param').id;
      await confirmList(commandContext(c, db), id, c.req.valid('json'));
      return c.json(await one(c, id), 200);
    },
  );

  // The minutes of the meeting (.docx); an export naming households is logged.
  app.get('/api/v1/evaluation-meetings/:id/minutes.docx', async (c) => {
    const id = c.req.param('id');
    if (!UUID.test(id)) throw notFound('Hội nghị bình xét');
    const out = await exportMeetingMinutes(commandContext(c, db), id);
    return fileResponse(c, out.body, out.fileName, { headers: { 'Cache-Control': 'no-store' } });
  });

  app.route('/', scoringRoutes(deps));
  return app;
}
