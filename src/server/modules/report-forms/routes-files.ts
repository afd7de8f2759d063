import { createRoute, z } from '@hono/zod-openapi';
import { invalid } from '../../core/errors';
import { uploadLimit } from '../../http/body-limit';
import type { AppDeps } from '../../http/env';
import { fileResponse, fileSlug, XLSX_MIME as XLSX } from '../../http/files';
import { readForm } from '../../http/multipart';
import { actorOf, createRouter, errorResponses, idParam, jsonResponse, security } from '../../http/router';
import { exportWorkbook, periodHeading } from './exports';
import { periodRangeOf } from './completeness';
import { exportQuery, formField } from './fields';
import { findFormVisibleTo, latestVersion, versionFor } from './lookup';
import { isPeriod, periodLabel, PERIOD_EXAMPLES } from '../../../lib/report-periods';
import { fillersOf, shownSubmissions, tableRowIds, tableRowNames, visibleFillers } from './queries';
import { readTemplate, templateWorkbook } from './template';

const TAGS = ['Báo cáo định kỳ'];
const MAX_TEMPLATE_BYTES = 2 * 1024 * 1024;
const fileOut = {
  200: { description: 'Tệp Excel', content: { [XLSX]: { schema: z.string().openapi({ format: 'binary' }) } } },
  ...errorResponses,
};

export function reportFileRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/report-forms/{id}/template.xlsx',
      tags: TAGS,
      security,
      description: 'Biểu mẫu dưới dạng mẫu Excel (mỗi dòng một trường), để sửa rồi nhập lại.',
      request: { params: idParam },
      responses: fileOut,
    }),
    async (c) => {
      const form = await findFormVisibleTo(db, actorOf(c), c.req.valid('param').id);
      const version = await latestVersion(db, form.id);
      return fileResponse(
        c,
        await templateWorkbook(form, version.fields),
        `bieu-mau-${fileSlug(form.title, 'bao-cao')}.xlsx`,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/report-forms/template',
      tags: TAGS,
      security,
      middleware: [uploadLimit(MAX_TEMPLATE_BYTES)] as const,
      description:
        'Đọc các trường từ mẫu Excel (multipart: file) để đưa vào trình tạo biểu mẫu; lỗi nêu dòng (rows.<dòng>.<cột>). Không ghi gì.',
      responses: { 200: jsonResponse(z.object({ fields: z.array(formField) })), ...errorResponses },
    }),
    async (c) => {
      actorOf(c);
      const body = await readForm(c, 'Cần gửi tệp Excel (trường "file") dạng multipart/form-data.');
      const file = body.file;
      if (!(file instanceof File)) throw invalid({ file: 'Chọn tệp Excel .xlsx.' });
      return c.json({ fields: await readTemplate(await file.arrayBuffer(), file.name) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/report-forms/{id}/export.xlsx',
      tags: TAGS,
      security,
      description:
        'Xuất Excel: một kỳ của tất cả đơn vị (period), hoặc một đơn vị qua các kỳ (unitId, từ kỳ `from` đến kỳ `to` ' +
        'như bảng tình hình nộp: mặc định 12 kỳ gần nhất, tối đa 60), có dòng tổng cộng.',
      request: { params: idParam, query: exportQuery },
      responses: fileOut,
    }),
    async (c) => {
      const actor = actorOf(c);
      const form = await findFormVisibleTo(db, actor, c.req.valid('param').id);
      const q = c.req.valid('query');
      const fillers = visibleFillers(actor, await fillersOf(db, form));
      const slug = fileSlug(form.title, 'bao-cao');
      if (q.unitId) {
        const filler = fillers.find((f) => f.id === q.unitId);
        if (!filler) throw invalid({ unitId: 'Đơn vị không thuộc biểu mẫu hoặc ngoài phạm vi của bạn.' });
        const periods = periodRangeOf(form.periodKind, q);
        const rows = await shownSubmissions(db, actor, form.id, [filler], {
          from: periods[0] ?? '',
          to: periods.at(-1) ?? '',
        });
        const byPeriod = new Map(rows.map((s) => [s.period, s]));
        const lines = periods.map((p) => ({
          name: periodLabel(form.periodKind, p),
          submission: byPeriod.get(p) ?? null,
        }));
        const fields = (await latestVersion(db, form.id)).fields;
        const names = await tableRowNames(db, tableRowIds(fields, rows));
        const bytes = await exportWorkbook(form, fields, `Đơn vị: ${filler.name}`, 'Kỳ báo cáo', lines, names);
        return fileResponse(c, bytes, `${slug}-${fileSlug(filler.name, 'don-vi')}.xlsx`);
      }
      if (!q.period || !isPeriod(form.periodKind, q.period))
        throw invalid({ period: `Chọn kỳ báo cáo (ví dụ ${PERIOD_EXAMPLES[form.periodKind]}) hoặc một đơn vị.` });
      const rows = await shownSubmissions(db, actor, form.id, fillers, { in: [q.period] });
      const byFiller = new Map(rows.map((s) => [s.fillerId, s]));
      const lines = fillers.map((f) => ({ name: f.name, submission: byFiller.get(f.id) ?? null }));
      const fields = (await versionFor(db, form.id, q.period)).fields;
      const names = await tableRowNames(db, tableRowIds(fields, rows));
      const bytes = await exportWorkbook(form, fields, periodHeading(form, q.period), 'Đơn vị', lines, names);
      return fileResponse(c, bytes, `${slug}-${q.period}.xlsx`);
    },
  );

  return app;
}
