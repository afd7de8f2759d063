import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { todayVn } from '../../../lib/dates';
import { metaOf, type Actor } from '../../core/actor';
import { forbidden, invalid, notFound, unknownReference } from '../../core/errors';
import { canReadCommune } from '../../core/scope';
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
import { renderDocx } from '../documents/render-docx';
import { docxToPdf } from '../documents/render-pdf';
import { findUnit } from '../units/queries';
import type { Unit } from '../units/schema';
import { createPetition } from './commands/create-petition';
import { transitionPetition } from './commands/transition-petition';
import { issueSynthesis } from './commands/issue-synthesis';
import { agency, content, day, field, notFuture, optionalText, status, submitter, uuid } from './fields';
import { petitionFiguresIn } from './figures';
import {
  canCreatePetition,
  canManagePetitions,
  canReadPetitionAt,
  canSeeSubmitter,
  canTransitionPetition,
  ledVillagePaths,
  petitionReadRoots,
} from './policy';
import { presentEvent, presentPetition } from './present';
import { findMeetingRow } from '../meetings/queries';
import {
  communeMeetings,
  communeVillages,
  findPetition,
  listPetitions,
  petitionHistory,
  petitionRow,
  synthesisRows,
} from './queries';
import { synthesisDocument } from './synthesis-document';
import { fileResponse } from '../../http/files';

const TAGS = ['Kiến nghị cử tri'];
const anyJson = z.record(z.string(), z.unknown());

const createBody = z
  .object({
    communeId: uuid('xã'),
    content,
    field,
    agency,
    agencyName: optionalText('Tên cơ quan', 200),
    meetingId: uuid('hội nghị').nullish(),
    villageId: uuid('thôn').nullish(),
    dueDate: day('Hạn trả lời').nullish(),
    receivedAt: day('Ngày tiếp nhận').refine(notFuture, 'Ngày tiếp nhận không được sau hôm nay.').optional(),
    ...submitter,
  })
  .superRefine((v, ctx) => {
    if (v.agency === 'other' && !v.agencyName)
      ctx.addIssue({
        code: 'custom',
        path: ['agencyName'],
        message: 'Ghi tên cơ quan trả lời (agencyName) khi chọn "cơ quan khác".',
      });
    if (v.dueDate && v.receivedAt && v.dueDate < v.receivedAt)
      ctx.addIssue({ code: 'custom', path: ['dueDate'], message: 'Hạn trả lời không được trước ngày tiếp nhận.' });
  });

const transitionBody = z
  .object({
    to: z.enum(['forwarded', 'answered', 'closed'], {
      message:
        'Bước chuyển (to): forwarded (đã chuyển), answered (đã trả lời) hoặc closed (đã thông tin lại cho cử tri).',
    }),
    date: day('Ngày').refine(notFuture, 'Ngày không được sau hôm nay.').optional(),
    note: optionalText('Ghi chú', 2000),
    document: optionalText('Văn bản', 300),
    answer: optionalText('Nội dung trả lời', 10000),
    answerPublic: z.boolean({ message: 'answerPublic là true hoặc false.' }).optional(),
    dueDate: day('Hạn trả lời').nullish(),
    meetingId: uuid('hội nghị').nullish(),
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (v.to === 'answered' && !v.answer) issue('answer', 'Nhập nội dung trả lời của cơ quan có thẩm quyền.');
    if (v.to !== 'answered' && v.answer) issue('answer', 'Nội dung trả lời chỉ ghi ở bước "đã trả lời".');
    if (v.to === 'closed' && !v.meetingId) issue('meetingId', 'Chọn hội nghị đã thông tin kết quả trả lời tới cử tri.');
    if (v.to !== 'closed' && v.meetingId) issue('meetingId', 'Hội nghị chỉ ghi ở bước "đã thông tin lại cho cử tri".');
    if (v.to !== 'forwarded' && v.dueDate) issue('dueDate', 'Hạn trả lời ghi khi chuyển kiến nghị.');
  });

const listQuery = z.object({
  communeId: uuid('xã').optional(),
  status: status.optional(),
  field: field.optional(),
  agency: agency.optional(),
  villageId: uuid('thôn').optional(),
  meetingId: uuid('hội nghị').optional(),
  overdue: z.enum(['true', 'false'], { message: 'overdue là true hoặc false.' }).optional(),
  q: z.string().trim().max(200, 'Từ khóa tối đa 200 ký tự.').optional(),
  page: z.coerce
    .number({ message: 'Trang là một số.' })
    .int('Trang là số nguyên.')
    .min(1, 'Trang từ 1.')
    .max(100000)
    .default(1),
  pageSize: z.coerce
    .number({ message: 'Cỡ trang là một số.' })
    .int('Cỡ trang là số nguyên.')
    .min(1, 'Cỡ trang từ 1.')
    .max(200, 'Cỡ trang tối đa 200.')
    .default(50),
});

const periodQuery = z
  .object({
    communeId: uuid('xã'),
    from: day('Từ ngày').optional(),
    to: day('Đến ngày').optional(),
    session: z.string().trim().max(100, 'Kỳ họp tối đa 100 ký tự.').optional(),
    title: z.string().trim().min(1).max(300, 'Tiêu đề tối đa 300 ký tự.').optional(),
  })
  .superRefine((v, ctx) => {
    if (v.from && v.to && v.from > v.to)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'Đến ngày phải sau từ ngày.' });
  });
const optionsQuery = z.object({ communeId: uuid('xã') });

/** [from, to]: by default from the first of January of `to`'s year up to today. */
const periodOf = (q: { from?: string; to?: string }) => {
  const to = q.to ?? todayVn();
  return { from: q.from ?? `${to.slice(0, 4)}-01-01`, to };
};

const json200 = (path: string, query: z.ZodType, description: string) =>
  createRoute({
    method: 'get',
    path,
    tags: TAGS,
    security,
    description,
    request: { query: query as z.ZodObject },
    responses: { 200: jsonResponse(anyJson), ...errorResponses },
  });

export function petitionsRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();

  async function communeOr404(actor: Actor, id: string, field = 'communeId'): Promise<Unit> {
    const commune = await findUnit(db, id);
    if (commune?.level !== 'commune' || !canReadCommune(actor, commune)) throw unknownReference(field, 'Xã');
    return commune;
  }

  async function petitionOr404(actor: Actor, id: string) {
    const found = await findPetition(db, id);
    if (!found || !canReadPetitionAt(actor, found.petition.unitPath)) throw notFound('Kiến nghị');
    return found;
  }

  /** The petition as the actor may see it, with its history and what the actor may do next. */
  async function detail(actor: Actor, id: string, communePath: string) {
    const row = await petitionRow(db, id);
    if (!row) throw notFound('Kiến nghị');
    const commune = { id: row.petition.communeId, path: communePath };
    const history = await petitionHistory(db, id);
    return {
      ...presentPetition(row, canSeeSubmitter(actor, commune, row.petition.unitPath)),
      history: history.map(presentEvent),
      canTransition: canTransitionPetition(actor, commune),
    };
  }

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/petitions',
      tags: TAGS,
      security,
      description:
        'Ghi một ý kiến, kiến nghị của cử tri: nội dung, lĩnh vực, cơ quan trả lời; tùy chọn hội nghị tiếp xúc cử tri (nguồn "meeting"), thôn, hạn trả lời, người gửi. Ban Thường trực ghi cho cả xã, trưởng ban công tác Mặt trận ghi cho thôn mình. Trả về mã tra cứu (KN-XXXXXX).',
      request: { body: jsonBody(createBody) },
      responses: { 201: jsonResponse(anyJson, 'Đã ghi'), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const body = c.req.valid('json');
      const commune = await communeOr404(actor, body.communeId);
      let village: { id: string; path: string } | null = null;
      if (body.villageId) {
        const v = await findUnit(db, body.villageId);
        if (
          v?.level !== 'village' ||
          v.communeId !== commune.id ||
          !(canManagePetitions(actor, commune) || canReadPetitionAt(actor, v.path))
        )
          throw unknownReference('villageId', 'Thôn');
        village = v;
      } else if (!canManagePetitions(actor, commune)) {
        // A village head writing without naming the village: their own, when they lead exactly one here.
        const led = ledVillagePaths(actor, commune);
        const grant =
          led.length === 1 ? actor.grants.find((g) => g.role === 'village_lead' && g.unitPath === led[0]) : undefined;
        if (grant?.unitId && grant.unitPath) village = { id: grant.unitId, path: grant.unitPath };
      }
      const unitPath = village?.path ?? commune.path;
      if (!canCreatePetition(actor, commune, unitPath))
        throw forbidden({
          villageId: 'Chỉ Ban Thường trực xã, hoặc trưởng ban công tác Mặt trận cho thôn mình, ghi kiến nghị.',
        });
      const meeting = body.meetingId ? await findMeetingRow(db, body.meetingId) : null;
      if (body.meetingId && (!meeting || meeting.communeId !== commune.id))
        throw unknownReference('meetingId', 'Hội nghị');
      const receivedAt = body.receivedAt ?? (meeting && meeting.date <= todayVn() ? meeting.date : todayVn());
      if (body.dueDate && body.dueDate < receivedAt)
        throw invalid({ dueDate: 'Hạn trả lời không được trước ngày tiếp nhận.' });
      const row = await createPetition(db, metaOf(actor, c.get('ip')), {
        communeId: commune.id,
        unitPath,
        villageId: village?.id ?? null,
        meetingId: meeting?.id ?? null,
        source: meeting ? 'meeting' : 'staff',
        content: body.content,
        field: body.field,
        agency: body.agency,
        agencyName: body.agencyName,
        dueDate: body.dueDate ?? null,
        receivedAt,
        submitterName: body.submitterName,
        submitterContact: body.submitterContact,
        submitterAddress: body.submitterAddress,
      });
      return c.json(await detail(actor, row.id, commune.path), 201);
    },
  );

  app.openapi(
    json200(
      '/api/v1/petitions',
      listQuery,
      'Danh sách kiến nghị trong phạm vi: lọc theo trạng thái, lĩnh vực, cơ quan, thôn, hội nghị, quá hạn (overdue=true), từ khóa (không dấu cũng được); phân trang.',
    ),
    async (c) => {
      const actor = actorOf(c);
      const q = c.req.valid('query') as z.infer<typeof listQuery>;
      const { rows, total } = await listPetitions(db, petitionReadRoots(actor), {
        ...q,
        overdue: q.overdue === 'true',
      });
      const paths = new Map<string, string>();
      const items = [];
      for (const r of rows) {
        const commune = paths.get(r.petition.communeId) ?? (await findUnit(db, r.petition.communeId))?.path ?? '';
        paths.set(r.petition.communeId, commune);
        items.push(
          presentPetition(r, canSeeSubmitter(actor, { id: r.petition.communeId, path: commune }, r.petition.unitPath)),
        );
      }
      return c.json({ items, total, page: q.page, pageSize: q.pageSize }, 200);
    },
  );

  app.openapi(
    json200(
      '/api/v1/petitions/summary',
      periodQuery,
      'Số kiến nghị tiếp nhận trong kỳ của một xã (trong phạm vi người xem): theo trạng thái, lĩnh vực, cơ quan; số đã trả lời, quá hạn.',
    ),
    async (c) => {
      const actor = actorOf(c);
      const q = c.req.valid('query') as z.infer<typeof periodQuery>;
      const commune = await communeOr404(actor, q.communeId);
      const period = periodOf(q);
      const figures = await petitionFiguresIn(db, commune.id, petitionReadRoots(actor), period.from, period.to);
      return c.json({ communeId: commune.id, ...period, ...figures }, 200);
    },
  );

  app.openapi(
    json200(
      '/api/v1/petitions/options',
      optionsQuery,
      'Thôn mà người dùng được ghi kiến nghị và các hội nghị của xã (cho biểu mẫu).',
    ),
    async (c) => {
      const actor = actorOf(c);
      const commune = await communeOr404(actor, (c.req.valid('query') as z.infer<typeof optionsQuery>).communeId);
      const villages = (await communeVillages(db, commune.id)).filter(
        (v) => canCreatePetition(actor, commune, v.path) || canReadPetitionAt(actor, v.path),
      );
      return c.json(
        {
          canCreate: canManagePetitions(actor, commune) || ledVillagePaths(actor, commune).length > 0,
          canManage: canManagePetitions(actor, commune),
          villages: villages.map((v) => ({
            id: v.id,
            name: v.name,
            canCreate: canCreatePetition(actor, commune, v.path),
          })),
          meetings: await communeMeetings(db, commune.id),
        },
        200,
      );
    },
  );

  // The synthesis before a People's Council session, as Word or PDF.
  for (const ext of ['docx', 'pdf'] as const) {
    app.get(`/api/v1/petitions/synthesis.${ext}`, async (c: Context<AppEnv>) => {
      const actor = actorOf(c);
      const parsed = periodQuery.safeParse(c.req.query());
      if (!parsed.success) throw invalid(fieldsOf(parsed.error.issues));
      const commune = await communeOr404(actor, parsed.data.communeId);
      const period = periodOf(parsed.data);
      const roots = petitionReadRoots(actor);
      const rows = await synthesisRows(db, commune.id, roots, period.from, period.to);
      const figures = await petitionFiguresIn(db, commune.id, roots, period.from, period.to);
      const doc = synthesisDocument(commune, rows, figures, {
        ...period,
        today: todayVn(),
        session: parsed.data.session,
        title: parsed.data.title,
      });
      const docx = await renderDocx(doc);
      const body =
        ext === 'docx'
          ? new Uint8Array(docx)
          : new Uint8Array(await docxToPdf(docx, { inputName: 'tong-hop-kien-nghi' }));
      return fileResponse(c, body, `tong-hop-kien-nghi-${period.from}-${period.to}.${ext}`);
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
      request: { body: jsonBody(periodQuery.and(z.object({ date: day('Ngày ban hành').optional() }))) },
      responses: { 201: jsonResponse(anyJson, 'Đã ban hành'), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const body = c.req.valid('json');
      const commune = await communeOr404(actor, body.communeId);
      if (!canManagePetitions(actor, commune))
        throw forbidden({ communeId: 'Chỉ Ban Thường trực xã ban hành báo cáo tổng hợp kiến nghị.' });
      const date = body.date ?? todayVn();
      if (date > todayVn()) throw invalid({ date: 'Ngày ban hành không được sau hôm nay.' });
      const period = periodOf(body);
      const roots = petitionReadRoots(actor);
      const rows = await synthesisRows(db, commune.id, roots, period.from, period.to);
      const figures = await petitionFiguresIn(db, commune.id, roots, period.from, period.to);
      const build = () =>
        synthesisDocument(commune, rows, figures, { ...period, today: date, session: body.session, title: body.title });
      const { entry } = await issueSynthesis(
        db,
        metaOf(actor, c.get('ip')),
        commune,
        date,
        build().subtitle ?? 'Tổng hợp ý kiến, kiến nghị của cử tri',
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
      responses: { 200: jsonResponse(anyJson), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const { petition, communePath } = await petitionOr404(actor, c.req.valid('param').id);
      return c.json(await detail(actor, petition.id, communePath), 200);
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
      responses: { 200: jsonResponse(anyJson), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const body = c.req.valid('json');
      const { petition, communePath } = await petitionOr404(actor, c.req.valid('param').id);
      if (!canTransitionPetition(actor, { id: petition.communeId, path: communePath }))
        throw forbidden({ to: 'Chỉ Ban Thường trực xã chuyển bước kiến nghị.' });
      const meeting = body.meetingId ? await findMeetingRow(db, body.meetingId) : null;
      if (body.meetingId && (!meeting || meeting.communeId !== petition.communeId))
        throw unknownReference('meetingId', 'Hội nghị');
      const date = body.date ?? (meeting && meeting.date <= todayVn() ? meeting.date : todayVn());
      await transitionPetition(db, metaOf(actor, c.get('ip')), petition, {
        to: body.to,
        date,
        note: body.note,
        document: body.document,
        answer: body.answer,
        answerPublic: body.answerPublic ?? true,
        dueDate: body.dueDate ?? null,
        meetingId: meeting?.id ?? null,
      });
      return c.json(await detail(actor, petition.id, communePath), 200);
    },
  );

  return app;
}
