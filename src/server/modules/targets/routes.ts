import { createRoute, z } from '@hono/zod-openapi';
import { metaOf } from '../../core/actor';
import { forbidden, invalid, notFound } from '../../core/errors';
import type { AppDeps } from '../../http/env';
import { actorOf, createRouter, errorResponses, idParam, jsonBody, jsonResponse, security } from '../../http/router';
import { canReadUnit } from '../units/policy';
import { findUnit } from '../units/queries';
import { assignTargets, updateTargetValue } from './commands/assign-targets';
import { createIndicator, updateIndicator } from './commands/save-indicator';
import { entriesRoutes } from './entries-routes';
import { assignedBy, calendarDate, checkPeriod, period, uuidField, wholeNumber } from './fields';
import { canAssignTarget, canManageIndicators, canReadProgress } from './policy';
import { presentIndicator, presentTarget } from './present';
import { computeOverview, computeProgress } from './progress';
import { findTarget, listIndicators } from './queries';
import { readableIndicatorOr404, readableUnitOr404 } from './resolve';
import { roundsRoutes } from './rounds-routes';
import { aggregations } from './schema';
import { indicatorSource, listIndicatorSources } from './sources';
import { targetImportRoutes } from './import-routes';
import { validateTargets } from './validate-targets';

const TAGS = ['Chỉ tiêu & kết quả'];
const indicatorOut = z
  .object({
    id: z.string(),
    ownerUnitId: z.string(),
    communeId: z.string().nullable(),
    code: z.string(),
    name: z.string(),
    unitLabel: z.string(),
    aggregation: z.enum(aggregations),
    source: z.string(),
    sourceParams: z.record(z.string(), z.string()),
    active: z.boolean(),
  })
  .openapi('Indicator');
const targetOut = z
  .object({
    id: z.string(),
    indicatorId: z.string(),
    unitId: z.string(),
    organizationId: z.string().nullable(),
    from: z.string(),
    to: z.string(),
    value: z.number(),
    assignedBy: z.union([z.object({ unitId: z.string() }), z.object({ body: z.string() })]),
  })
  .openapi('Target');

const indicatorFields = {
  code: z
    .string()
    .trim()
    .min(1, 'Nhập mã chỉ tiêu.')
    .max(50, 'Mã chỉ tiêu tối đa 50 ký tự.')
    .regex(/^[\p{L}\p{N}._-]+$/u, 'Mã chỉ tiêu chỉ gồm chữ, số, dấu chấm, gạch ngang, gạch dưới.'),
  name: z.string().trim().min(1, 'Nhập tên chỉ tiêu.').max(300, 'Tên chỉ tiêu tối đa 300 ký tự.'),
  unitLabel: z.string().trim().min(1, 'Nhập đơn vị tính (đồng, người, hộ…).').max(50, 'Đơn vị tính tối đa 50 ký tự.'),
  source: z.string().max(100).optional(),
  sourceParams: z.record(z.string().max(50), z.string().max(200)).optional(),
};

const createIndicatorRoute = createRoute({
  method: 'post',
  path: '/api/v1/indicators',
  tags: TAGS,
  security,
  request: {
    body: jsonBody(
      z.object({
        ownerUnitId: uuidField('đơn vị sở hữu'),
        ...indicatorFields,
        aggregation: z.enum(aggregations, { message: 'Cách tổng hợp phải là sum, count hoặc ratio.' }),
      }),
    ),
  },
  responses: { 201: jsonResponse(indicatorOut, 'Đã tạo'), ...errorResponses },
});

const listIndicatorsRoute = createRoute({
  method: 'get',
  path: '/api/v1/indicators',
  tags: TAGS,
  security,
  request: { query: z.object({ unitId: uuidField('đơn vị').optional() }) },
  responses: { 200: jsonResponse(z.object({ items: z.array(indicatorOut) })), ...errorResponses },
});

const patchIndicatorRoute = createRoute({
  method: 'patch',
  path: '/api/v1/indicators/{id}',
  tags: TAGS,
  security,
  request: {
    params: idParam,
    body: jsonBody(
      z
        .object({
          code: indicatorFields.code.optional(),
          name: indicatorFields.name.optional(),
          unitLabel: indicatorFields.unitLabel.optional(),
          source: indicatorFields.source,
          sourceParams: indicatorFields.sourceParams,
          active: z.boolean({ message: 'active phải là true/false.' }).optional(),
        })
        .strict(),
    ),
  },
  responses: { 200: jsonResponse(indicatorOut), ...errorResponses },
});

const sourcesRoute = createRoute({
  method: 'get',
  path: '/api/v1/indicator-sources',
  tags: TAGS,
  security,
  responses: {
    200: jsonResponse(
      z.object({ items: z.array(z.object({ key: z.string(), label: z.string(), params: z.array(z.string()) })) }),
    ),
    ...errorResponses,
  },
});

const targetBase = z.object({ indicatorId: uuidField('chỉ tiêu'), ...period, assignedBy });

const createTargetRoute = createRoute({
  method: 'post',
  path: '/api/v1/targets',
  tags: TAGS,
  security,
  request: {
    body: jsonBody(
      targetBase
        .extend({
          unitId: uuidField('đơn vị'),
          organizationId: uuidField('tổ chức').nullish(),
          value: wholeNumber('Giá trị chỉ tiêu'),
        })
        .superRefine(checkPeriod),
    ),
  },
  responses: { 201: jsonResponse(targetOut, 'Đã giao'), ...errorResponses },
});

const bulkTargetsRoute = createRoute({
  method: 'post',
  path: '/api/v1/targets/bulk',
  tags: TAGS,
  security,
  description: 'Giao chỉ tiêu cho nhiều đơn vị trong một bảng: hoặc tất cả, hoặc không dòng nào.',
  request: {
    body: jsonBody(
      targetBase
        .extend({
          rows: z
            .array(
              z.object({
                unitId: uuidField('đơn vị'),
                organizationId: uuidField('tổ chức').nullish(),
                value: wholeNumber('Giá trị chỉ tiêu'),
              }),
            )
            .min(1, 'Bảng chỉ tiêu trống.')
            .max(5000, 'Tối đa 5.000 dòng mỗi lần.'),
        })
        .superRefine(checkPeriod),
    ),
  },
  responses: { 201: jsonResponse(z.object({ items: z.array(targetOut) }), 'Đã giao'), ...errorResponses },
});

const patchTargetRoute = createRoute({
  method: 'patch',
  path: '/api/v1/targets/{id}',
  tags: TAGS,
  security,
  request: { params: idParam, body: jsonBody(z.object({ value: wholeNumber('Giá trị chỉ tiêu') }).strict()) },
  responses: { 200: jsonResponse(targetOut), ...errorResponses },
});

const progressQuery = z.object({
  unitId: uuidField('đơn vị'),
  from: calendarDate('Ngày bắt đầu'),
  to: calendarDate('Ngày kết thúc'),
  decimals: z.enum(['0', '2'], { message: 'decimals là 0 hoặc 2.' }).optional(),
});

const progressRoute = createRoute({
  method: 'get',
  path: '/api/v1/progress',
  tags: TAGS,
  security,
  description: 'Kết quả so với chỉ tiêu của một đơn vị trong khoảng ngày (API.md).',
  request: { query: progressQuery },
  responses: {
    200: jsonResponse(
      z.object({
        unitId: z.string(),
        from: z.string(),
        to: z.string(),
        items: z.array(z.record(z.string(), z.unknown())),
      }),
    ),
    ...errorResponses,
  },
});

const overviewRoute = createRoute({
  method: 'get',
  path: '/api/v1/progress/overview',
  tags: TAGS,
  security,
  description: 'Bảng tổng hợp của tỉnh: các xã × các chỉ tiêu.',
  request: { query: progressQuery.omit({ decimals: true }) },
  responses: { 200: jsonResponse(z.record(z.string(), z.unknown())), ...errorResponses },
});

export function targetsRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();

  app.openapi(createIndicatorRoute, async (c) => {
    const actor = actorOf(c);
    const body = c.req.valid('json');
    const owner = await readableUnitOr404(db, actor, body.ownerUnitId, 'ownerUnitId');
    if (owner.level === 'village')
      throw invalid({ ownerUnitId: 'Chỉ tiêu thuộc về tỉnh, huyện hoặc xã, không thuộc thôn.' });
    if (body.source && body.source !== 'manual' && !indicatorSource(body.source))
      throw invalid({ source: 'Nguồn số liệu không có trong hệ thống.' });
    if (!canManageIndicators(actor, owner))
      throw forbidden({ ownerUnitId: 'Bạn không được tạo chỉ tiêu cho đơn vị này.' });
    const ind = await createIndicator(db, metaOf(actor, c.get('ip')), owner, body);
    return c.json(presentIndicator(ind), 201);
  });

  app.openapi(listIndicatorsRoute, async (c) => {
    const actor = actorOf(c);
    const { unitId } = c.req.valid('query');
    const unit = unitId ? await readableUnitOr404(db, actor, unitId, 'unitId') : null;
    return c.json({ items: (await listIndicators(db, actor, unit?.path)).map(presentIndicator) }, 200);
  });

  app.openapi(patchIndicatorRoute, async (c) => {
    const actor = actorOf(c);
    const body = c.req.valid('json');
    const ind = await readableIndicatorOr404(db, actor, c.req.valid('param').id, 'id');
    const owner = await findUnit(db, ind.ownerUnitId);
    if (!owner || !canManageIndicators(actor, owner)) throw forbidden();
    if (body.source && body.source !== 'manual' && !indicatorSource(body.source))
      throw invalid({ source: 'Nguồn số liệu không có trong hệ thống.' });
    return c.json(presentIndicator(await updateIndicator(db, metaOf(actor, c.get('ip')), ind, body)), 200);
  });

  app.openapi(sourcesRoute, async (c) => {
    actorOf(c);
    return c.json(
      { items: listIndicatorSources().map((s) => ({ key: s.key, label: s.label, params: s.params })) },
      200,
    );
  });

  app.openapi(createTargetRoute, async (c) => {
    const actor = actorOf(c);
    const body = c.req.valid('json');
    const input = await validateTargets(
      db,
      actor,
      { ...body, rows: [{ unitId: body.unitId, organizationId: body.organizationId, value: body.value }] },
      (_i, f) => f,
    );
    const [target] = await assignTargets(db, metaOf(actor, c.get('ip')), input);
    if (!target) throw new Error('no target written');
    return c.json(presentTarget(target), 201);
  });

  app.openapi(bulkTargetsRoute, async (c) => {
    const actor = actorOf(c);
    const body = c.req.valid('json');
    const input = await validateTargets(db, actor, body, (i, f) => `rows.${i}.${f}`);
    const written = await assignTargets(db, metaOf(actor, c.get('ip')), input);
    return c.json({ items: written.map(presentTarget) }, 201);
  });

  app.openapi(patchTargetRoute, async (c) => {
    const actor = actorOf(c);
    const target = await findTarget(db, c.req.valid('param').id);
    const unit = target ? await findUnit(db, target.unitId) : null;
    if (!target || !unit || !canReadUnit(actor, unit)) throw notFound('Chỉ tiêu được giao');
    if (!canAssignTarget(actor, unit)) throw forbidden();
    return c.json(
      presentTarget(await updateTargetValue(db, metaOf(actor, c.get('ip')), target, c.req.valid('json').value)),
      200,
    );
  });

  app.openapi(progressRoute, async (c) => {
    const actor = actorOf(c);
    const q = c.req.valid('query');
    if (q.from > q.to) throw invalid({ to: 'Ngày kết thúc phải sau ngày bắt đầu.' });
    const unit = await readableUnitOr404(db, actor, q.unitId, 'unitId');
    if (!canReadProgress(actor, unit)) throw forbidden();
    return c.json(await computeProgress(db, unit, q, q.decimals === '2' ? 2 : 0), 200);
  });

  app.openapi(overviewRoute, async (c) => {
    const actor = actorOf(c);
    const q = c.req.valid('query');
    if (q.from > q.to) throw invalid({ to: 'Ngày kết thúc phải sau ngày bắt đầu.' });
    const unit = await readableUnitOr404(db, actor, q.unitId, 'unitId');
    if (!canReadProgress(actor, unit)) throw forbidden();
    return c.json(await computeOverview(db, unit, q), 200);
  });

  app.route('/', entriesRoutes(deps));
  app.route('/', roundsRoutes(deps));
  app.route('/', targetImportRoutes(deps));
  return app;
}
