import { createRoute, type z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { todayVn } from '../../../lib/dates';
import { commandContext } from '../../http/context';
import { readPetition } from './commands/read-petition';
import { invalid } from '../../core/errors';
import type { AppDeps, AppEnv } from '../../http/env';
import {
  actorOf,
  createRouter,
  errorResponses,
  fieldsOf,
  idParam,
  jsonBody,
  jsonResponse,
  security,
} from '../../http/router';
import { fileResponse } from '../../http/files';
import { renderDocx } from '../documents/render-docx';
import { docxToPdf } from '../documents/render-pdf';
import { createPetition } from './commands/create-petition';
import { issueSynthesis } from './commands/issue-synthesis';
import { transitionPetition } from './commands/transition-petition';
import { synthesisSource } from './documents';
import {
  createBody,
  issuedSynthesisSchema,
  issueSynthesisBody,
  listQuery,
  optionsQuery,
  optionsSchema,
  periodOf,
  periodQuery,
  petitionDetailSchema,
  petitionListSchema,
  summarySchema,
  transitionBody,
} from './fields';
import { petitionFiguresIn } from './figures';
import { findCommuneVisibleTo, findPetitionDetailVisibleTo } from './lookup';
import { petitionReadRoots } from './policy';
import { presentOptions, presentPetitionDetail, presentPetitionFor } from './present';
import { communeMeetings, communeVillages, listPetitions } from './queries';

const TAGS = ['Kiến nghị cử tri'];

const get200 = <Q extends z.ZodType, R extends z.ZodType>(path: string, query: Q, response: R, description: string) =>
  createRoute({
    method: 'get',
    path,
    tags: TAGS,
    security,
    description,
    request: { query: query as unknown as z.ZodObject },
    responses: { 200: jsonResponse(response), ...errorResponses },
  });

/** The synthesis as issued: its register entry and where to download it. */
const issuedSynthesis = (entry: { id: string; number: string; date: string }) => ({
  documentId: entry.id,
  number: entry.number,
  date: entry.date,
  docx: `/api/v1/outgoing-documents/${entry.id}/document.docx`,
  pdf: `/api/v1/outgoing-documents/${entry.id}/document.pdf`,
});

export function petitionsRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();
  const detail = async (actor: ReturnType<typeof actorOf>, id: string) =>
    presentPetitionDetail(actor, await findPetitionDetailVisibleTo(db, actor, id));

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/petitions',
      tags: TAGS,
      security,
      description:
        'Ghi một ý kiến, kiến nghị của cử tri: nội dung, lĩnh vực, cơ quan trả lời; tùy chọn hội nghị tiếp xúc cử tri (nguồn "meeting"), thôn, hạn trả lời, người gửi. Ban Thường trực ghi cho cả xã, trưởng ban công tác Mặt trận ghi cho thôn mình. Trả về mã tra cứu (KN-XXXXXX).',
      request: { body: jsonBody(createBody) },
      responses: { 201: jsonResponse(petitionDetailSchema, 'Đã ghi'), ...errorResponses },
    }),
    async (c) => {
      const ctx = commandContext(c, db);
      const row = await createPetition(ctx, c.req.valid('json'));
      return c.json(await detail(ctx.actor, row.id), 201);
    },
  );

  app.openapi(
    get200(
      '/api/v1/petitions',
      listQuery,
      petitionListSchema,
      'Danh sách kiến nghị trong phạm vi: lọc theo trạng thái, lĩnh vực, cơ quan, thôn, hội nghị, quá hạn (overdue=true), từ khóa (không dấu cũng được); phân trang.',
    ),
    async (c) => {
      const actor = actorOf(c);
      const q = c.req.valid('query') as z.infer<typeof listQuery>;
      const { rows, total } = await listPetitions(db, petitionReadRoots(actor), {
        ...q,
        overdue: q.overdue === 'true',
      });
      const items = rows.map((r) => presentPetitionFor(actor, r));
      return c.json({ items, total, page: q.page, pageSize: q.pageSize }, 200);
    },
  );

  app.openapi(
    get200(
      '/api/v1/petitions/summary',
      periodQuery,
      summarySchema,
      'Số kiến nghị tiếp nhận trong kỳ của một xã (trong phạm vi người xem): theo trạng thái, lĩnh vực, cơ quan; số đã trả lời, quá hạn.',
    ),
    async (c) => {
      const actor = actorOf(c);
      const q = c.req.valid('query') as z.infer<typeof periodQuery>;
      const commune = await findCommuneVisibleTo(db, actor, q.communeId);
      const period = periodOf(q);
      const figures = await petitionFiguresIn(db, commune.id, petitionReadRoots(actor), period.from, period.to);
      return c.json({ communeId: commune.id, ...period, ...figures }, 200);
    },
  );

  app.openapi(
    get200(
      '/api/v1/petitions/options',
      optionsQuery,
      optionsSchema,
      'Thôn mà người dùng được ghi kiến nghị và các hội nghị của xã (cho biểu mẫu).',
    ),
    async (c) => {
      const actor = actorOf(c);
      const q = c.req.valid('query') as z.infer<typeof optionsQuery>;
      const commune = await findCommuneVisibleTo(db, actor, q.communeId);
      const villages = await communeVillages(db, commune.id);
      return c.json(presentOptions(actor, commune, villages, await communeMeetings(db, commune.id)), 200);
    },
  );

  // The synthesis before a People's Council session, as Word or PDF.
  for (const ext of ['docx', 'pdf'] as const) {
    app.get(`/api/v1/petitions/synthesis.${ext}`, async (c: Context<AppEnv>) => {
      const parsed = periodQuery.safeParse(c.req.query());
      if (!parsed.success) throw invalid(fieldsOf(parsed.error.issues));
      const { period, document } = await synthesisSource(db, actorOf(c), parsed.data);
      const docx = await renderDocx(document(todayVn()));
      const body = ext === 'docx' ? docx : await docxToPdf(docx, { inputName: 'tong-hop-kien-nghi' });
      return fileResponse(c, new Uint8Array(body), `tong-hop-kien-nghi-${period.from}-${period.to}.${ext}`);
    });
  }

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/petitions/synthesis',
      tags: TAGS,
      security,
      description:
        'Ban hành báo cáo tổng hợp ý kiến, kiến nghị cử tri: lấy số BC trong sổ văn bản đi và lưu văn bản đúng như khi ban hành (tải lại tại /api/v1/outgoing-documents/{id}/document.docx).',
      request: { body: jsonBody(issueSynthesisBody) },
      responses: { 201: jsonResponse(issuedSynthesisSchema, 'Đã ban hành'), ...errorResponses },
    }),
    async (c) => {
      const ctx = commandContext(c, db);
      const { entry } = await issueSynthesis(ctx, c.req.valid('json'));
      return c.json(issuedSynthesis(entry), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/petitions/{id}',
      tags: TAGS,
      security,
      description: 'Một kiến nghị với lịch sử từng bước (ngày, người thực hiện, ghi chú, văn bản, hội nghị).',
      request: { params: idParam },
      responses: { 200: jsonResponse(petitionDetailSchema), ...errorResponses },
    }),
    async (c) => {
      const ctx = commandContext(c, db);
      const found = await readPetition(ctx, c.req.valid('param').id);
      c.header('Cache-Control', 'no-store');
      return c.json(presentPetitionDetail(ctx.actor, found), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/petitions/{id}/transitions',
      tags: TAGS,
      security,
      description:
        'Chuyển bước theo đúng thứ tự: received → forwarded (văn bản chuyển, hạn trả lời) → answered (bắt buộc nội dung trả lời; văn bản trả lời) → closed (hội nghị đã thông tin lại cho cử tri). Sai thứ tự: 409, không ghi gì.',
      request: { params: idParam, body: jsonBody(transitionBody) },
      responses: { 200: jsonResponse(petitionDetailSchema), ...errorResponses },
    }),
    async (c) => {
      const ctx = commandContext(c, db);
      const { id } = c.req.valid('param');
      await transitionPetition(ctx, { id, ...c.req.valid('json') });
      return c.json(await detail(ctx.actor, id), 200);
    },
  );

  return app;
}
