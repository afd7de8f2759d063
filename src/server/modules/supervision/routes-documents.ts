import { createRoute, z } from '@hono/zod-openapi';
import { todayVn } from '../../../lib/dates';
import { metaOf } from '../../core/actor';
import { forbidden, notFound } from '../../core/errors';
import type { AppDeps } from '../../http/env';
import { actorOf, createRouter, errorResponses, idParam, jsonBody, jsonResponse, security } from '../../http/router';
import type { OfficialDocument } from '../documents/model';
import { renderDocx } from '../documents/render-docx';
import { docxToPdf } from '../documents/render-pdf';
import { supervisionOr404 } from './access';
import { issueDocument, type Which } from './commands/issue-document';
import { stepDate } from './fields';
import { presentSupervision } from './present';
import { frozenDocument } from '../register/queries';
import { recommendationsOf, registerEntries } from './queries';
import { planDocument, reportDocument } from './report-document';
import { fileResponse, fileSlug } from '../../http/files';

const TAGS = ['Giám sát, phản biện xã hội'];
const anyJson = z.record(z.string(), z.unknown());
const issueBody = z.object({ date: stepDate.optional() });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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
        responses: { 201: jsonResponse(anyJson, 'Đã ban hành'), ...errorResponses },
      }),
      async (c) => {
        const actor = actorOf(c);
        const { supervision: s, commune, canManage } = await supervisionOr404(db, actor, c.req.valid('param').id);
        if (!canManage) throw forbidden();
        const today = todayVn();
        const { supervision, entry } = await issueDocument(
          db,
          metaOf(actor, c.get('ip')),
          s.id,
          commune,
          which,
          c.req.valid('json').date ?? today,
          today,
        );
        const docs = await registerEntries(db, [supervision.planDocId, supervision.reportDocId]);
        return c.json(
          {
            document: { id: entry.id, number: entry.number, date: entry.date },
            supervision: presentSupervision(supervision, {
              planDoc: supervision.planDocId ? docs.get(supervision.planDocId) : undefined,
              reportDoc: supervision.reportDocId ? docs.get(supervision.reportDocId) : undefined,
              canManage,
              communeName: commune.name,
            }),
          },
          201,
        );
      },
    );

    // The issued document as frozen; before issue, a preview with a blank number and date.
    for (const ext of ['docx', 'pdf'] as const) {
      app.get(`/api/v1/supervisions/:id/${which}.${ext}`, async (c) => {
        const actor = actorOf(c);
        const id = c.req.param('id');
        if (!UUID.test(id)) throw notFound('Cuộc giám sát');
        const { supervision: s, commune } = await supervisionOr404(db, actor, id);
        const issuedId = which === 'plan' ? s.planDocId : s.reportDocId;
        let doc: OfficialDocument | null = issuedId ? await frozenDocument(db, issuedId) : null;
        if (!doc) {
          // Not issued: a preview. (Issued without its frozen copy cannot happen through the API; the number is kept if it does.)
          const entries = await registerEntries(db, [s.planDocId, issuedId]);
          const issue = issuedId ? (entries.get(issuedId) ?? null) : null;
          if (which === 'plan') doc = planDocument(s, commune, issue);
          else {
            const recs = (await recommendationsOf(db, s.id)).map((r) => r.recommendation);
            const plan = s.planDocId ? (entries.get(s.planDocId) ?? null) : null;
            doc = reportDocument(s, commune, recs, issue, plan, todayVn());
          }
        }
        const docx = await renderDocx(doc);
        const body =
          ext === 'docx'
            ? new Uint8Array(docx)
            : new Uint8Array(
                await docxToPdf(docx, { inputName: which === 'plan' ? 'ke-hoach-giam-sat' : 'bao-cao-giam-sat' }),
              );
        const file = `${which === 'plan' ? 'ke-hoach' : 'bao-cao'}-${fileSlug(s.subject, 'giam-sat')}.${ext}`;
        return fileResponse(c, body, file);
      });
    }
  }
  return app;
}
