import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRoute, z } from '@hono/zod-openapi';
import { metaOf } from '../../core/actor';
import { AppError, forbidden, invalid, notFound } from '../../core/errors';
import type { AppDeps } from '../../http/env';
import { actorOf, createRouter, errorResponses, idParam, jsonBody, jsonResponse, security } from '../../http/router';
import { findUnit } from '../units/queries';
import { attachEvidence } from './commands/attach-evidence';
import { recordEntry, voidEntry } from './commands/record-entry';
import { calendarDate, uuidField, wholeNumber } from './fields';
import { canEnterResult, canSeeEntry, entryReadScope, indicatorAppliesTo } from './policy';
import { presentEntry } from './present';
import { filesOfEntry, findAssignment, findEntry, findEntryFile, listEntries } from './queries';
import { communeUnitOr404, organizationOr404, readableIndicatorOr404 } from './resolve';
import { fileResponse } from '../../http/files';

const TAGS = ['Chỉ tiêu & kết quả'];
const MAX_FILE_BYTES = 10 * 1024 * 1024;
const FILE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', 'application/pdf']);

const entryOut = z
  .object({
    id: z.string(),
    indicatorId: z.string(),
    unitId: z.string(),
    organizationId: z.string().nullable(),
    roundAssignmentId: z.string().nullable(),
    date: z.string(),
    value: z.number(),
    denominator: z.number().nullable(),
    note: z.string().nullable(),
    createdAt: z.string(),
    voided: z.boolean(),
    voidReason: z.string().nullable(),
  })
  .openapi('Entry');

const createEntryRoute = createRoute({
  method: 'post',
  path: '/api/v1/entries',
  tags: TAGS,
  security,
  request: {
    body: jsonBody(
      z.object({
        indicatorId: uuidField('chỉ tiêu'),
        unitId: uuidField('đơn vị'),
        date: calendarDate('Ngày'),
        value: wholeNumber('Giá trị'),
        denominator: wholeNumber('Mẫu số').nullish(),
        organizationId: uuidField('tổ chức').nullish(),
        roundAssignmentId: uuidField('kỳ báo cáo').nullish(),
        note: z.string().max(2000, 'Ghi chú tối đa 2.000 ký tự.').nullish(),
      }),
    ),
  },
  responses: { 201: jsonResponse(entryOut, 'Đã ghi'), ...errorResponses },
});

const listEntriesRoute = createRoute({
  method: 'get',
  path: '/api/v1/entries',
  tags: TAGS,
  security,
  request: {
    query: z.object({
      indicatorId: uuidField('chỉ tiêu').optional(),
      unitId: uuidField('đơn vị').optional(),
      organizationId: uuidField('tổ chức').optional(),
      from: calendarDate('Ngày bắt đầu').optional(),
      to: calendarDate('Ngày kết thúc').optional(),
      includeVoided: z.enum(['true', 'false']).optional(),
      limit: z.coerce.number().int().min(1).max(1000).default(200),
    }),
  },
  responses: {
    200: jsonResponse(
      z.object({
        items: z.array(
          entryOut.extend({
            indicatorName: z.string(),
            unitLabel: z.string(),
            unitName: z.string(),
            organizationName: z.string().nullable(),
          }),
        ),
      }),
    ),
    ...errorResponses,
  },
});

const voidRoute = createRoute({
  method: 'post',
  path: '/api/v1/entries/{id}/void',
  tags: TAGS,
  security,
  request: {
    params: idParam,
    body: jsonBody(
      z.object({
        reason: z.string().trim().min(3, 'Nêu lý do hủy (ít nhất 3 ký tự).').max(500, 'Lý do tối đa 500 ký tự.'),
      }),
    ),
  },
  responses: { 200: jsonResponse(entryOut), ...errorResponses },
});

export function entriesRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();

  app.openapi(createEntryRoute, async (c) => {
    const actor = actorOf(c);
    const body = c.req.valid('json');
    const unit = await communeUnitOr404(db, actor, body.unitId, 'unitId');
    if (unit.level !== 'commune' && unit.level !== 'village')
      throw invalid({ unitId: 'Chỉ nhập kết quả cho xã hoặc thôn.' });
    const indicator = await readableIndicatorOr404(db, actor, body.indicatorId);
    if (!indicatorAppliesTo(indicator, unit))
      throw notFoundField('indicatorId', 'Chỉ tiêu này không áp dụng cho đơn vị đã chọn.');
    if (indicator.source !== 'manual')
      throw invalid({ indicatorId: 'Chỉ tiêu này lấy số liệu tự động, không nhập tay.' });
    const bad: Record<string, string> = {};
    const den = body.denominator ?? null;
    if (indicator.aggregation === 'ratio') {
      if (den === null) bad.denominator = 'Chỉ tiêu tỷ lệ cần mẫu số.';
      else if (den === 0) bad.denominator = 'Mẫu số phải lớn hơn 0.';
      else if (body.value > den) bad.value = 'Tử số không được lớn hơn mẫu số.';
    } else if (den !== null) bad.denominator = 'Chỉ tiêu này không có mẫu số.';
    if (Object.keys(bad).length) throw invalid(bad);
    const org = body.organizationId ? await organizationOr404(db, actor, body.organizationId) : null;
    const organizationId = org?.id ?? null;
    if (org && org.communeId !== (unit.communeId ?? unit.id)) {
      throw invalid({ organizationId: 'Tổ chức không thuộc xã của đơn vị đã chọn.' });
    }
    if (body.roundAssignmentId) {
      const a = await findAssignment(db, body.roundAssignmentId);
      if (
        !a ||
        a.unitId !== unit.id ||
        (a.organizationId ?? null) !== organizationId ||
        !a.indicatorIds.includes(indicator.id)
      ) {
        throw invalid({ roundAssignmentId: 'Kỳ báo cáo không khớp với đơn vị, tổ chức hoặc chỉ tiêu.' });
      }
    }
    if (!canEnterResult(actor, unit, organizationId))
      throw forbidden({ unitId: 'Bạn chỉ nhập kết quả cho phạm vi của mình.' });
    const entry = await recordEntry(db, metaOf(actor, c.get('ip')), {
      indicator,
      unit,
      organizationId,
      roundAssignmentId: body.roundAssignmentId ?? null,
      date: body.date,
      value: body.value,
      denominator: den,
      note: body.note?.trim() || null,
    });
    return c.json(presentEntry(entry), 201);
  });

  app.openapi(listEntriesRoute, async (c) => {
    const actor = actorOf(c);
    const q = c.req.valid('query');
    const unit = q.unitId ? await communeUnitOr404(db, actor, q.unitId, 'unitId') : null;
    const rows = await listEntries(db, entryReadScope(actor), {
      indicatorId: q.indicatorId,
      unitPath: unit?.path,
      organizationId: q.organizationId,
      from: q.from,
      to: q.to,
      includeVoided: q.includeVoided === 'true',
      limit: q.limit,
    });
    const items = rows.map((r) => ({
      ...presentEntry(r.entry),
      indicatorName: r.indicatorName,
      unitLabel: r.unitLabel,
      unitName: r.unitName,
      organizationName: r.organizationName,
    }));
    return c.json({ items }, 200);
  });

  /** The entry, if the actor may change it (its own scope); 404 outside the caller's reach. */
  async function changeableEntry(actor: ReturnType<typeof actorOf>, id: string) {
    const entry = await findEntry(db, id);
    const unit = entry ? await findUnit(db, entry.unitId) : null;
    if (!entry || !unit) throw notFound('Kết quả');
    if (!canSeeEntry(actor, entry)) throw notFound('Kết quả');
    if (!canEnterResult(actor, unit, entry.organizationId)) throw forbidden();
    return entry;
  }

  app.openapi(voidRoute, async (c) => {
    const actor = actorOf(c);
    const entry = await changeableEntry(actor, c.req.valid('param').id);
    const voided = await voidEntry(db, metaOf(actor, c.get('ip')), entry, c.req.valid('json').reason);
    return c.json(presentEntry(voided), 200);
  });

  // Evidence files: multipart upload (field `file`), then download.
  app.post('/api/v1/entries/:id/evidence', async (c) => {
    const actor = actorOf(c);
    const id = c.req.param('id');
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw invalid({ id: 'Mã không hợp lệ' });
    const entry = await changeableEntry(actor, id);
    const form = await c.req.parseBody().catch(() => {
      throw new AppError(400, 'bad_request', 'Cần gửi tệp dạng multipart/form-data.');
    });
    const file = form.file;
    if (!(file instanceof File)) throw invalid({ file: 'Chọn một tệp ảnh hoặc PDF.' });
    if (!FILE_TYPES.has(file.type)) throw invalid({ file: 'Chỉ nhận ảnh (JPEG, PNG, WebP) hoặc PDF.' });
    if (file.size > MAX_FILE_BYTES) throw invalid({ file: 'Tệp tối đa 10 MB.' });
    const row = await attachEvidence(db, metaOf(actor, c.get('ip')), deps.storageDir, entry, {
      name: file.name.slice(0, 200) || 'tep',
      type: file.type,
      bytes: new Uint8Array(await file.arrayBuffer()),
    });
    return c.json({ id: row.id, fileName: row.fileName, contentType: row.contentType, size: row.size }, 201);
  });

  app.get('/api/v1/entries/:id/evidence', async (c) => {
    const actor = actorOf(c);
    const id = c.req.param('id');
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw invalid({ id: 'Mã không hợp lệ' });
    const entry = await findEntry(db, id);
    if (!entry || !canSeeEntry(actor, entry)) throw notFound('Kết quả');
    const files = await filesOfEntry(db, id);
    return c.json({
      items: files.map((f) => ({ id: f.id, fileName: f.fileName, contentType: f.contentType, size: f.size })),
    });
  });

  app.get('/api/v1/evidence/:fileId', async (c) => {
    const actor = actorOf(c);
    const fileId = c.req.param('fileId');
    const f = /^[0-9a-f-]{36}$/i.test(fileId) ? await findEntryFile(db, fileId) : null;
    const entry = f ? await findEntry(db, f.entryId) : null;
    if (!f || !entry || !canSeeEntry(actor, entry)) throw notFound('Tệp');
    const bytes = readFileSync(join(deps.storageDir, f.storageKey));
    return fileResponse(c, new Uint8Array(bytes), f.fileName, { type: f.contentType, inline: true });
  });

  return app;
}

function notFoundField(field: string, message: string) {
  return new AppError(404, 'not_found', message, { [field]: message });
}
