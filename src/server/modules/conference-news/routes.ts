import { createRoute, z } from '@hono/zod-openapi';
import { commandContext } from '../../http/context';
import type { AppDeps } from '../../http/env';
import { createRouter, errorResponses, jsonBody, jsonResponse, security } from '../../http/router';
import { postResponse } from '../posts/fields';
import { presentPost } from '../posts/present';
import { draftConferenceNews } from './commands/draft-conference-news';

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
      responses: { 201: jsonResponse(postResponse, 'Bản nháp tin bài'), ...errorResponses },
    }),
    async (c) => {
      const post = await draftConferenceNews(commandContext(c, db), c.req.valid('json'));
      return c.json(presentPost(post), 201);
    },
  );

  return app;
}
