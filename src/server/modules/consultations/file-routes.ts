import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { todayVn } from '../../../lib/dates';
import { metaOf, type Actor } from '../../core/actor';
import { AppError, forbidden, invalid, notFound } from '../../core/errors';
import type { AppDeps, AppEnv } from '../../http/env';
import { actorOf, createRouter, errorResponses, fieldsOf, jsonResponse, security } from '../../http/router';
import { recordAudit } from '../audit/record-audit';
import { renderDocx } from '../documents/render-docx';
import { docxToPdf } from '../documents/render-pdf';
import { docxParagraphTexts, isZip } from '../documents/zip-read';
import type { Unit } from '../units/schema';
import { createConsultation } from './commands/create-consultation';
import { issueSynthesis } from './commands/issue-synthesis';
import { canManageConsultations } from './policy';
import { articlesFromText, checkPeriod, importFields, plain } from './fields';
import { articlesWithCounts, listComments, type ConsultationRow } from './queries';
import { synthesisDocument } from './synthesis-document';
import { fileResponse, fileSlug } from '../../http/files';

const MAX_FILE_BYTES = 10 * 1024 * 1024;
const anyJson = z.record(z.string(), z.unknown());
const TAGS = ['Góp ý dự thảo'];

/** The paragraphs of an uploaded .docx, or a 422 naming the file field. */
function docxParagraphs(buf: Buffer, name: string): string[] {
  const notDocx = invalid({
    file: 'Tệp không phải văn bản Word .docx (tệp .doc cũ hãy mở bằng Word rồi lưu lại dạng .docx).',
  });
  if (!/\.docx$/i.test(name) || !isZip(buf)) throw notDocx;
  try {
    return docxParagraphTexts(buf);
  } catch {
    throw notDocx;
  }
}

/**
 * File routes of consultations: a draft uploaded as .docx (split like pasted text) and the synthesis
 * report as .docx/.pdf. Plain Hono routes (multipart and binary bodies), documented by hand.
 */
export function consultationFileRoutes(
  deps: AppDeps,
  consultationOr404: (actor: Actor, id: string) => Promise<ConsultationRow>,
  manageableCommune: (actor: Actor, communeId: string) => Promise<Unit>,
) {
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
      const actor = actorOf(c);
      const form = await c.req.parseBody().catch(() => {
        throw new AppError(
          400,
          'bad_request',
          'Cần gửi dạng multipart/form-data: tệp .docx (trường "file") và các trường của dự thảo.',
        );
      });
      const strings = Object.fromEntries(Object.entries(form).filter(([, v]) => typeof v === 'string' && v !== ''));
      const parsed = importFields.safeParse(strings);
      if (!parsed.success) throw invalid(fieldsOf(parsed.error.issues));
      const f = parsed.data;
      const file = form.file;
      if (!(file instanceof File) || file.size === 0) throw invalid({ file: 'Chọn tệp dự thảo .docx.' });
      const opensOn = f.opensOn ?? todayVn();
      checkPeriod({ opensOn, deadline: f.deadline });
      const commune = await manageableCommune(actor, f.communeId);
      const split = articlesFromText(
        docxParagraphs(Buffer.from(await file.arrayBuffer()), file.name).join('\n'),
        'file',
      );
      if (f.preview === '1' || f.preview === 'true') return c.json({ preview: true, ...split }, 200);
      const created = await createConsultation(db, metaOf(actor, c.get('ip')), commune, {
        title: plain(f.title),
        requestedBy: f.requestedBy ? plain(f.requestedBy) : null,
        opensOn,
        deadline: f.deadline,
        public: f.public === undefined ? true : f.public === 'true' || f.public === '1' || f.public === 'on',
        articles: split.articles,
        origin: `docx: ${file.name.slice(0, 200)}`,
      });
      return c.json(
        {
          id: created.consultation.id,
          articles: created.articles.length,
          preamble: split.preamble,
          outline: split.outline,
        },
        201,
      );
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
    responses: { 201: jsonResponse(anyJson, 'Đã tạo'), 200: jsonResponse(anyJson, 'Xem trước'), ...errorResponses },
  });

  // BÁO CÁO tổng hợp ý kiến góp ý; it names the people who commented, so exports are logged (DOMAIN.md rule 6).
  for (const ext of ['docx', 'pdf'] as const) {
    app.get(`/api/v1/consultations/:id/synthesis.${ext}`, async (c) => {
      const actor = actorOf(c);
      const id = c.req.param('id');
      if (!z.uuid().safeParse(id).success) throw notFound('Đợt góp ý dự thảo');
      const found = await consultationOr404(actor, id);
      const cons = found.consultation;
      const articles = await articlesWithCounts(db, cons.id);
      const comments = await listComments(db, cons.id);
      const date = cons.closedAt ? todayVn(cons.closedAt) : todayVn();
      const doc = synthesisDocument(
        cons,
        { name: found.communeName, kind: found.communeKind, chairName: found.chairName },
        articles,
        comments,
        date,
      );
      const docx = await renderDocx(doc);
      const body =
        ext === 'docx' ? new Uint8Array(docx) : new Uint8Array(await docxToPdf(docx, { inputName: 'tong-hop-gop-y' }));
      await recordAudit(db, metaOf(actor, c.get('ip')), {
        action: 'consultation.synthesis_export',
        entity: 'consultation',
        entityId: cons.id,
        communeId: cons.communeId,
        scopePath: found.communePath,
        after: { format: ext, comments: comments.length },
      });
      return fileResponse(c, body, `tong-hop-gop-y-${fileSlug(cons.title, 'du-thao')}.${ext}`);
    });
  }

  // Issuing the synthesis: a BC number from the register and the document frozen with it, once.
  app.post('/api/v1/consultations/:id/synthesis', async (c) => {
    const actor = actorOf(c);
    const id = c.req.param('id');
    if (!z.uuid().safeParse(id).success) throw notFound('Đợt góp ý dự thảo');
    const found = await consultationOr404(actor, id);
    const cons = found.consultation;
    const commune = { id: cons.communeId, path: found.communePath };
    if (!canManageConsultations(actor, commune))
      throw forbidden({ id: 'Chỉ Ban Thường trực xã ban hành báo cáo tổng hợp góp ý.' });
    const raw: unknown = await c.req.json().catch(() => ({}));
    const parsed = z
      .object({ date: z.iso.date('Ngày dạng YYYY-MM-DD, là ngày có thật.').optional() })
      .safeParse(raw ?? {});
    if (!parsed.success) throw invalid(fieldsOf(parsed.error.issues));
    const date = parsed.data.date ?? todayVn();
    if (date > todayVn()) throw invalid({ date: 'Ngày ban hành không được sau hôm nay.' });
    const articles = await articlesWithCounts(db, cons.id);
    const comments = await listComments(db, cons.id);
    const build = () =>
      synthesisDocument(
        cons,
        { name: found.communeName, kind: found.communeKind, chairName: found.chairName },
        articles,
        comments,
        date,
      );
    const { entry } = await issueSynthesis(
      db,
      metaOf(actor, c.get('ip')),
      { id: cons.id, title: cons.title, commune, signer: found.chairName },
      date,
      build,
    );
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

  return app;
}
