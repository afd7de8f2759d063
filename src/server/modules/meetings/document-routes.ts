import { createRoute, z } from '@hono/zod-openapi';
import { todayVn } from '../../../lib/dates';
import { metaOf } from '../../core/actor';
import { invalid, notFound, unknownReference } from '../../core/errors';
import type { AppDeps } from '../../http/env';
import { actorOf, createRouter, errorResponses, idParam, jsonResponse, security } from '../../http/router';
import { renderDocx } from '../documents/render-docx';
import { docxToPdf } from '../documents/render-pdf';
import { findUnit } from '../units/queries';
import { meetingRef, readableMeeting, requireManage } from './access';
import { issueDocument, type DocumentKind } from './commands/issue-document';
import { issueBody } from './fields';
import { INVITATION_RECIPIENTS, invitationDocument } from './invitation-document';
import { minutesDocument } from './minutes-document';
import { conclusionsOf, delegatesOf } from './queries';
import { fileResponse, fileSlug } from '../../http/files';

const TAGS = ['Hội nghị'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const issued = z.object({
  documentId: z.string(),
  number: z.string(),
  date: z.string(),
  kind: z.enum(['invitation', 'minutes']),
});

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
        responses: { 201: jsonResponse(issued, 'Đã cấp số'), ...errorResponses },
      }),
      async (c) => {
        const actor = actorOf(c);
        const body = c.req.valid('json') ?? {};
        const { row, commune } = await readableMeeting(db, actor, c.req.valid('param').id);
        const m = row.meeting;
        requireManage(actor, commune, meetingRef(m.type, row.villagePath ? { path: row.villagePath } : null));
        const today = todayVn();
        let date: string;
        if (kind === 'invitation') {
          date = body.date ?? (today < m.date ? today : m.date);
          if (date > m.date) throw invalid({ date: 'Giấy mời phải đề ngày trước hoặc đúng ngày họp.' });
        } else {
          date = body.date ?? m.date;
          if (date < m.date) throw invalid({ date: 'Biên bản không đề ngày trước ngày họp.' });
        }
        const signer =
          kind === 'invitation' ? body.signer || row.communeSettings.chairName || m.chair || null : (m.chair ?? null);
        const doc = await issueDocument(db, metaOf(actor, c.get('ip')), m.id, commune, kind, {
          date,
          signer,
          recipients: kind === 'invitation' ? INVITATION_RECIPIENTS : [],
        });
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
    for (const ext of ['docx', 'pdf'] as const) {
      app.get(`/api/v1/meetings/:id/${kind}.${ext}`, async (c) => {
        const actor = actorOf(c);
        const id = c.req.param('id');
        if (!UUID.test(id)) throw notFound('Hội nghị');
        const { row } = await readableMeeting(db, actor, id);
        const commune = await findUnit(db, row.meeting.communeId);
        if (!commune) throw notFound('Xã');
        const delegates = await delegatesOf(db, id);
        let model;
        if (kind === 'invitation') {
          const only = c.req.query('delegateId');
          const one = only ? delegates.find((d) => d.id === only) : undefined;
          if (only && !one) throw unknownReference('delegateId', 'Đại biểu');
          const doc =
            row.invitationNumber && row.invitationDate
              ? { number: row.invitationNumber, date: row.invitationDate, signer: row.invitationSigner }
              : null;
          model = invitationDocument(row.meeting, commune, delegates, doc, one);
        } else {
          const conclusions = (await conclusionsOf(db, id)).map((k) => k.conclusion.text);
          const doc =
            row.minutesNumber && row.minutesDate ? { number: row.minutesNumber, date: row.minutesDate } : null;
          model = minutesDocument(row.meeting, commune, delegates, conclusions, doc);
        }
        const docx = await renderDocx(model);
        const body =
          ext === 'docx'
            ? new Uint8Array(docx)
            : new Uint8Array(await docxToPdf(docx, { inputName: kind === 'invitation' ? 'giay-moi' : 'bien-ban' }));
        const file = fileName(kind === 'invitation' ? 'giay-moi' : 'bien-ban', row.meeting.title, ext);
        return fileResponse(c, body, file);
      });
    }
  }
  return app;
}
