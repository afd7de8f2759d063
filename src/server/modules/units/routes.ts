import { createRoute, z } from '@hono/zod-openapi';
import type { AppDeps } from '../../http/env';
import { commandContext } from '../../http/context';
import { actorOf, createRouter, errorResponses, idParam, jsonBody, jsonResponse, security } from '../../http/router';
import { addChildren } from './commands/add-children';
import { addUnit } from './commands/create-unit';
import { addOrganization, editOrganization } from './commands/save-organization';
import { editUnit } from './commands/update-unit';
import { childrenBody, kind, name, orgOut, settings, unitOut } from './fields';
import { findOrganizationVisibleTo, findUnitVisibleTo } from './lookup';
import { presentOrganizationFor, presentUnitFor } from './present';
import { listOrganizations, listUnits } from './queries';
import { unitLevels } from './schema';

const createUnitRoute = createRoute({
  method: 'post',
  path: '/api/v1/units',
  tags: ['Đơn vị'],
  security,
  request: {
    body: jsonBody(
      z.object({
        level: z.enum(unitLevels, { message: 'Cấp phải là national, province, district, commune hoặc village.' }),
        name: name('đơn vị'),
        parentId: z.uuid('Mã đơn vị cấp trên không hợp lệ.').nullable(),
        kind: kind.optional(),
        settings: settings.optional(),
      }),
    ),
  },
  responses: { 201: jsonResponse(unitOut, 'Đã tạo'), ...errorResponses },
});

const addChildrenRoute = createRoute({
  method: 'post',
  path: '/api/v1/units/{id}/children',
  tags: ['Đơn vị'],
  security,
  description:
    'Thêm nhiều đơn vị trực thuộc một lần (các thôn, tổ dân phố của một xã): cấp là cấp dưới của đơn vị cha, loại ' +
    'theo danh mục của cấp đó. Tất cả hoặc không: 422 nêu từng dòng `items.N.name` (tên trống, trùng trong danh ' +
    'sách hoặc với đơn vị đã có) và `items.N.kind` (loại không dùng cho cấp này). Mỗi đơn vị một dòng nhật ký.',
  request: { params: idParam, body: jsonBody(childrenBody) },
  responses: { 201: jsonResponse(z.object({ items: z.array(unitOut) }), 'Đã tạo'), ...errorResponses },
});

const listUnitsRoute = createRoute({
  method: 'get',
  path: '/api/v1/units',
  tags: ['Đơn vị'],
  security,
  request: {
    query: z.object({
      parentId: z
        .union([z.literal(''), z.literal('null'), z.uuid('Mã đơn vị cấp trên không hợp lệ.')])
        .optional()
        .openapi({ description: 'Bỏ trống: các đơn vị gốc; bỏ hẳn tham số: mọi đơn vị trong phạm vi' }),
      code: z
        .string()
        .regex(/^\d{2}(\d{3})?$/, 'Mã chính thức gồm 2 chữ số (tỉnh) hoặc 5 chữ số (xã, phường).')
        .optional()
        .openapi({ description: 'Mã chính thức: các đơn vị mang mã này (kể cả đơn vị đã sáp nhập)' }),
      ended: z
        .enum(['exclude', 'include', 'only'], { message: 'ended là exclude, include hoặc only.' })
        .optional()
        .openapi({ description: 'Đơn vị đã sáp nhập (kết thúc): mặc định không kèm' }),
    }),
  },
  responses: { 200: jsonResponse(z.object({ items: z.array(unitOut) })), ...errorResponses },
});

const getUnitRoute = createRoute({
  method: 'get',
  path: '/api/v1/units/{id}',
  tags: ['Đơn vị'],
  security,
  request: { params: idParam },
  responses: { 200: jsonResponse(unitOut), ...errorResponses },
});

const patchUnitRoute = createRoute({
  method: 'patch',
  path: '/api/v1/units/{id}',
  tags: ['Đơn vị'],
  security,
  request: {
    params: idParam,
    body: jsonBody(
      z.object({ name: name('đơn vị').optional(), kind: kind.optional(), settings: settings.optional() }).strict(),
    ),
  },
  responses: { 200: jsonResponse(unitOut), ...errorResponses },
});

const createOrgRoute = createRoute({
  method: 'post',
  path: '/api/v1/organizations',
  tags: ['Tổ chức thành viên'],
  security,
  request: {
    body: jsonBody(
      z.object({
        communeId: z.uuid('Mã xã không hợp lệ.'),
        name: name('tổ chức'),
        shortName: z.string().trim().min(1, 'Nhập tên viết tắt.').max(50, 'Tên viết tắt quá dài (tối đa 50 ký tự).'),
      }),
    ),
  },
  responses: { 201: jsonResponse(orgOut, 'Đã tạo'), ...errorResponses },
});

const listOrgsRoute = createRoute({
  method: 'get',
  path: '/api/v1/organizations',
  tags: ['Tổ chức thành viên'],
  security,
  request: { query: z.object({ communeId: z.uuid('Mã xã không hợp lệ.').optional() }) },
  responses: { 200: jsonResponse(z.object({ items: z.array(orgOut) })), ...errorResponses },
});

const getOrgRoute = createRoute({
  method: 'get',
  path: '/api/v1/organizations/{id}',
  tags: ['Tổ chức thành viên'],
  security,
  request: { params: idParam },
  responses: { 200: jsonResponse(orgOut), ...errorResponses },
});

const patchOrgRoute = createRoute({
  method: 'patch',
  path: '/api/v1/organizations/{id}',
  tags: ['Tổ chức thành viên'],
  security,
  request: {
    params: idParam,
    body: jsonBody(
      z
        .object({
          name: name('tổ chức').optional(),
          shortName: z.string().trim().min(1, 'Nhập tên viết tắt.').max(50, 'Tên viết tắt quá dài.').optional(),
          active: z.boolean().optional(),
        })
        .strict(),
    ),
  },
  responses: { 200: jsonResponse(orgOut), ...errorResponses },
});

export function unitsRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();

  app.openapi(createUnitRoute, async (c) => {
    const ctx = commandContext(c, db);
    return c.json(presentUnitFor(ctx.actor, await addUnit(ctx, c.req.valid('json'))), 201);
  });

  app.openapi(addChildrenRoute, async (c) => {
    const ctx = commandContext(c, db);
    const created = await addChildren(ctx, { parentId: c.req.valid('param').id, ...c.req.valid('json') });
    return c.json({ items: created.map((u) => presentUnitFor(ctx.actor, u)) }, 201);
  });

  app.openapi(listUnitsRoute, async (c) => {
    const actor = actorOf(c);
    const { parentId, code, ended } = c.req.valid('query');
    const parent = parentId === undefined ? undefined : parentId === '' || parentId === 'null' ? null : parentId;
    const rows = await listUnits(db, actor, { parentId: parent, code, ended });
    return c.json({ items: rows.map((u) => presentUnitFor(actor, u)) }, 200);
  });

  app.openapi(getUnitRoute, async (c) => {
    const actor = actorOf(c);
    return c.json(presentUnitFor(actor, await findUnitVisibleTo(db, actor, c.req.valid('param').id)), 200);
  });

  app.openapi(patchUnitRoute, async (c) => {
    const ctx = commandContext(c, db);
    const unit = await editUnit(ctx, { id: c.req.valid('param').id, ...c.req.valid('json') });
    return c.json(presentUnitFor(ctx.actor, unit), 200);
  });

  app.openapi(createOrgRoute, async (c) => {
    const ctx = commandContext(c, db);
    const { org, communePath } = await addOrganization(ctx, c.req.valid('json'));
    return c.json(presentOrganizationFor(ctx.actor, org, communePath), 201);
  });

  app.openapi(listOrgsRoute, async (c) => {
    const actor = actorOf(c);
    const rows = await listOrganizations(db, actor, c.req.valid('query').communeId);
    return c.json({ items: rows.map((r) => presentOrganizationFor(actor, r.org, r.communePath)) }, 200);
  });

  app.openapi(getOrgRoute, async (c) => {
    const actor = actorOf(c);
    const { org, communePath } = await findOrganizationVisibleTo(db, actor, c.req.valid('param').id);
    return c.json(presentOrganizationFor(actor, org, communePath), 200);
  });

  app.openapi(patchOrgRoute, async (c) => {
    const ctx = commandContext(c, db);
    const { org, communePath } = await editOrganization(ctx, { id: c.req.valid('param').id, ...c.req.valid('json') });
    return c.json(presentOrganizationFor(ctx.actor, org, communePath), 200);
  });

  return app;
}
