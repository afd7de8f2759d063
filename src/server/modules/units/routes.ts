import { createRoute, z } from '@hono/zod-openapi';
import { metaOf } from '../../core/actor';
import { forbidden, invalid, notFound, unknownReference } from '../../core/errors';
import type { AppDeps } from '../../http/env';
import { actorOf, createRouter, errorResponses, idParam, jsonBody, jsonResponse, security } from '../../http/router';
import { createOrganization, updateOrganization } from './commands/save-organization';
import { createUnit } from './commands/create-unit';
import { updateUnit } from './commands/update-unit';
import {
  canCreateUnit,
  canManageOrganizations,
  canReadUnit,
  canUpdateUnit,
  defaultKind,
  levelNameVi,
  parentLevels,
} from './policy';
import { presentOrganization, presentUnit } from './present';
import { findOrganization, findUnit, listOrganizations, listUnits } from './queries';
import { unitLevels } from './schema';
import { canReadCommune } from '../../core/scope';

const name = (what: string) =>
  z.string().trim().min(1, `Nhập tên ${what}.`).max(200, `Tên ${what} quá dài (tối đa 200 ký tự).`);

const settings = z
  .object({
    address: z.string().trim().max(300, 'Địa chỉ quá dài (tối đa 300 ký tự).').optional(),
    phone: z
      .string()
      .trim()
      .max(30, 'Số điện thoại quá dài.')
      .regex(/^[0-9 +().-]*$/, 'Số điện thoại chỉ gồm chữ số và + ( ) . -')
      .optional(),
    email: z.union([z.literal(''), z.email('Email không hợp lệ.').max(200)]).optional(),
    chairName: z.string().trim().max(200, 'Tên quá dài.').optional(),
  })
  .strict();

const unitOut = z
  .object({
    id: z.string(),
    level: z.enum(unitLevels),
    kind: z.string(),
    name: z.string(),
    parentId: z.string().nullable(),
    communeId: z.string().nullable(),
    settings: z.record(z.string(), z.string()),
    createdAt: z.string(),
  })
  .openapi('Unit');

const orgOut = z
  .object({
    id: z.string(),
    communeId: z.string(),
    name: z.string(),
    shortName: z.string(),
    active: z.boolean(),
    createdAt: z.string(),
  })
  .openapi('Organization');

const kind = z.string().trim().min(1, 'Nhập loại đơn vị.').max(50, 'Loại đơn vị quá dài (tối đa 50 ký tự).');

const createUnitRoute = createRoute({
  method: 'post',
  path: '/api/v1/units',
  tags: ['Đơn vị'],
  security,
  request: {
    body: jsonBody(
      z.object({
        level: z.enum(unitLevels, { message: 'Cấp phải là province, district, commune hoặc village.' }),
        name: name('đơn vị'),
        parentId: z.uuid('Mã đơn vị cấp trên không hợp lệ.').nullable(),
        kind: kind.optional(),
        settings: settings.optional(),
      }),
    ),
  },
  responses: { 201: jsonResponse(unitOut, 'Đã tạo'), ...errorResponses },
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
    const actor = actorOf(c);
    const body = c.req.valid('json');
    let parent = null;
    if (body.parentId) {
      parent = await findUnit(db, body.parentId);
      if (!parent || !canReadUnit(actor, parent)) throw unknownReference('parentId', 'Đơn vị cấp trên');
    }
    const allowed = parentLevels[body.level];
    if (allowed.length === 0 && parent)
      throw invalid({ parentId: 'Cấp tỉnh không có đơn vị cấp trên (parentId phải là null).' });
    if (allowed.length > 0 && (!parent || !allowed.includes(parent.level))) {
      throw invalid({
        parentId: `Đơn vị cấp ${levelNameVi[body.level]} phải thuộc cấp ${allowed.map((l) => levelNameVi[l]).join(' hoặc ')}.`,
      });
    }
    if (!canCreateUnit(actor, parent, body.level)) throw forbidden({ parentId: 'Bạn không được tạo đơn vị ở đây.' });
    const unit = await createUnit(db, metaOf(actor, c.get('ip')), parent, {
      level: body.level,
      name: body.name,
      kind: body.kind ?? defaultKind[body.level],
      settings: body.settings,
    });
    return c.json(presentUnit(unit), 201);
  });

  app.openapi(listUnitsRoute, async (c) => {
    const actor = actorOf(c);
    const { parentId } = c.req.valid('query');
    const parent = parentId === undefined ? undefined : parentId === '' || parentId === 'null' ? null : parentId;
    return c.json({ items: (await listUnits(db, actor, parent)).map(presentUnit) }, 200);
  });

  async function readableUnit(actor: ReturnType<typeof actorOf>, id: string) {
    const unit = await findUnit(db, id);
    if (!unit || !canReadUnit(actor, unit)) throw notFound('Đơn vị');
    return unit;
  }

  app.openapi(getUnitRoute, async (c) => {
    const unit = await readableUnit(actorOf(c), c.req.valid('param').id);
    return c.json(presentUnit(unit), 200);
  });

  app.openapi(patchUnitRoute, async (c) => {
    const actor = actorOf(c);
    const body = c.req.valid('json');
    const unit = await readableUnit(actor, c.req.valid('param').id);
    if (!canUpdateUnit(actor, unit)) throw forbidden();
    return c.json(presentUnit(await updateUnit(db, metaOf(actor, c.get('ip')), unit, body)), 200);
  });

  app.openapi(createOrgRoute, async (c) => {
    const actor = actorOf(c);
    const body = c.req.valid('json');
    const commune = await findUnit(db, body.communeId);
    if (commune?.level !== 'commune' || !canReadCommune(actor, commune))
      throw unknownReference('communeId', 'Xã');
    if (!canManageOrganizations(actor, commune))
      throw forbidden({ communeId: 'Bạn không được thêm tổ chức cho xã này.' });
    const org = await createOrganization(db, metaOf(actor, c.get('ip')), commune, {
      name: body.name,
      shortName: body.shortName,
    });
    return c.json(presentOrganization(org), 201);
  });

  app.openapi(listOrgsRoute, async (c) => {
    const actor = actorOf(c);
    const { communeId } = c.req.valid('query');
    return c.json({ items: (await listOrganizations(db, actor, communeId)).map(presentOrganization) }, 200);
  });

  async function readableOrganization(actor: ReturnType<typeof actorOf>, id: string) {
    const found = await findOrganization(db, id);
    if (!found || !canReadCommune(actor, { id: found.org.communeId, path: found.communePath }))
      throw notFound('Tổ chức');
    return found;
  }

  app.openapi(getOrgRoute, async (c) => {
    const { org } = await readableOrganization(actorOf(c), c.req.valid('param').id);
    return c.json(presentOrganization(org), 200);
  });

  app.openapi(patchOrgRoute, async (c) => {
    const actor = actorOf(c);
    const body = c.req.valid('json');
    const { org, communePath } = await readableOrganization(actor, c.req.valid('param').id);
    if (!canManageOrganizations(actor, { id: org.communeId, path: communePath })) throw forbidden();
    return c.json(
      presentOrganization(await updateOrganization(db, metaOf(actor, c.get('ip')), org, communePath, body)),
      200,
    );
  });

  return app;
}
