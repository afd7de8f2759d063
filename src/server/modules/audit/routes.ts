import { createRoute, z } from '@hono/zod-openapi';
import { calendarDate } from '../../http/fields';
import type { AppDeps } from '../../http/env';
import { actorOf, createRouter, errorResponses, jsonResponse, security } from '../../http/router';
import { presentAuditRow } from './present';
import { auditLogVisibleTo } from './queries';

const date = calendarDate('Ngày', 'Ngày phải có dạng YYYY-MM-DD.');

/** The record as it was before and after the change (as its module presented it), or null. */
const snapshot = z
  .record(z.string(), z.unknown())
  .nullable()
  .openapi({ description: 'Ảnh chụp bản ghi (JSON) trước hoặc sau thay đổi' });

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
    before: snapshot,
    after: snapshot,
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
    200: jsonResponse(z.object({ items: z.array(auditOut), nextBeforeId: z.number().nullable() })),
    ...errorResponses,
  },
});

export function auditRoutes(deps: AppDeps) {
  const app = createRouter();
  app.openapi(listAuditRoute, async (c) => {
    const q = c.req.valid('query');
    const items = (await auditLogVisibleTo(deps.db, actorOf(c), q)).map(presentAuditRow);
    const last = items[items.length - 1];
    return c.json({ items, nextBeforeId: items.length === q.limit && last ? last.id : null }, 200);
  });
  return app;
}
