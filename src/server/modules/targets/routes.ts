import { createRoute, z } from '@hono/zod-openapi';
import { uploadLimit } from '../../http/body-limit';
import { lazyForm } from '../../http/multipart';
import type { AppDeps } from '../../http/env';
import { commandContext } from '../../http/context';
import { actorOf, createRouter, errorResponses, idParam, jsonBody, jsonResponse, security } from '../../http/router';
import { assignTarget, assignTargetTable, changeTargetValue } from './commands/assign-targets';
import { importTargets } from './commands/import-targets';
import { defineIndicator, editIndicator } from './commands/save-indicator';
import { entriesRoutes } from './entries-routes';
import {
  assignedBy,
  checkPeriod,
  indicatorOut,
  indicatorRightsOut,
  overviewOut,
  period,
  progressOut,
  targetOut,
  wholeNumber,
} from './fields';
import { calendarDate, uuid } from '../../http/fields';
import { templateWorkbook } from './import-file';
import { fileResponse, XLSX_MIME as XLSX } from '../../http/files';
import { indicatorRightsAt, presentIndicatorFor, presentTargetFor } from './present';
import { overviewFor, progressFor } from './progress';
import { latestTargetYear, listIndicatorsVisibleTo, targetTemplate } from './queries';
import { findUnitVisibleTo } from '../units/lookup';
import { todayVn } from '../../../lib/dates';
import { roundsRoutes } from './rounds-routes';
import { aggregations } from './schema';
import { listIndicatorSources } from './sources';

const TAGS = ['Chỉ tiêu & kết quả'];

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
        ownerUnitId: uuid('đơn vị sở hữu'),
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
  request: { query: z.object({ unitId: uuid('đơn vị').optional() }) },
  responses: {
    200: jsonResponse(z.object({ items: z.array(indicatorOut), can: indicatorRightsOut.optional() })),
    ...errorResponses,
  },
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

const targetBase = z.object({ indicatorId: uuid('chỉ tiêu'), ...period, assignedBy });

const createTargetRoute = createRoute({
  method: 'post',
  path: '/api/v1/targets',
  tags: TAGS,
  security,
  request: {
    body: jsonBody(
      targetBase
        .extend({
          unitId: uuid('đơn vị'),
          organizationId: uuid('tổ chức').nullish(),
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
                unitId: uuid('đơn vị'),
                organizationId: uuid('tổ chức').nullish(),
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
  unitId: uuid('đơn vị'),
  from: calendarDate('Ngày bắt đầu'),
  to: calendarDate('Ngày kết thúc'),
  decimals: z.enum(['0', '2'], { message: 'decimals là 0 hoặc 2.' }).optional(),
});

const progressRoute = createRoute({
  method: 'get',
  path: '/api/v1/progress',
  tags: TAGS,
  security,
  description: 'Kết quả so với chỉ tiêu của một đơn vị trong khoảng ngày.',
  request: { query: progressQuery },
  responses: { 200: jsonResponse(progressOut), ...errorResponses },
});

const latestPeriodRoute = createRoute({
  method: 'get',
  path: '/api/v1/progress/latest-year',
  tags: TAGS,
  security,
  description:
    'Năm gần nhất (không sau năm nay) có chỉ tiêu của đơn vị hoặc đơn vị trực thuộc: trang theo dõi mở ở năm đó; ' +
    '`year` null khi chưa có chỉ tiêu nào.',
  request: { query: z.object({ unitId: uuid('đơn vị') }) },
  responses: { 200: jsonResponse(z.object({ year: z.number().nullable() })), ...errorResponses },
});

const overviewRoute = createRoute({
  method: 'get',
  path: '/api/v1/progress/overview',
  tags: TAGS,
  security,
  description: 'Bảng tổng hợp của tỉnh: các xã × các chỉ tiêu.',
  request: { query: progressQuery.omit({ decimals: true }) },
  responses: { 200: jsonResponse(overviewOut), ...errorResponses },
});

const templateRoute = createRoute({
  method: 'get',
  path: '/api/v1/targets/template.xlsx',
  tags: TAGS,
  security,
  description: 'Mẫu Excel liệt kê các đơn vị (và tổ chức) để điền cột "Chỉ tiêu" rồi tải lên.',
  request: { query: z.object({ indicatorId: uuid('chỉ tiêu'), unitId: uuid('đơn vị') }) },
  responses: {
    200: { description: 'Tệp Excel', content: { [XLSX]: { schema: z.string().openapi({ format: 'binary' }) } } },
    ...errorResponses,
  },
});

/** A filled-in target sheet: a few hundred rows of a workbook. */
const MAX_TARGET_SHEET_BYTES = 10 * 1024 * 1024;

const importRoute = createRoute({
  method: 'post',
  path: '/api/v1/targets/import',
  tags: TAGS,
  security,
  middleware: [uploadLimit(MAX_TARGET_SHEET_BYTES)] as const,
  description:
    'Giao chỉ tiêu từ mẫu Excel đã điền (multipart: file, indicatorId, from, to, assignedByUnitId hoặc ' +
    'assignedByBody). Lỗi nêu dòng của bảng tính (rows.<dòng>.<trường>); có dòng sai thì không giao dòng nào.',
  responses: {
    201: jsonResponse(z.object({ created: z.number(), items: z.array(targetOut) }), 'Đã giao'),
    ...errorResponses,
  },
});

export function targetsRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();

  app.openapi(createIndicatorRoute, async (c) => {
    const ctx = commandContext(c, db);
    return c.json(presentIndicatorFor(ctx.actor, await defineIndicator(ctx, c.req.valid('json'))), 201);
  });

  app.openapi(listIndicatorsRoute, async (c) => {
    const actor = actorOf(c);
    const { unit, rows } = await listIndicatorsVisibleTo(db, actor, c.req.valid('query').unitId);
    const items = rows.map((i) => presentIndicatorFor(actor, i));
    return c.json({ items, ...(unit && { can: indicatorRightsAt(actor, unit) }) }, 200);
  });

  app.openapi(patchIndicatorRoute, async (c) => {
    const ctx = commandContext(c, db);
    const ind = await editIndicator(ctx, { id: c.req.valid('param').id, ...c.req.valid('json') });
    return c.json(presentIndicatorFor(ctx.actor, ind), 200);
  });

  app.openapi(sourcesRoute, async (c) => {
    actorOf(c);
    const items = listIndicatorSources().map((s) => ({ key: s.key, label: s.label, params: s.params }));
    return c.json({ items }, 200);
  });

  app.openapi(createTargetRoute, async (c) => {
    const ctx = commandContext(c, db);
    return c.json(presentTargetFor(ctx.actor, await assignTarget(ctx, c.req.valid('json'))), 201);
  });

  app.openapi(bulkTargetsRoute, async (c) => {
    const ctx = commandContext(c, db);
    const written = await assignTargetTable(ctx, c.req.valid('json'), (i, f) => `rows.${i}.${f}`);
    return c.json({ items: written.map((t) => presentTargetFor(ctx.actor, t)) }, 201);
  });

  app.openapi(patchTargetRoute, async (c) => {
    const ctx = commandContext(c, db);
    const target = await changeTargetValue(ctx, { id: c.req.valid('param').id, value: c.req.valid('json').value });
    return c.json(presentTargetFor(ctx.actor, target), 200);
  });

  app.openapi(templateRoute, async (c) => {
    const { indicator, rows } = await targetTemplate(db, actorOf(c), c.req.valid('query'));
    return fileResponse(c, await templateWorkbook(indicator, rows), `giao-chi-tieu-${indicator.code}.xlsx`);
  });

  app.openapi(importRoute, async (c) => {
    const ctx = commandContext(c, db);
    const written = await importTargets(ctx, { form: lazyForm(c) });
    return c.json({ created: written.length, items: written.map((t) => presentTargetFor(ctx.actor, t)) }, 201);
  });

  app.openapi(progressRoute, async (c) => {
    return c.json(await progressFor(db, actorOf(c), c.req.valid('query')), 200);
  });

  app.openapi(latestPeriodRoute, async (c) => {
    const unit = await findUnitVisibleTo(db, actorOf(c), c.req.valid('query').unitId, 'unitId');
    return c.json({ year: await latestTargetYear(db, unit.path, todayVn()) }, 200);
  });

  app.openapi(overviewRoute, async (c) => {
    return c.json(await overviewFor(db, actorOf(c), c.req.valid('query')), 200);
  });

  app.route('/', entriesRoutes(deps));
  app.route('/', roundsRoutes(deps));
  return app;
}
