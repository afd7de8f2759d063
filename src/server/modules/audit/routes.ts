import { createRoute, z } from '@hono/zod-openapi';
import { forbidden } from '../../core/errors';
import type { AppDeps } from '../../http/env';
import { actorOf, createRouter, errorResponses, security } from '../../http/router';
import { auditReadRoots, canReadAudit } from './policy';
import { listAudit } from './queries';

const date = z.iso.date('Ngày phải có dạng YYYY-MM-DD.');

const auditOut = z
  .object({
    id: z.number(),
    at: z.string(),
    actorId: z.string().nullable(),
    actorUsername: z.string().nullable(),
    ip: z.string().nullable(),
    action: z.string(),
    entity: z.string(),
    entityId: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
  })
  .openapi('AuditRow');

const listAuditRoute = createRoute({
  method: 'get',
  path: '/api/v1/audit',
  tags: ['Nhật ký'],
  security,
  request: {
    query: z.object({
      actorId: z.uuid('Mã người dùng không hợp lệ.').optional(),
      entity: z.string().max(50).optional(),
      entityId: z.string().max(100).optional(),
      from: date.optional(),
      to: date.optional(),
      beforeId: z.coerce.number().int().positive().optional(),
      limit: z.coerce.number().int().min(1).max(500).default(100),
    }),
  },
  responses: {
    200: {
      description: 'OK',
      content: {
        'application/json': { schema: z.object({ items: z.array(auditOut), nextBeforeId: z.number().nullable() }) },
      },
    },
    ...errorResponses,
  },
});

export function auditRoutes(deps: AppDeps) {
  const app = createRouter();
  app.openapi(listAuditRoute, async (c) => {
    const actor = actorOf(c);
    if (!canReadAudit(actor)) throw forbidden();
    const q = c.req.valid('query');
    const rows = await listAudit(deps.db, { ...q, scope: auditReadRoots(actor) });
    const items = rows.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      actorId: r.actorId,
      actorUsername: r.actorUsername,
      ip: r.ip,
      action: r.action,
      entity: r.entity,
      entityId: r.entityId,
      before: r.before,
      after: r.after,
    }));
    const last = items[items.length - 1];
    return c.json({ items, nextBeforeId: items.length === q.limit && last ? last.id : null }, 200);
  });
  return app;
}
