import { createRoute } from '@hono/zod-openapi';
import { commandContext } from '../../http/context';
import type { AppDeps } from '../../http/env';
import { actorOf, createRouter, errorResponses, idParam, jsonResponse, security } from '../../http/router';
import { fileResponse, fileSlug } from '../../http/files';
import { renderDocx } from '../documents/render-docx';
import { docxToPdf } from '../documents/render-pdf';
import { type DocumentKind, issueMeetingDocument } from './commands/issue-document';
import { meetingDocument } from './documents';
import { issueBody, issuedSchema } from './fields';

const TAGS = ['Hội nghị'];

/** "giay-moi-hoi-nghi-so-ket-….docx": an ASCII file name from the title. */
const fileName = (prefix: string, title: string, ext: string) => `${prefix}-${fileSlug(title, 'hoi-nghi')}.${ext}`;

export function documentRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();

  const issueRoute = (kind: DocumentKind, path: string, description: string) =>
    app.openapi(
      createRoute({
        method: 'post',
        path,
        tags: TAGS,
        security,
        description,
        request: { params: idParam, body: { content: { 'application/json': { schema: issueBody } }, required: false } },
        responses: { 201: jsonResponse(issuedSchema, 'Đã cấp số'), ...errorResponses },
      }),
      async (c) => {
        const ctx = commandContext(c, db);
        const body = c.req.valid('json') ?? {};
        const doc = await issueMeetingDocument(ctx, { id: c.req.valid('param').id, kind, ...body });
        return c.json({ documentId: doc.id, number: doc.number, date: doc.date, kind }, 201);
      },
    );
  issueRoute(
    'invitation',
    '/api/v1/meetings/{id}/invitation',
    'Phát hành giấy mời: lấy số tiếp theo của sổ văn bản đi (GM) cho năm của ngày giấy mời. Mỗi hội nghị một lần; lần thứ hai 409 (nêu số đã cấp).',
  );
  issueRoute(
    'minutes',
    '/api/v1/meetings/{id}/minutes-document',
    'Phát hành biên bản (BB) khi hội nghị đã tổ chức; sau đó hội nghị không sửa được. Mỗi hội nghị một lần; lần thứ hai 409.',
  );

  // The files: an unissued document renders with a blank number, so it can be previewed.
  for (const kind of ['invitation', 'minutes'] as const) {
    const prefix = kind === 'invitation' ? 'giay-moi' : 'bien-ban';
    for (const ext of ['docx', 'pdf'] as const) {
      app.get(`/api/v1/meetings/:id/${kind}.${ext}`, async (c) => {
        const { title, model } = await meetingDocument(
          db,
          actorOf(c),
          c.req.param('id'),
          kind,
          c.req.query('delegateId'),
        );
        const docx = await renderDocx(model);
        const body = ext === 'docx' ? docx : await docxToPdf(docx, { inputName: prefix });
        return fileResponse(c, new Uint8Array(body), fileName(prefix, title, ext));
      });
    }
  }
  return app;
}
