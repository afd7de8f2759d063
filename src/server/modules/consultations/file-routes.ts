import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { commandContext } from '../../http/context';
import { readForm } from '../../http/multipart';
import type { AppDeps, AppEnv } from '../../http/env';
import { createRouter, errorResponses, jsonResponse, security } from '../../http/router';
import { fileResponse } from '../../http/files';
import { importConsultation } from './commands/create-consultation';
import { exportSynthesis } from './commands/export-synthesis';
import { issueSynthesis } from './commands/issue-synthesis';
import {
  importFields,
  importPreviewSchema,
  importResultSchema,
  issuedSynthesisSchema,
  parsed,
  synthesisBody,
} from './fields';

const MAX_FILE_BYTES = 10 * 1024 * 1024;
const TAGS = ['Góp ý dự thảo'];
const NOT_MULTIPART = 'Cần gửi dạng multipart/form-data: tệp .docx (trường "file") và các trường của dự thảo.';

/**
 * File routes of consultations: a draft uploaded as .docx (split like pasted text) and the synthesis
 * report as .docx/.pdf. Plain Hono routes (multipart and binary bodies), documented by hand.
 */
export function consultationFileRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();

  app.post(
    '/api/v1/consultations/import',
    bodyLimit({
      maxSize: MAX_FILE_BYTES + 256 * 1024,
      onError: (c) =>
        (c as Context<AppEnv>).json(
          {
            error: { code: 'too_large', message: 'Tệp quá lớn (tối đa 10 MB).', fields: { file: 'Tệp tối đa 10 MB.' } },
          },
          413,
        ),
    }),
    async (c) => {
      const ctx = commandContext(c, db);
      const form = await readForm(c, NOT_MULTIPART);
      const strings = Object.fromEntries(Object.entries(form).filter(([, v]) => typeof v === 'string' && v !== ''));
      const input = { fields: parsed(importFields, strings), file: form.file };
      const { split, created } = await importConsultation(ctx, input);
      if (!created) return c.json({ preview: true, ...split }, 200);
      const { preamble, outline } = split;
      return c.json({ id: created.consultation.id, articles: created.articles.length, preamble, outline }, 201);
    },
  );

  app.openAPIRegistry.registerPath({
    method: 'post',
    path: '/api/v1/consultations/import',
    tags: TAGS,
    security,
    description:
      'Đưa dự thảo ra lấy ý kiến từ tệp Word (.docx): tách theo dòng "Điều N.". Trường: file, communeId, title, deadline; tùy chọn requestedBy, opensOn, public, preview=1 (chỉ xem trước các điều, không lưu). Tệp không phải .docx hoặc không có "Điều": 422 nêu trường file.',
    request: {
      body: {
        required: true,
        content: {
          'multipart/form-data': {
            schema: z.object({
              file: z.string().openapi({ type: 'string', format: 'binary' }),
              communeId: z.string(),
              title: z.string(),
              deadline: z.string(),
            }),
          },
        },
      },
    },
    responses: {
      201: jsonResponse(importResultSchema, 'Đã tạo'),
      200: jsonResponse(importPreviewSchema, 'Xem trước'),
      ...errorResponses,
    },
  });

  // BÁO CÁO tổng hợp ý kiến góp ý; it names the people who commented, so exports are logged (ARCHITECTURE.md, domain
  // rule 6).
  for (const ext of ['docx', 'pdf'] as const) {
    app.get(`/api/v1/consultations/:id/synthesis.${ext}`, async (c) => {
      const ctx = commandContext(c, db);
      const { bytes, fileName } = await exportSynthesis(ctx, { id: c.req.param('id'), format: ext });
      return fileResponse(c, new Uint8Array(bytes), fileName, { headers: { 'Cache-Control': 'no-store' } });
    });
  }

  // Issuing the synthesis: a BC number from the register and the document frozen with it, once.
  app.post('/api/v1/consultations/:id/synthesis', async (c) => {
    const ctx = commandContext(c, db);
    const raw: unknown = await c.req.json().catch(() => ({}));
    const { entry } = await issueSynthesis(ctx, { id: c.req.param('id'), body: raw ?? {} });
    return c.json(
      {
        documentId: entry.id,
        number: entry.number,
        date: entry.date,
        docx: `/api/v1/outgoing-documents/${entry.id}/document.docx`,
        pdf: `/api/v1/outgoing-documents/${entry.id}/document.pdf`,
      },
      201,
    );
  });
  app.openAPIRegistry.registerPath({
    method: 'post',
    path: '/api/v1/consultations/{id}/synthesis',
    tags: TAGS,
    security,
    description: 'Ban hành báo cáo tổng hợp góp ý: lấy số BC trong sổ văn bản đi; một lần (lần hai: 409).',
    request: { body: { required: false, content: { 'application/json': { schema: synthesisBody } } } },
    responses: { 201: jsonResponse(issuedSynthesisSchema, 'Đã ban hành'), ...errorResponses },
  });

  return app;
}
