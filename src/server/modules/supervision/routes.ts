import { createRoute, z } from '@hono/zod-openapi';
import { todayVn } from '../../../lib/dates';
import { metaOf } from '../../core/actor';
import { forbidden, invalid, unknownReference } from '../../core/errors';
import type { AppDeps } from '../../http/env';
import { actorOf, createRouter, errorResponses, idParam, jsonBody, jsonResponse, security } from '../../http/router';
import { findUnit } from '../units/queries';
import { supervisionOr404 } from './access';
import { createSupervision } from './commands/create-supervision';
import { updateSupervision, type SupervisionPatch } from './commands/update-supervision';
import { day, kind, optionalText, requiredText, status, team, uuid } from './fields';
import { supervisionFigures } from './figures';
import { canManageSupervision, canReadSupervision } from './policy';
import { presentRecommendation, presentSupervision } from './present';
import { listSupervisions, recommendationCounts, recommendationsOf, registerEntries } from './queries';
import { supervisionDocumentRoutes } from './routes-documents';
import { recommendationRoutes } from './routes-recommendations';

export const TAGS = ['Giám sát, phản biện xã hội'];
const anyJson = z.record(z.string(), z.unknown());
const END_BEFORE_START = 'Ngày kết thúc không được trước ngày bắt đầu.';

const createBody = z
  .object({
    communeId: uuid('xã'),
    kind: kind.default('supervision'),
    subject: requiredText('nội dung giám sát (subject)', 500),
    target: optionalText('Đối tượng giám sát', 300),
    content: optionalText('Nội dung chi tiết', 5000),
    team: team.default([]),
    startDate: day('Ngày bắt đầu'),
    endDate: day('Ngày kết thúc'),
  })
  .superRefine((v, ctx) => {
    if (v.endDate < v.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: END_BEFORE_START });
  });

const patchBody = z
  .object({
    kind: kind.optional(),
    subject: requiredText('nội dung giám sát (subject)', 500).optional(),
    target: optionalText('Đối tượng giám sát', 300),
    content: optionalText('Nội dung chi tiết', 5000),
    team: team.optional(),
    startDate: day('Ngày bắt đầu').optional(),
    endDate: day('Ngày kết thúc').optional(),
    status: status.optional(),
    findings: optionalText('Kết quả giám sát (findings)', 20000),
  })
  .superRefine((v, ctx) => {
    if (v.startDate && v.endDate && v.endDate < v.startDate)
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: END_BEFORE_START });
    if (Object.values(v).every((x) => x === undefined))
      ctx.addIssue({ code: 'custom', path: ['_'], message: 'Không có trường nào để sửa.' });
  });

const listQuery = z.object({
  communeId: uuid('xã').optional(),
  kind: kind.optional(),
  status: status.optional(),
  from: day('Từ ngày').optional(),
  to: day('Đến ngày').optional(),
});

const summaryQuery = z
  .object({ communeId: uuid('xã'), from: day('Từ ngày').optional(), to: day('Đến ngày').optional() })
  .superRefine((v, ctx) => {
    if (v.from && v.to && v.to < v.from)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'Đến ngày không được trước từ ngày.' });
  });

/** Empty strings clear optional text; undefined leaves it. */
const orNull = (v: string | null | undefined) => (v === undefined ? undefined : v?.trim() || null);

export function supervisionRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/supervisions',
      tags: TAGS,
      security,
      description:
        'Lập kế hoạch giám sát hoặc phản biện xã hội (Ban Thường trực xã): nội dung, đối tượng, thành phần đoàn, thời gian.',
      request: { body: jsonBody(createBody) },
      responses: { 201: jsonResponse(anyJson, 'Đã lập'), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const body = c.req.valid('json');
      const commune = await findUnit(db, body.communeId);
      if (commune?.level !== 'commune' || !canReadSupervision(actor, commune))
        throw unknownReference('communeId', 'Xã');
      if (!canManageSupervision(actor, commune))
        throw forbidden({ communeId: 'Chỉ Ban Thường trực xã lập kế hoạch giám sát, phản biện.' });
      const row = await createSupervision(db, metaOf(actor, c.get('ip')), commune, {
        kind: body.kind,
        subject: body.subject,
        target: body.target?.trim() || null,
        content: body.content?.trim() || null,
        team: body.team.map((m) => ({ name: m.name, title: m.title?.trim() || null })),
        startDate: body.startDate,
        endDate: body.endDate,
      });
      return c.json(presentSupervision(row, { canManage: true, communeName: commune.name }), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/supervisions',
      tags: TAGS,
      security,
      request: { query: listQuery },
      responses: { 200: jsonResponse(anyJson), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const rows = await listSupervisions(db, actor, c.req.valid('query'));
      const today = todayVn();
      const counts = await recommendationCounts(
        db,
        rows.map((r) => r.supervision.id),
        today,
      );
      const docs = await registerEntries(
        db,
        rows.flatMap((r) => [r.supervision.planDocId, r.supervision.reportDocId]),
      );
      const items = rows.map((r) =>
        presentSupervision(r.supervision, {
          counts: counts.get(r.supervision.id),
          planDoc: r.supervision.planDocId ? docs.get(r.supervision.planDocId) : undefined,
          reportDoc: r.supervision.reportDocId ? docs.get(r.supervision.reportDocId) : undefined,
          canManage: canManageSupervision(actor, { id: r.supervision.communeId, path: r.communePath }),
          communeName: r.communeName,
        }),
      );
      return c.json({ items }, 200);
    },
  );

  // Before /{id}, so "summary" is not taken for an id.
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/supervisions/summary',
      tags: TAGS,
      security,
      description:
        'Số liệu cho báo cáo sơ kết, tổng kết: số cuộc giám sát, phản biện theo loại và trạng thái; kiến nghị đã nêu, đã được trả lời, quá hạn; danh sách để trích dẫn. Mặc định cả năm hiện tại.',
      request: { query: summaryQuery },
      responses: { 200: jsonResponse(anyJson), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const q = c.req.valid('query');
      const commune = await findUnit(db, q.communeId);
      if (commune?.level !== 'commune' || !canReadSupervision(actor, commune))
        throw unknownReference('communeId', 'Xã');
      const today = todayVn();
      const year = today.slice(0, 4);
      const from = q.from ?? `${year}-01-01`;
      const to = q.to ?? `${year}-12-31`;
      if (to < from) throw invalid({ to: 'Đến ngày không được trước từ ngày.' });
      return c.json({ communeId: commune.id, ...(await supervisionFigures(db, commune.path, from, to, today)) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/supervisions/{id}',
      tags: TAGS,
      security,
      request: { params: idParam },
      responses: { 200: jsonResponse(anyJson), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const { supervision: s, commune, canManage } = await supervisionOr404(db, actor, c.req.valid('param').id);
      const today = todayVn();
      const recs = await recommendationsOf(db, s.id);
      const docs = await registerEntries(db, [s.planDocId, s.reportDocId]);
      const counts = (await recommendationCounts(db, [s.id], today)).get(s.id);
      return c.json(
        {
          ...presentSupervision(s, {
            counts,
            planDoc: s.planDocId ? docs.get(s.planDocId) : undefined,
            reportDoc: s.reportDocId ? docs.get(s.reportDocId) : undefined,
            canManage,
            communeName: commune.name,
          }),
          recommendationList: recs.map((r) => presentRecommendation(r.recommendation, today, r.history)),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/v1/supervisions/{id}',
      tags: TAGS,
      security,
      description:
        'Sửa kế hoạch, ghi kết quả (findings), chuyển trạng thái lần lượt planned → in_progress → concluded (sai thứ tự: 409; kết thúc khi chưa có kết quả: 422).',
      request: { params: idParam, body: jsonBody(patchBody) },
      responses: { 200: jsonResponse(anyJson), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const body = c.req.valid('json');
      const { supervision: s, commune, canManage } = await supervisionOr404(db, actor, c.req.valid('param').id);
      if (!canManage) throw forbidden();
      const patch: SupervisionPatch = {
        ...(body.kind !== undefined && { kind: body.kind }),
        ...(body.subject !== undefined && { subject: body.subject }),
        ...(body.target !== undefined && { target: orNull(body.target) }),
        ...(body.content !== undefined && { content: orNull(body.content) }),
        ...(body.team !== undefined && {
          team: body.team.map((m) => ({ name: m.name, title: m.title?.trim() || null })),
        }),
        ...(body.startDate !== undefined && { startDate: body.startDate }),
        ...(body.endDate !== undefined && { endDate: body.endDate }),
        ...(body.status !== undefined && { status: body.status }),
        ...(body.findings !== undefined && { findings: orNull(body.findings) }),
      };
      const row = await updateSupervision(db, metaOf(actor, c.get('ip')), s.id, patch);
      const today = todayVn();
      const counts = (await recommendationCounts(db, [row.id], today)).get(row.id);
      const docs = await registerEntries(db, [row.planDocId, row.reportDocId]);
      return c.json(
        presentSupervision(row, {
          counts,
          planDoc: row.planDocId ? docs.get(row.planDocId) : undefined,
          reportDoc: row.reportDocId ? docs.get(row.reportDocId) : undefined,
          canManage,
          communeName: commune.name,
        }),
        200,
      );
    },
  );

  app.route('/', recommendationRoutes(deps));
  app.route('/', supervisionDocumentRoutes(deps));
  return app;
}
