import { createRoute, z } from '@hono/zod-openapi';
import { commandContext } from '../../http/context';
import type { AppDeps } from '../../http/env';
import { calendarDate } from '../../http/fields';
import { fileResponse } from '../../http/files';
import { actorOf, createRouter, errorResponses, jsonResponse, security } from '../../http/router';
import { auditXlsx, MAX_AUDIT_EXPORT_ROWS } from './export';
import { idsToName, presentAuditRow } from './present';
import { auditLogVisibleTo, namesOf } from './queries';
import { recordAudit } from './record-audit';

const date = calendarDate('Ngày', 'Ngày phải có dạng YYYY-MM-DD.');

/** The record as it was before and after the change (as its module presented it), or null. */
const snapshot = z
  .record(z.string(), z.unknown())
  .nullable()
  .openapi({ description: 'Ảnh chụp bản ghi (JSON) trước hoặc sau thay đổi' });

const change = z
  .object({
    field: z.string().openapi({ description: 'Tên trường trong ảnh chụp, "settings.phone" cho trường lồng' }),
    label: z.string().nullable().openapi({ description: 'Tên trường bằng tiếng Việt, nếu có' }),
    before: z.string().nullable(),
    after: z.string().nullable(),
  })
  .openapi('AuditChange');

const auditOut = z
  .object({
    id: z.number(),
    at: z.string(),
    actorId: z.string().nullable(),
    actorUsername: z.string().nullable(),
    ip: z.string().nullable(),
    action: z.string(),
    actionLabel: z.string().openapi({ description: 'Hành động bằng tiếng Việt' }),
    entity: z.string(),
    entityLabel: z.string().openapi({ description: 'Loại bản ghi bằng tiếng Việt' }),
    entityId: z.string().nullable(),
    entityName: z.string().nullable().openapi({ description: 'Tên bản ghi (theo ảnh chụp), nếu có' }),
    changes: z.array(change).openapi({ description: 'Thay đổi từng trường, bỏ qua mã và thời điểm' }),
    before: snapshot,
    after: snapshot,
  })
  .openapi('AuditRow');

const filters = z.object({
  actorId: z.uuid('Mã người dùng không hợp lệ.').optional(),
  actor: z.string().trim().max(100, 'Tên đăng nhập quá dài.').optional().openapi({ description: 'Tên đăng nhập' }),
  entity: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
  from: date.optional(),
  to: date.optional(),
});

const listAuditRoute = createRoute({
  method: 'get',
  path: '/api/v1/audit',
  tags: ['Nhật ký'],
  security,
  request: {
    query: filters.extend({
      beforeId: z.coerce.number().int().positive().optional(),
      limit: z.coerce.number().int().min(1).max(500).default(100),
    }),
  },
  responses: {
    200: jsonResponse(z.object({ items: z.array(auditOut), nextBeforeId: z.number().nullable() })),
    ...errorResponses,
  },
});

const exportAuditRoute = createRoute({
  method: 'get',
  path: '/api/v1/audit/export.xlsx',
  tags: ['Nhật ký'],
  security,
  description:
    `Nhật ký ra Excel cho đoàn kiểm tra, cùng bộ lọc như /audit (tối đa ${MAX_AUDIT_EXPORT_ROWS.toLocaleString('vi')} ` +
    'dòng, mới nhất trước): thời gian, người thực hiện, hành động, bản ghi và thay đổi từng trường. Việc xuất được ghi nhật ký.',
  request: { query: filters },
  responses: { 200: { description: 'Tệp .xlsx' }, ...errorResponses },
});

export function auditRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();
  app.openapi(exportAuditRoute, async (c) => {
    const ctx = commandContext(c, db);
    const q = c.req.valid('query');
    const rows = await auditLogVisibleTo(db, ctx.actor, { ...q, limit: MAX_AUDIT_EXPORT_ROWS });
    const names = await namesOf(db, idsToName(rows));
    const filterText = [
      q.actor && `người thực hiện ${q.actor}`,
      q.entity && `loại ${q.entity}`,
      q.entityId && `bản ghi ${q.entityId}`,
      q.from && `từ ${q.from}`,
      q.to && `đến ${q.to}`,
    ]
      .filter(Boolean)
      .join(', ');
    const bytes = await auditXlsx(
      rows.map((r) => presentAuditRow(r, names)),
      filterText,
    );
    await recordAudit(db, ctx.meta, { action: 'audit.export', entity: 'audit', entityId: null, after: { ...q } });
    return fileResponse(c, bytes, `nhat-ky-${new Date().toISOString().slice(0, 10)}.xlsx`);
  });
  app.openapi(listAuditRoute, async (c) => {
    const q = c.req.valid('query');
    const rows = await auditLogVisibleTo(db, actorOf(c), q);
    const names = await namesOf(db, idsToName(rows));
    const items = rows.map((r) => presentAuditRow(r, names));
    const last = items[items.length - 1];
    return c.json({ items, nextBeforeId: items.length === q.limit && last ? last.id : null }, 200);
  });
  return app;
}
