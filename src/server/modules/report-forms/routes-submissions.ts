import { createRoute } from '@hono/zod-openapi';
import { commandContext } from '../../http/context';
import type { AppDeps } from '../../http/env';
import { actorOf, createRouter, errorResponses, idParam, jsonBody, jsonResponse, security } from '../../http/router';
import { tableRowsOf } from './commands/check';
import { correctSubmission } from './commands/correct-submission';
import { createSubmission } from './commands/create-submission';
import { transitionSubmission } from './commands/transition-submission';
import { updateSubmission } from './commands/update-submission';
import {
  correctionBody,
  createSubmissionBody,
  submissionDetailOut,
  submissionListOut,
  submissionListQuery,
  transitionBody,
  updateSubmissionBody,
} from './fields';
import { findFormVisibleTo, findSubmissionVisibleTo, versionFor } from './lookup';
import type { Actor } from '../../core/actor';
import { canRead } from './policy';
import { presentSubmission, presentVersion } from './present';
import { fillersOf, shownSubmissions, versionsOf, visibleFillers } from './queries';

const TAGS = ['Báo cáo định kỳ'];

export function reportSubmissionRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();

  /** A submission as its page shows it: the fields of its version, its history (versions the caller may read). */
  const detail = async (actor: Actor, id: string) => {
    const { submission, form, filler } = await findSubmissionVisibleTo(db, actor, id);
    const version = await versionFor(db, form.id, submission.period);
    const history = (await versionsOf(db, form.id, filler.id, submission.period))
      .filter((s) => canRead(actor, filler, s.status))
      .map((s) => presentVersion(form, filler, s));
    const tableRows = await tableRowsOf(db, version.fields, filler.communeId);
    return { ...presentSubmission(actor, form, filler, submission), fields: version.fields, history, tableRows };
  };

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/report-submissions',
      tags: TAGS,
      security,
      description:
        'Báo cáo của một biểu mẫu trong phạm vi: theo kỳ (period) hoặc theo đơn vị (unitId). Cấp trên chỉ thấy bản đã gửi.',
      request: { query: submissionListQuery },
      responses: { 200: jsonResponse(submissionListOut), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const q = c.req.valid('query');
      const form = await findFormVisibleTo(db, actor, q.formId, 'formId');
      let fillers = visibleFillers(actor, await fillersOf(db, form));
      if (q.unitId) fillers = fillers.filter((f) => f.id === q.unitId);
      const rows = await shownSubmissions(
        db,
        actor,
        form.id,
        fillers,
        q.period ? { in: [q.period] } : { from: '', to: '9999' },
      );
      const byId = new Map(fillers.map((f) => [f.id, f]));
      const items = rows
        .map((s) => {
          const f = byId.get(s.fillerId);
          return f ? presentSubmission(actor, form, f, s) : null;
        })
        .filter((x) => x !== null)
        .sort((a, b) => b.period.localeCompare(a.period) || a.unitName.localeCompare(b.unitName, 'vi'));
      c.header('Cache-Control', 'no-store');
      return c.json({ items }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/report-submissions',
      tags: TAGS,
      security,
      description:
        'Lập báo cáo của một đơn vị cho một kỳ (bản nháp). 409 nếu đơn vị đã có báo cáo kỳ này; 422 nêu trường sai ' +
        '(ngoài giới hạn, "trong đó" lớn hơn tổng, kỳ chưa bắt đầu).',
      request: { body: jsonBody(createSubmissionBody) },
      responses: { 201: jsonResponse(submissionDetailOut, 'Đã lập'), ...errorResponses },
    }),
    async (c) => {
      const ctx = commandContext(c, db);
      const row = await createSubmission(ctx, c.req.valid('json'));
      return c.json(await detail(ctx.actor, row.id), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/report-submissions/{id}',
      tags: TAGS,
      security,
      request: { params: idParam },
      responses: { 200: jsonResponse(submissionDetailOut), ...errorResponses },
    }),
    async (c) => {
      c.header('Cache-Control', 'no-store');
      return c.json(await detail(actorOf(c), c.req.valid('param').id), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/v1/report-submissions/{id}',
      tags: TAGS,
      security,
      description: 'Lưu giá trị (khi còn nháp hoặc bị trả lại); 409 khi đã gửi hoặc đã duyệt.',
      request: { params: idParam, body: jsonBody(updateSubmissionBody) },
      responses: { 200: jsonResponse(submissionDetailOut), ...errorResponses },
    }),
    async (c) => {
      const ctx = commandContext(c, db);
      const id = c.req.valid('param').id;
      await updateSubmission(ctx, id, c.req.valid('json'));
      return c.json(await detail(ctx.actor, id), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/report-submissions/{id}/transitions',
      tags: TAGS,
      security,
      description: 'Gửi (submitted), duyệt (accepted) hoặc trả lại (returned, cần comment). 409 nếu không đúng thứ tự.',
      request: { params: idParam, body: jsonBody(transitionBody) },
      responses: { 200: jsonResponse(submissionDetailOut), ...errorResponses },
    }),
    async (c) => {
      const ctx = commandContext(c, db);
      const id = c.req.valid('param').id;
      await transitionSubmission(ctx, id, c.req.valid('json'));
      return c.json(await detail(ctx.actor, id), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/report-submissions/{id}/corrections',
      tags: TAGS,
      security,
      description:
        'Điều chỉnh báo cáo đã duyệt: bản cũ giữ nguyên trong lịch sử, bản mới (nháp, có lý do) được gửi và duyệt lại.',
      request: { params: idParam, body: jsonBody(correctionBody) },
      responses: { 201: jsonResponse(submissionDetailOut, 'Đã lập bản điều chỉnh'), ...errorResponses },
    }),
    async (c) => {
      const ctx = commandContext(c, db);
      const row = await correctSubmission(ctx, c.req.valid('param').id, c.req.valid('json'));
      return c.json(await detail(ctx.actor, row.id), 201);
    },
  );

  return app;
}
