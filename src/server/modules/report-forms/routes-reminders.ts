import { createRoute } from '@hono/zod-openapi';
import { commandContext } from '../../http/context';
import type { AppDeps } from '../../http/env';
import { createRouter, errorResponses, idParam, jsonBody, security } from '../../http/router';
import { acceptedResponse } from '../jobs/fields';
import { respondAsync } from '../jobs/http';
import { requestReminders } from './commands/request-reminders';
import { remindBody } from './fields';

export function reportReminderRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/report-forms/{id}/reminders',
      tags: ['Báo cáo định kỳ'],
      security,
      description:
        'Gửi nhắc qua e-mail: mỗi đơn vị chưa nộp (hoặc bị trả lại) của kỳ nhận một thư, tới địa chỉ e-mail của ' +
        'người phụ trách đơn vị. Chạy nền: 202 và việc tại Location. 409 mail_not_configured khi chưa cấu hình ' +
        'SMTP_URL, MAIL_FROM; 409 nothing_to_remind khi không còn ai phải nộp.',
      request: { params: idParam, body: jsonBody(remindBody) },
      responses: { 202: acceptedResponse, ...errorResponses },
    }),
    async (c) => {
      const ctx = commandContext(c, db);
      const id = c.req.valid('param').id;
      const link = deps.publicUrl ? `${deps.publicUrl}/app/report-forms/${id}` : null;
      const { job } = await requestReminders(ctx, deps.mailer, {
        formId: id,
        period: c.req.valid('json').period,
        link,
      });
      return respondAsync(c, deps, ctx, job);
    },
  );

  return app;
}
