import { createRoute } from '@hono/zod-openapi';
import type { AppDeps } from '../../http/env';
import { actorOf, createRouter, errorResponses, idParam, jsonResponse, security } from '../../http/router';
import { jobSchema } from './fields';
import { findJobVisibleTo } from './lookup';
import { presentJob } from './present';

export function jobsRoutes(deps: AppDeps) {
  const app = createRouter();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/jobs/{id}',
      tags: ['Việc chạy nền'],
      security,
      description:
        'Một việc chạy nền (nhập tệp lớn gửi kèm `Prefer: respond-async`): trạng thái, tiến độ (`progress`), rồi ' +
        'kết quả (`result`, đúng như câu trả lời của yêu cầu đồng bộ) hoặc lỗi (`error`, kèm `errors` theo dòng). ' +
        'Người gửi và người đọc được dữ liệu của đơn vị đó xem được; người khác nhận 404. Nên hỏi lại sau ~1 giây.',
      request: { params: idParam },
      responses: { 200: jsonResponse(jobSchema), ...errorResponses },
    }),
    async (c) => {
      const job = await findJobVisibleTo(deps.db, actorOf(c), c.req.valid('param').id);
      c.header('Cache-Control', 'no-store');
      return c.json(presentJob(job), 200);
    },
  );
  return app;
}
