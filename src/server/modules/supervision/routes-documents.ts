import { createRoute } from '@hono/zod-openapi';
import { commandContext } from '../../http/context';
import type { AppDeps } from '../../http/env';
import { actorOf, createRouter, errorResponses, idParam, jsonBody, jsonResponse, security } from '../../http/router';
import { fileResponse, fileSlug } from '../../http/files';
import { renderDocx } from '../documents/render-docx';
import { docxToPdf } from '../documents/render-pdf';
import { issueSupervisionDocument, type Which } from './commands/issue-document';
import { supervisionDocument } from './documents';
import { issueBody, issuedDocumentSchema } from './fields';
import { presentSupervisionFor } from './present';
import { registerEntries } from './queries';

const TAGS = ['Giám sát, phản biện xã hội'];

export function supervisionDocumentRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();

  for (const which of ['plan', 'report'] as const satisfies Which[]) {
    app.openapi(
      createRoute({
        method: 'post',
        path: `/api/v1/supervisions/{id}/${which}-document`,
        tags: TAGS,
        security,
        description:
          which === 'plan'
            ? 'Ban hành kế hoạch: lấy số văn bản đi loại KH (một lần; lần hai: 409). Văn bản được giữ nguyên như lúc ban hành.'
            : 'Ban hành báo cáo kết quả: lấy số văn bản đi loại BC (cuộc giám sát phải đã kết thúc; một lần; lần hai: 409). Văn bản được giữ nguyên như lúc ban hành.',
        request: { params: idParam, body: jsonBody(issueBody) },
        responses: { 201: jsonResponse(issuedDocumentSchema, 'Đã ban hành'), ...errorResponses },
      }),
      async (c) => {
        const ctx = commandContext(c, db);
        const input = { id: c.req.valid('param').id, which, date: c.req.valid('json').date };
        const { supervision, entry, commune } = await issueSupervisionDocument(ctx, input);
        const docs = await registerEntries(db, [supervision.planDocId, supervision.reportDocId]);
        return c.json(
          {
            document: { id: entry.id, number: entry.number, date: entry.date },
            supervision: presentSupervisionFor(ctx.actor, supervision, commune, { docs }),
          },
          201,
        );
      },
    );

    // The issued document as frozen; before issue, a preview with a blank number and date.
    const prefix = which === 'plan' ? 'ke-hoach' : 'bao-cao';
    for (const ext of ['docx', 'pdf'] as const) {
      app.get(`/api/v1/supervisions/:id/${which}.${ext}`, async (c) => {
        const { subject, doc } = await supervisionDocument(db, actorOf(c), c.req.param('id'), which);
        const docx = await renderDocx(doc);
        const inputName = which === 'plan' ? 'ke-hoach-giam-sat' : 'bao-cao-giam-sat';
        const body = ext === 'docx' ? docx : await docxToPdf(docx, { inputName });
        return fileResponse(c, new Uint8Array(body), `${prefix}-${fileSlug(subject, 'giam-sat')}.${ext}`);
      });
    }
  }
  return app;
}
