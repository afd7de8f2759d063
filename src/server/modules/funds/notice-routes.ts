import { createRoute, z } from '@hono/zod-openapi';
import { commandContext } from '../../http/context';
import type { AppDeps } from '../../http/env';
import { calendarDate } from '../../http/fields';
import { createRouter, errorResponses, idParam, jsonBody, jsonResponse, security } from '../../http/router';
import { registerDisclosure } from './commands/register-disclosure';
import { noticeSchema } from './fields';

const registerNoticeRoute = createRoute({
  method: 'post',
  path: '/api/v1/drives/{id}/disclosure-notice',
  tags: ['Quỹ & ủng hộ'],
  security,
  description:
    'Vào sổ văn bản đi thông báo công khai kết quả đợt vận động: lấy số TB (một lần; lần hai 409). Từ đó bản PDF ' +
    'công khai trên cổng thông tin in “Số: …/TB-MTTQ-BTT” và ngày vào sổ; chưa vào sổ thì dòng Số để trống.',
  request: {
    params: idParam,
    body: jsonBody(
      z.object({ date: calendarDate('Ngày thông báo', 'Ngày dạng YYYY-MM-DD, là ngày có thật.').optional() }),
    ),
  },
  responses: { 201: jsonResponse(noticeSchema, 'Đã vào sổ'), ...errorResponses },
});

/** The drive's public announcement entered in the outgoing register. */
export function noticeRoutes(deps: AppDeps) {
  const app = createRouter();
  app.openapi(registerNoticeRoute, async (c) => {
    const entry = await registerDisclosure(commandContext(c, deps.db), {
      id: c.req.valid('param').id,
      ...c.req.valid('json'),
    });
    return c.json({ documentId: entry.id, number: entry.number, date: entry.date }, 201);
  });
  return app;
}
