import { createRoute, z } from '@hono/zod-openapi';
import { todayVn } from '../../../lib/dates';
import { metaOf } from '../../core/actor';
import { forbidden, invalid, notFound, unknownReference } from '../../core/errors';
import { canReadCommune, isAdmin, memberCommuneIds } from '../../core/scope';
import type { AppDeps } from '../../http/env';
import { actorOf, createRouter, errorResponses, idParam, jsonBody, jsonResponse, security } from '../../http/router';
import { findOrganization, findUnit } from '../units/queries';
import { openRound, reopenAssignment, submitAssignment } from './commands/manage-round';
import { calendarDate, checkPeriod, uuidField } from './fields';
import { canEnterResult, canManageRounds, indicatorAppliesTo } from './policy';
import {
  assignmentsOfRound,
  entriesOfAssignment,
  findAssignment,
  findIndicator,
  findRound,
  listRounds,
} from './queries';
import { readableUnitOr404 } from './resolve';
import { assignmentStatus, reminderText } from './rounds';

const TAGS = ['Kỳ báo cáo'];
const roundOut = z
  .object({
    id: z.string(),
    communeId: z.string(),
    title: z.string(),
    from: z.string(),
    to: z.string(),
    dueDate: z.string(),
  })
  .openapi('ReportingRound');

const openRoundRoute = createRoute({
  method: 'post',
  path: '/api/v1/rounds',
  tags: TAGS,
  security,
  request: {
    body: jsonBody(
      z
        .object({
          communeId: uuidField('xã'),
          title: z.string().trim().min(1, 'Nhập tên kỳ báo cáo.').max(200, 'Tên kỳ báo cáo tối đa 200 ký tự.'),
          from: calendarDate('Ngày bắt đầu'),
          to: calendarDate('Ngày kết thúc'),
          dueDate: calendarDate('Hạn nộp'),
          assignments: z
            .array(
              z.object({
                unitId: uuidField('đơn vị'),
                organizationId: uuidField('tổ chức').nullish(),
                indicatorIds: z.array(uuidField('chỉ tiêu')).min(1, 'Chọn ít nhất một chỉ tiêu.').max(100),
              }),
            )
            .min(1, 'Chọn ít nhất một thôn hoặc tổ chức phải báo cáo.')
            .max(500),
        })
        .superRefine(checkPeriod),
    ),
  },
  responses: { 201: jsonResponse(roundOut, 'Đã mở kỳ báo cáo'), ...errorResponses },
});

const listRoundsRoute = createRoute({
  method: 'get',
  path: '/api/v1/rounds',
  tags: TAGS,
  security,
  request: { query: z.object({ communeId: uuidField('xã').optional() }) },
  responses: { 200: jsonResponse(z.object({ items: z.array(roundOut) })), ...errorResponses },
});

const boardRoute = createRoute({
  method: 'get',
  path: '/api/v1/rounds/{id}/board',
  tags: TAGS,
  security,
  description: 'Ai đã nộp, ai chậm, và tin nhắn nhắc để dán vào Zalo.',
  request: { params: idParam },
  responses: { 200: jsonResponse(z.record(z.string(), z.unknown())), ...errorResponses },
});

const assignmentAction = (action: 'submit' | 'reopen') =>
  createRoute({
    method: 'post',
    path: `/api/v1/round-assignments/{id}/${action}`,
    tags: TAGS,
    security,
    request: { params: idParam },
    responses: { 200: jsonResponse(z.object({ id: z.string(), submitted: z.boolean() })), ...errorResponses },
  });

export function roundsRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();

  app.openapi(openRoundRoute, async (c) => {
    const actor = actorOf(c);
    const body = c.req.valid('json');
    const commune = await readableUnitOr404(db, actor, body.communeId, 'communeId');
    if (commune.level !== 'commune') throw invalid({ communeId: 'Kỳ báo cáo mở ở cấp xã.' });
    if (!canManageRounds(actor, commune)) throw forbidden({ communeId: 'Bạn không được mở kỳ báo cáo cho xã này.' });
    if (body.dueDate < body.from) throw invalid({ dueDate: 'Hạn nộp phải sau ngày bắt đầu kỳ.' });
    const bad: Record<string, string> = {};
    const assignments = [];
    for (const [i, a] of body.assignments.entries()) {
      const unit = await findUnit(db, a.unitId);
      if (!unit || unit.communeId !== commune.id) {
        bad[`assignments.${i}.unitId`] = 'Đơn vị phải là xã này hoặc một thôn của xã.';
        continue;
      }
      let organizationId: string | null = null;
      if (a.organizationId) {
        const org = await findOrganization(db, a.organizationId);
        if (!org || org.org.communeId !== commune.id) {
          bad[`assignments.${i}.organizationId`] = 'Tổ chức không thuộc xã này.';
          continue;
        }
        organizationId = org.org.id;
      }
      for (const [j, id] of a.indicatorIds.entries()) {
        const ind = await findIndicator(db, id);
        if (!ind || !indicatorAppliesTo(ind, unit))
          bad[`assignments.${i}.indicatorIds.${j}`] = 'Chỉ tiêu không áp dụng cho đơn vị này.';
      }
      assignments.push({ unit, organizationId, indicatorIds: [...new Set(a.indicatorIds)] });
    }
    if (Object.keys(bad).length) throw invalid(bad);
    const round = await openRound(db, metaOf(actor, c.get('ip')), commune, { ...body, assignments });
    return c.json(
      {
        id: round.id,
        communeId: round.communeId,
        title: round.title,
        from: round.periodFrom,
        to: round.periodTo,
        dueDate: round.dueDate,
      },
      201,
    );
  });

  app.openapi(listRoundsRoute, async (c) => {
    const actor = actorOf(c);
    const { communeId } = c.req.valid('query');
    // Without a commune: the rounds of the communes the caller works in (upper units pass communeId).
    const communes = communeId
      ? [(await readableUnitOr404(db, actor, communeId, 'communeId')).id]
      : isAdmin(actor)
        ? 'all'
        : memberCommuneIds(actor);
    const rows = await listRounds(db, communes);
    return c.json(
      {
        items: rows.map((r) => ({
          id: r.id,
          communeId: r.communeId,
          title: r.title,
          from: r.periodFrom,
          to: r.periodTo,
          dueDate: r.dueDate,
        })),
      },
      200,
    );
  });

  async function readableRound(actor: ReturnType<typeof actorOf>, id: string) {
    const round = await findRound(db, id);
    const commune = round ? await findUnit(db, round.communeId) : null;
    if (!round || !commune || !canReadCommune(actor, commune)) throw notFound('Kỳ báo cáo');
    return { round, commune };
  }

  app.openapi(boardRoute, async (c) => {
    const actor = actorOf(c);
    const { round, commune } = await readableRound(actor, c.req.valid('param').id);
    const today = todayVn();
    const rows = await assignmentsOfRound(db, round.id);
    const items = [];
    for (const r of rows) {
      const counts = await entriesOfAssignment(db, r.a.id);
      items.push({
        assignmentId: r.a.id,
        unitId: r.a.unitId,
        unitName: r.unitName,
        unitKind: r.unitKind,
        organizationId: r.a.organizationId,
        organizationName: r.organizationName,
        indicatorIds: r.a.indicatorIds,
        reportedIndicators: counts.map((x) => x.indicatorId),
        status: assignmentStatus(r.a, round.dueDate, today),
        submittedAt: r.a.submittedAt?.toISOString() ?? null,
        reopenedCount: r.a.reopenedCount,
      });
    }
    const missing = rows
      .filter((r) => !r.a.submittedAt)
      .map((r) => ({ kind: r.unitKind, name: r.unitName, organizationName: r.organizationName }));
    return c.json(
      {
        round: {
          id: round.id,
          communeId: commune.id,
          title: round.title,
          from: round.periodFrom,
          to: round.periodTo,
          dueDate: round.dueDate,
        },
        summary: {
          submitted: items.filter((i) => i.status === 'submitted').length,
          late: items.filter((i) => i.status === 'late').length,
          pending: items.filter((i) => i.status === 'pending').length,
        },
        items,
        reminder: reminderText(round, missing),
      },
      200,
    );
  });

  for (const action of ['submit', 'reopen'] as const) {
    app.openapi(assignmentAction(action), async (c) => {
      const actor = actorOf(c);
      const a = await findAssignment(db, c.req.valid('param').id);
      const unit = a ? await findUnit(db, a.unitId) : null;
      const commune = a ? await findUnit(db, a.communeId) : null;
      if (!a || !unit || !commune || !canReadCommune(actor, commune)) throw unknownReference('id', 'Phần báo cáo');
      const allowed =
        action === 'submit' ? canEnterResult(actor, unit, a.organizationId) : canManageRounds(actor, commune);
      if (!allowed) throw forbidden();
      const meta = metaOf(actor, c.get('ip'));
      const row =
        action === 'submit'
          ? await submitAssignment(db, meta, a, unit.path)
          : await reopenAssignment(db, meta, a, unit.path);
      return c.json({ id: row.id, submitted: row.submittedAt !== null }, 200);
    });
  }

  return app;
}
