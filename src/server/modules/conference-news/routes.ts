import { createRoute, z } from '@hono/zod-openapi';
import { metaOf } from '../../core/actor';
import { forbidden, unknownReference } from '../../core/errors';
import { canReadCommune } from '../../core/scope';
import type { AppDeps } from '../../http/env';
import { actorOf, createRouter, errorResponses, jsonBody, jsonResponse, security } from '../../http/router';
import { findMeeting } from '../meetings/queries';
import { canCreatePost } from '../posts/policy';
import { presentPost } from '../posts/present';
import { canReadReport } from '../reports/policy';
import { findReport } from '../reports/queries';
import { draftConferenceNews } from './commands/draft-conference-news';
import { reportOfMeeting } from './queries';

const anyJson = z.record(z.string(), z.unknown());
const body = z.object({
  meetingId: z.uuid('Mã hội nghị không hợp lệ.'),
  /** Default: the latest report presented at the meeting. */
  reportId: z.uuid('Mã báo cáo không hợp lệ.').nullish(),
});

export function conferenceNewsRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/posts/from-meeting',
      tags: ['Cổng thông tin'],
      security,
      description:
        'Soạn sẵn bài tin về một hội nghị (sơ kết, tổng kết…): tiêu đề, thời gian, thành phần dự, đoạn kết quả với số liệu của báo cáo trình bày tại hội nghị, phần phát biểu chỉ đạo để cán bộ bổ sung. Lưu thành bản nháp để sửa rồi gửi duyệt.',
      request: { body: jsonBody(body) },
      responses: { 201: jsonResponse(anyJson, 'Bản nháp tin bài'), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const input = c.req.valid('json');
      const found = await findMeeting(db, input.meetingId);
      const commune = found ? { id: found.meeting.communeId, path: found.communePath } : null;
      if (!found || !commune || !canReadCommune(actor, commune)) throw unknownReference('meetingId', 'Hội nghị');
      if (!canCreatePost(actor, commune)) throw forbidden({ meetingId: 'Bạn không được viết tin bài cho xã này.' });
      const reportId = input.reportId ?? (await reportOfMeeting(db, found.meeting.id, commune.id));
      const report = reportId ? await findReport(db, reportId) : null;
      if (reportId && (!report || report.report.unitId !== commune.id || !canReadReport(actor, report.report)))
        throw unknownReference('reportId', 'Báo cáo');
      const post = await draftConferenceNews(db, metaOf(actor, c.get('ip')), found, report, actor.fullName);
      return c.json(presentPost(post), 201);
    },
  );

  return app;
}
