import { createRoute, z } from '@hono/zod-openapi';
import { calendarDate } from '../../http/fields';
import { unitDisplayName } from '../../../lib/units';
import { commandContext } from '../../http/context';
import type { AppDeps } from '../../http/env';
import { actorOf, createRouter, errorResponses, idParam, jsonBody, jsonResponse, security } from '../../http/router';
import { DOCX_MIME, renderDocx } from '../documents/render-docx';
import { docxToPdf, PDF_MIME } from '../documents/render-pdf';
import { recordDocument } from './commands/record-document';
import { findIssuerVisibleTo, findRegisterEntryVisibleTo } from './lookup';
import { canWriteRegister, registerReadRoots } from './policy';
import { presentRegisterEntry, registerEntry } from './present';
import { frozenDocumentOf, latestRegisterYear, listRegister } from './queries';
import { registerXlsx } from './register-xlsx';
import { documentTypeCodes } from './schema';
import { fileResponse, XLSX_MIME } from '../../http/files';
import { todayVn } from '../../../lib/dates';

const TAGS = ['Sổ văn bản đi'];
const registerList = z
  .object({ items: z.array(registerEntry), can: z.object({ record: z.boolean() }) })
  .openapi('RegisterList');
const typeCode = z.enum(documentTypeCodes, { message: `Loại văn bản: ${documentTypeCodes.join(', ')}.` });

const listQuery = z.object({
  issuerId: z.uuid('Mã đơn vị ban hành không hợp lệ.').optional(),
  year: z.coerce
    .number({ message: 'Năm là một số.' })
    .int('Năm là số nguyên.')
    .min(2000, 'Năm từ 2000.')
    .max(2100, 'Năm đến 2100.')
    .optional(),
  typeCode: typeCode.optional(),
  q: z.string().trim().max(200, 'Từ khóa tối đa 200 ký tự.').optional(),
});

const entryBody = z.object({
  issuerId: z.uuid('Mã đơn vị ban hành không hợp lệ.'),
  typeCode,
  date: calendarDate('Ngày', 'Ngày dạng YYYY-MM-DD, là ngày có thật.'),
  summary: z
    .string({ message: 'Nhập trích yếu nội dung.' })
    .trim()
    .min(3, 'Trích yếu ít nhất 3 ký tự.')
    .max(1000, 'Trích yếu tối đa 1.000 ký tự.'),
  signer: z.string().trim().max(200, 'Người ký tối đa 200 ký tự.').nullish(),
  recipients: z
    .array(z.string().trim().min(1, 'Nơi nhận không được để trống.').max(300, 'Mỗi nơi nhận tối đa 300 ký tự.'))
    .max(50, 'Tối đa 50 nơi nhận.')
    .default([]),
});

export function registerRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/outgoing-documents',
      tags: TAGS,
      security,
      description:
        'Sổ văn bản đi: số, ngày, trích yếu, người ký, nơi nhận — lọc theo đơn vị ban hành, năm, loại; tìm không dấu.',
      request: { query: listQuery },
      responses: { 200: jsonResponse(registerList), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const q = c.req.valid('query');
      const issuer = q.issuerId ? await findIssuerVisibleTo(db, actor, q.issuerId) : null;
      const rows = await listRegister(db, registerReadRoots(actor), q);
      const can = { record: issuer !== null && canWriteRegister(actor, issuer) };
      return c.json({ items: rows.map(presentRegisterEntry), can }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/outgoing-documents/latest-year',
      tags: TAGS,
      security,
      description:
        'Năm gần nhất (không sau năm nay) có văn bản trong sổ của đơn vị ban hành (hoặc mọi sổ người dùng được xem): ' +
        'sổ mở ở năm đó; `year` null khi sổ còn trống.',
      request: { query: listQuery.pick({ issuerId: true }) },
      responses: { 200: jsonResponse(z.object({ year: z.number().nullable() })), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const { issuerId } = c.req.valid('query');
      if (issuerId) await findIssuerVisibleTo(db, actor, issuerId);
      const thisYear = Number(todayVn().slice(0, 4));
      return c.json({ year: await latestRegisterYear(db, registerReadRoots(actor), issuerId, thisYear) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/outgoing-documents.xlsx',
      tags: TAGS,
      security,
      description: 'Sổ đăng ký văn bản đi của một đơn vị ra Excel.',
      request: { query: listQuery.extend({ issuerId: z.uuid('Mã đơn vị ban hành không hợp lệ.') }) },
      responses: {
        200: {
          description: 'Tệp .xlsx',
          content: { [XLSX_MIME]: { schema: z.string().openapi({ format: 'binary' }) } },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const actor = actorOf(c);
      const q = c.req.valid('query');
      const issuer = await findIssuerVisibleTo(db, actor, q.issuerId);
      const rows = await listRegister(db, registerReadRoots(actor), q);
      const file = await registerXlsx(`Ủy ban MTTQ Việt Nam ${unitDisplayName(issuer)}`, q.year ?? null, rows);
      return fileResponse(c, file, `so-van-ban-di${q.year ? `-${q.year}` : ''}.xlsx`);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/outgoing-documents',
      tags: TAGS,
      security,
      description:
        'Vào sổ một văn bản soạn ngoài ứng dụng: lấy số tiếp theo theo năm, đơn vị ban hành và loại văn bản.',
      request: { body: jsonBody(entryBody) },
      responses: { 201: jsonResponse(registerEntry, 'Đã vào sổ'), ...errorResponses },
    }),
    async (c) => {
      const row = await recordDocument(commandContext(c, db), c.req.valid('json'));
      return c.json(presentRegisterEntry(row), 201);
    },
  );

  // The document exactly as it was issued, for entries the app wrote (reports, minutes, syntheses…).
  for (const ext of ['docx', 'pdf'] as const) {
    app.openapi(
      createRoute({
        method: 'get',
        path: `/api/v1/outgoing-documents/{id}/document.${ext}`,
        tags: TAGS,
        security,
        description: 'Văn bản đúng như khi ban hành (với các văn bản do ứng dụng lập).',
        request: { params: idParam },
        responses: {
          200: {
            description: `Tệp .${ext}`,
            content: { [ext === 'docx' ? DOCX_MIME : PDF_MIME]: { schema: z.string().openapi({ format: 'binary' }) } },
          },
          ...errorResponses,
        },
      }),
      async (c) => {
        const entry = await findRegisterEntryVisibleTo(db, actorOf(c), c.req.valid('param').id);
        const docx = await renderDocx(frozenDocumentOf(entry));
        const name = entry.number.replace(/[^0-9A-Za-z]+/g, '-');
        const body = ext === 'docx' ? new Uint8Array(docx) : new Uint8Array(await docxToPdf(docx, { inputName: name }));
        return fileResponse(c, body, `${name}.${ext}`);
      },
    );
  }

  return app;
}
