import { createRoute, z } from '@hono/zod-openapi';
import { todayVn } from '../../../lib/dates';
import { metaOf } from '../../core/actor';
import { conflict, forbidden, invalid, unknownReference } from '../../core/errors';
import type { AppDeps } from '../../http/env';
import { actorOf, createRouter, errorResponses, idParam, jsonBody, jsonResponse, security } from '../../http/router';
import { findUnit } from '../units/queries';
import { paragraphKeys } from './build-model';
import { createReport } from './commands/create-report';
import { editReport } from './commands/edit-report';
import { issueReport } from './commands/issue-report';
import { submitReport } from './commands/submit-report';
import { createBody, issueBody, listQuery, patchBody } from './fields';
import { fileRoutes } from './file-routes';
import { defaultTitle, periodProblems } from './period';
import { canManageReports, canSeeReportsOf, reportScope } from './policy';
import { presentModel, presentReport } from './present';
import { findMeetingRow } from '../meetings/queries';
import { listReports } from './queries';
import { reportOr404 } from './access';
import { modelOf } from './report-model';
import { rollupRoutes } from './rollup-routes';

const TAGS = ['Báo cáo'];
const anyJson = z.record(z.string(), z.unknown());
const REPORT_LEVELS = ['commune', 'district', 'province'];

const MODEL_DESCRIPTION =
  'Mô hình báo cáo: `{"title","periodLabel","number","date","unit","meeting","sections":[{"key","level","heading","paragraphs":[{"key","text","generated","edited"}],"tables":[{"key","caption","columns","rows","total"}],"list"}],"figures":[{"key","group","label","unitLabel","aggregation","value","denominator","target","percent","text"}],"indicators":[…],"tasks","recipients","signer"}`. ' +
  'Mỗi đoạn văn có `key` cố định; `text` là nội dung in ra (bản sửa của cán bộ nếu có, nếu không là `generated` — câu sinh từ số liệu). ' +
  'Bản nháp được dựng lại từ số liệu mỗi lần đọc; báo cáo đã ban hành trả về đúng bản chụp lúc ban hành.';

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
      responses: { 201: jsonResponse(anyJson, 'Đã lập'), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const body = c.req.valid('json');
      const unit = await findUnit(db, body.unitId);
      if (!unit || !REPORT_LEVELS.includes(unit.level) || !canSeeReportsOf(actor, unit))
        throw unknownReference('unitId', 'Đơn vị');
      if (!canManageReports(actor, unit)) throw forbidden({ unitId: 'Chỉ Ban Thường trực của đơn vị lập báo cáo.' });
      const problems = periodProblems(body.type, body.from, body.to);
      if (problems) throw invalid(problems);
      let meetingId: string | null = null;
      if (body.meetingId) {
        const m = await findMeetingRow(db, body.meetingId);
        if (!m?.unitPath.startsWith(unit.path)) throw unknownReference('meetingId', 'Hội nghị');
        meetingId = m.id;
      }
      const row = await createReport(db, metaOf(actor, c.get('ip')), unit, {
        type: body.type,
        from: body.from,
        to: body.to,
        title: body.title ?? defaultTitle(body.type, body.from, body.to),
        meetingId,
      });
      return c.json(presentReport(row, unit), 201);
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
      responses: { 200: jsonResponse(anyJson), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const rows = await listReports(db, reportScope(actor), c.req.valid('query'));
      return c.json(
        {
          items: rows.map((r) => ({
            ...presentReport(r.report, { name: r.unitName, kind: r.unitKind }),
            canManage: canManageReports(actor, { path: r.report.unitPath, level: r.unitLevel }),
          })),
        },
        200,
      );
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
      responses: { 200: jsonResponse(anyJson), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const { report, unit } = await reportOr404(db, actor, c.req.valid('param').id);
      const model = await modelOf(db, report, unit);
      return c.json(presentModel(report, model, { manage: canManageReports(actor, unit) }), 200);
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
      responses: { 200: jsonResponse(anyJson), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const body = c.req.valid('json');
      const { report, unit } = await reportOr404(db, actor, c.req.valid('param').id);
      if (!canManageReports(actor, unit)) throw forbidden();
      if (report.status !== 'draft') throw conflict('report_issued', 'Báo cáo đã ban hành, không sửa được nữa.');
      const model = await modelOf(db, report, unit);
      if (body.edits) {
        const keys = new Set(paragraphKeys(model));
        const unknown = Object.keys(body.edits).filter((k) => !keys.has(k));
        if (unknown.length)
          throw invalid(
            Object.fromEntries(unknown.map((k) => [`edits.${k}`, 'Báo cáo không có đoạn văn với mã này.'])),
          );
      }
      const row = await editReport(db, metaOf(actor, c.get('ip')), report.id, body, unit);
      const next = await modelOf(db, row, unit);
      return c.json(presentModel(row, next, { manage: true }), 200);
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
      responses: { 200: jsonResponse(anyJson), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const body = c.req.valid('json');
      const { report, unit } = await reportOr404(db, actor, c.req.valid('param').id);
      if (!canManageReports(actor, unit)) throw forbidden();
      if (report.status !== 'draft') throw conflict('report_issued', 'Báo cáo đã được ban hành.');
      if (body.date > todayVn()) throw invalid({ date: 'Ngày ban hành không được sau hôm nay.' });
      if (body.date < report.periodFrom) throw invalid({ date: 'Ngày ban hành không được trước ngày đầu kỳ báo cáo.' });
      const { report: row } = await issueReport(db, metaOf(actor, c.get('ip')), report.id, unit, body);
      return c.json(presentModel(row, await modelOf(db, row, unit), { manage: true }), 200);
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
      responses: { 200: jsonResponse(anyJson), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const { report, unit } = await reportOr404(db, actor, c.req.valid('param').id);
      if (!canManageReports(actor, unit)) throw forbidden();
      const row = await submitReport(db, metaOf(actor, c.get('ip')), report.id, unit);
      return c.json(presentReport(row, unit), 200);
    },
  );

  app.route('/', fileRoutes(deps));
  return app;
}
