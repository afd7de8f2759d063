import { createRoute } from '@hono/zod-openapi';
import type { Actor } from '../../core/actor';
import type { Queryable } from '../../db/client';
import { commandContext } from '../../http/context';
import type { AppDeps } from '../../http/env';
import { actorOf, createRouter, errorResponses, idParam, jsonBody, jsonResponse, security } from '../../http/router';
import type { Unit } from '../units/schema';
import { createReport } from './commands/create-report';
import { editReport } from './commands/edit-report';
import { issueReport } from './commands/issue-report';
import { submitReport } from './commands/submit-report';
import { createBody, issueBody, listQuery, patchBody, reportItem, reportList, reportModelResponse } from './fields';
import { fileRoutes } from './file-routes';
import { findReportVisibleTo } from './lookup';
import { canManageReports, reportActions, reportScope } from './policy';
import { presentModel, presentReport, presentReportItem } from './present';
import { listReports } from './queries';
import { modelOf } from './report-model';
import { rollupRoutes } from './rollup-routes';
import type { Report } from './schema';

const TAGS = ['Báo cáo'];

const MODEL_DESCRIPTION =
  'Mô hình báo cáo: `{"title","periodLabel","number","date","unit","meeting","sections":[{"key","level","heading",' +
  '"paragraphs":[{"key","text","generated","edited"}],"tables":[{"key","caption","columns","rows","total"}],"list"}],' +
  '"figures":[{"key","group","label","unitLabel","aggregation","value","denominator","target","percent","text"}],' +
  '"indicators":[…],"tasks","recipients","signer"}`. ' +
  'Mỗi đoạn văn có `key` cố định; `text` là nội dung in ra (bản sửa của cán bộ nếu có, nếu không là `generated` — ' +
  'câu sinh từ số liệu). ' +
  'Bản nháp được dựng lại từ số liệu mỗi lần đọc; báo cáo đã ban hành trả về đúng bản chụp lúc ban hành.';

/** The report as the reader sees it: its model (rebuilt while a draft) and what the reader may do. */
async function presentFull(db: Queryable, actor: Actor, report: Report, unit: Unit) {
  return presentModel(report, await modelOf(db, report, unit), reportActions(actor, unit, report));
}

export function reportsRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();
  // Fixed paths (/reports/rollup) before /reports/{id}, which would read "rollup" as an id.
  app.route('/', rollupRoutes(deps));

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/reports',
      tags: TAGS,
      security,
      description:
        'Lập báo cáo (nháp) của một đơn vị cho một kỳ: half_year là 01/01–30/6 hoặc 01/7–31/12 cùng năm, year là 01/01–31/12, custom tùy chọn (tối đa 2 năm). Tùy chọn meetingId (hội nghị sơ kết/tổng kết trình bày báo cáo), title. Ban Thường trực xã lập báo cáo của xã; cấp trên lập báo cáo của tỉnh.',
      request: { body: jsonBody(createBody) },
      responses: { 201: jsonResponse(reportItem, 'Đã lập'), ...errorResponses },
    }),
    async (c) => {
      const ctx = commandContext(c, db);
      const { report, unit } = await createReport(ctx, c.req.valid('json'));
      return c.json(presentReport(report, unit, reportActions(ctx.actor, unit, report)), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/reports',
      tags: TAGS,
      security,
      description: 'Báo cáo trong phạm vi: của đơn vị mình (cả bản nháp) và các báo cáo cấp dưới đã gửi lên.',
      request: { query: listQuery },
      responses: { 200: jsonResponse(reportList), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const rows = await listReports(db, reportScope(actor), c.req.valid('query'));
      const items = rows.map((r) => {
        const unit = { path: r.report.unitPath, level: r.unitLevel };
        return presentReportItem(r, reportActions(actor, unit, r.report), canManageReports(actor, unit));
      });
      return c.json({ items }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/reports/{id}',
      tags: TAGS,
      security,
      description: MODEL_DESCRIPTION,
      request: { params: idParam },
      responses: { 200: jsonResponse(reportModelResponse), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const { report, unit } = await findReportVisibleTo(db, actor, c.req.valid('param').id);
      return c.json(await presentFull(db, actor, report, unit), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/v1/reports/{id}',
      tags: TAGS,
      security,
      description:
        'Sửa bản nháp: `edits` {mã đoạn: nội dung | null} (null = trở lại câu tự động), `tasks`, `recipients`, `signerName`, `signerPosition` (null = mặc định), `title`. Số liệu luôn lấy từ sổ sách. 409 khi báo cáo đã ban hành.',
      request: { params: idParam, body: jsonBody(patchBody) },
      responses: { 200: jsonResponse(reportModelResponse), ...errorResponses },
    }),
    async (c) => {
      const ctx = commandContext(c, db);
      const { report, unit } = await editReport(ctx, c.req.valid('param').id, c.req.valid('json'));
      return c.json(await presentFull(db, ctx.actor, report, unit), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/reports/{id}/issue',
      tags: TAGS,
      security,
      description:
        'Ban hành: lấy số BC tiếp theo trong sổ văn bản đi của đơn vị, chụp lại toàn bộ mô hình báo cáo (số liệu không đổi về sau). Một giao dịch cùng nhật ký. 409 nếu đã ban hành.',
      request: { params: idParam, body: jsonBody(issueBody) },
      responses: { 200: jsonResponse(reportModelResponse), ...errorResponses },
    }),
    async (c) => {
      const ctx = commandContext(c, db);
      const { report, unit } = await issueReport(ctx, c.req.valid('param').id, c.req.valid('json'));
      return c.json(await presentFull(db, ctx.actor, report, unit), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/reports/{id}/submit',
      tags: TAGS,
      security,
      description:
        'Gửi báo cáo đã ban hành lên cấp trên (cấp trên đọc được và tổng hợp). 409 nếu chưa ban hành hoặc đã gửi.',
      request: { params: idParam },
      responses: { 200: jsonResponse(reportItem), ...errorResponses },
    }),
    async (c) => {
      const ctx = commandContext(c, db);
      const { report, unit } = await submitReport(ctx, c.req.valid('param').id);
      return c.json(presentReport(report, unit, reportActions(ctx.actor, unit, report)), 200);
    },
  );

  app.route('/', fileRoutes(deps));
  return app;
}
