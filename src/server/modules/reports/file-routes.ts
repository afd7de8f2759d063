import { createRoute, z } from '@hono/zod-openapi';
import type { AppDeps } from '../../http/env';
import { actorOf, createRouter, errorResponses, idParam, security } from '../../http/router';
import { DOCX_MIME, renderDocx } from '../documents/render-docx';
import { docxToPdf, PDF_MIME } from '../documents/render-pdf';
import { reportDocument } from './report-document';
import { reportModelVisibleTo } from './report-model';
import { reportXlsx } from './report-xlsx';
import type { ReportModel } from './types';
import { fileResponse, fileSlug, XLSX_MIME } from '../../http/files';

const TAGS = ['Báo cáo'];
const binary = (mime: string, description: string) => ({
  description,
  content: { [mime]: { schema: z.string().openapi({ format: 'binary' }) } },
});

/** "bao-cao-15-bc-mttq-btt" / "bao-cao-du-thao-6-thang-dau-nam-2023". */
export function fileBase(m: ReportModel): string {
  const words = m.number ? m.number : `du thao ${m.periodLabel}`;
  return `bao-cao-${fileSlug(words, '', Number.POSITIVE_INFINITY)}`;
}

/**
 * The report as files, all from the one model (ARCHITECTURE.md "Documents"): .docx, .pdf (LibreOffice, queued), .xlsx
 * annex.
 */
export function fileRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();
  const route = (path: string, mime: string, description: string) =>
    createRoute({
      method: 'get',
      path,
      tags: TAGS,
      security,
      description,
      request: { params: idParam },
      responses: { 200: binary(mime, 'Tệp'), ...errorResponses },
    });

  app.openapi(
    route(
      '/api/v1/reports/{id}/document.docx',
      DOCX_MIME,
      'Báo cáo dạng Word theo thể thức Nghị định 30 (bản nháp để trống số).',
    ),
    async (c) => {
      const m = await reportModelVisibleTo(db, actorOf(c), c.req.valid('param').id);
      const docx = await renderDocx(reportDocument(m));
      return fileResponse(c, new Uint8Array(docx), `${fileBase(m)}.docx`);
    },
  );

  app.openapi(
    route('/api/v1/reports/{id}/document.pdf', PDF_MIME, 'Báo cáo dạng PDF (LibreOffice, lần lượt từng tệp).'),
    async (c) => {
      const m = await reportModelVisibleTo(db, actorOf(c), c.req.valid('param').id);
      const pdf = await docxToPdf(await renderDocx(reportDocument(m)), { inputName: fileBase(m) });
      return fileResponse(c, new Uint8Array(pdf), `${fileBase(m)}.pdf`);
    },
  );

  app.openapi(
    route(
      '/api/v1/reports/{id}/annex.xlsx',
      XLSX_MIME,
      'Phụ lục Excel: các biểu của báo cáo (bảng chỉ tiêu, chương trình trợ giúp, vận động quỹ).',
    ),
    async (c) => {
      const m = await reportModelVisibleTo(db, actorOf(c), c.req.valid('param').id);
      return fileResponse(c, await reportXlsx(m), `${fileBase(m)}-phu-luc.xlsx`);
    },
  );
  return app;
}
