import { createRoute, z } from '@hono/zod-openapi';
import { commandContext } from '../../http/context';
import type { AppDeps } from '../../http/env';
import { calendarDate } from '../../http/fields';
import { actorOf, createRouter, errorResponses, idParam, jsonBody, jsonResponse, security } from '../../http/router';
import { addOfficialPredecessors } from './commands/add-official-predecessors';
import { createProvinceFromOfficial } from './commands/create-province-from-official';
import { recordSuccession } from './commands/record-succession';
import { unitOut } from './fields';
import {
  officialCommunes,
  officialPredecessors,
  officialProvince,
  officialProvinces,
  REORGANISATION_LAST_DAY,
} from './official';
import { presentUnitFor } from './present';

/** The official map (34 provinces, 3,321 communes since 1/7/2025), onboarding from it, and merged units as history. */
const provinceCode = z.string().regex(/^\d{2}$/, 'Mã tỉnh gồm 2 chữ số (ví dụ 08).');

const officialUnitOut = z
  .object({
    code: z.string(),
    name: z.string(),
    kind: z.string(),
    level: z.enum(['province', 'commune']),
    provinceCode: z.string(),
  })
  .openapi('OfficialUnit');

const listOfficialRoute = createRoute({
  method: 'get',
  path: '/api/v1/official-units',
  tags: ['Đơn vị'],
  security,
  request: {
    query: z.object({
      provinceCode: provinceCode
        .optional()
        .openapi({ description: 'Bỏ trống: 34 tỉnh, thành phố; có: các xã, phường của tỉnh' }),
    }),
  },
  responses: { 200: jsonResponse(z.object({ items: z.array(officialUnitOut) })), ...errorResponses },
});

const predecessorsRoute = createRoute({
  method: 'get',
  path: '/api/v1/official-units/{code}/predecessors',
  tags: ['Đơn vị'],
  security,
  request: { params: z.object({ code: z.string().regex(/^\d{5}$/, 'Mã xã, phường gồm 5 chữ số.') }) },
  responses: {
    200: jsonResponse(
      z.object({
        items: z.array(
          z.object({ oldCode: z.string(), oldName: z.string(), oldDistrict: z.string(), oldProvince: z.string() }),
        ),
      }),
    ),
    ...errorResponses,
  },
});

const fromOfficialRoute = createRoute({
  method: 'post',
  path: '/api/v1/units/from-official',
  tags: ['Đơn vị'],
  security,
  request: { body: jsonBody(z.object({ provinceCode }).strict()) },
  responses: {
    201: jsonResponse(
      z.object({ province: unitOut, communes: z.number().int(), created: z.number().int(), coded: z.number().int() }),
      'Tỉnh và toàn bộ xã, phường theo danh mục chính thức',
    ),
    ...errorResponses,
  },
});

const successionRoute = createRoute({
  method: 'post',
  path: '/api/v1/units/{id}/succession',
  tags: ['Đơn vị'],
  security,
  request: {
    params: idParam,
    body: jsonBody(
      z
        .object({
          successorId: z.uuid('Mã đơn vị kế thừa không hợp lệ.'),
          endedOn: calendarDate('Ngày kết thúc').default(REORGANISATION_LAST_DAY),
        })
        .strict(),
    ),
  },
  responses: { 200: jsonResponse(unitOut), ...errorResponses },
});

const addPredecessorsRoute = createRoute({
  method: 'post',
  path: '/api/v1/units/{id}/official-predecessors',
  tags: ['Đơn vị'],
  security,
  request: { params: idParam },
  responses: {
    201: jsonResponse(z.object({ items: z.array(unitOut) }), 'Các đơn vị cũ đã ghi làm lịch sử'),
    ...errorResponses,
  },
});

export function officialRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();

  app.openapi(listOfficialRoute, async (c) => {
    actorOf(c);
    const { provinceCode: code } = c.req.valid('query');
    if (code && !officialProvince(code)) return c.json({ items: [] }, 200);
    return c.json({ items: code ? officialCommunes(code) : officialProvinces() }, 200);
  });

  app.openapi(predecessorsRoute, async (c) => {
    actorOf(c);
    return c.json({ items: officialPredecessors(c.req.valid('param').code) }, 200);
  });

  app.openapi(fromOfficialRoute, async (c) => {
    const ctx = commandContext(c, db);
    const { province, ...counts } = await createProvinceFromOfficial(ctx, c.req.valid('json').provinceCode);
    return c.json({ province: presentUnitFor(ctx.actor, province), ...counts }, 201);
  });

  app.openapi(successionRoute, async (c) => {
    const ctx = commandContext(c, db);
    const unit = await recordSuccession(ctx, { id: c.req.valid('param').id, ...c.req.valid('json') });
    return c.json(presentUnitFor(ctx.actor, unit), 200);
  });

  app.openapi(addPredecessorsRoute, async (c) => {
    const ctx = commandContext(c, db);
    const added = await addOfficialPredecessors(ctx, c.req.valid('param').id);
    return c.json({ items: added.map((u) => presentUnitFor(ctx.actor, u)) }, 201);
  });

  return app;
}
