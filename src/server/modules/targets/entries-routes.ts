import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRoute, z } from '@hono/zod-openapi';
import { fileResponse } from '../../http/files';
import { uploadLimit } from '../../http/body-limit';
import { lazyForm } from '../../http/multipart';
import type { AppDeps } from '../../http/env';
import { commandContext } from '../../http/context';
import { actorOf, createRouter, errorResponses, idParam, jsonBody, jsonResponse, security } from '../../http/router';
import { attachResultEvidence, MAX_EVIDENCE_BYTES } from './commands/attach-evidence';
import { enterResult, voidResult } from './commands/record-entry';
import { calendarDate, uuid } from '../../http/fields';
import { entryOut, evidenceOut, wholeNumber } from './fields';
import { findEvidenceVisibleTo } from './lookup';
import { presentEntryFor, presentEvidence } from './present';
import { evidenceOfEntry, listEntriesVisibleTo } from './queries';

const TAGS = ['Chỉ tiêu & kết quả'];

const createEntryRoute = createRoute({
  method: 'post',
  path: '/api/v1/entries',
  tags: TAGS,
  security,
  request: {
    body: jsonBody(
      z.object({
        indicatorId: uuid('chỉ tiêu'),
        unitId: uuid('đơn vị'),
        date: calendarDate('Ngày'),
        value: wholeNumber('Giá trị'),
        denominator: wholeNumber('Mẫu số').nullish(),
        organizationId: uuid('tổ chức').nullish(),
        roundAssignmentId: uuid('kỳ báo cáo').nullish(),
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
      indicatorId: uuid('chỉ tiêu').optional(),
      unitId: uuid('đơn vị').optional(),
      organizationId: uuid('tổ chức').optional(),
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

const uploadEvidenceRoute = createRoute({
  method: 'post',
  path: '/api/v1/entries/{id}/evidence',
  tags: TAGS,
  security,
  middleware: [uploadLimit(MAX_EVIDENCE_BYTES)] as const,
  description: 'Tệp minh chứng (multipart, trường `file`): ảnh JPEG, PNG, WebP hoặc PDF, tối đa 10 MB.',
  request: { params: idParam },
  responses: { 201: jsonResponse(evidenceOut, 'Đã đính kèm'), ...errorResponses },
});

const listEvidenceRoute = createRoute({
  method: 'get',
  path: '/api/v1/entries/{id}/evidence',
  tags: TAGS,
  security,
  request: { params: idParam },
  responses: { 200: jsonResponse(z.object({ items: z.array(evidenceOut) })), ...errorResponses },
});

const downloadEvidenceRoute = createRoute({
  method: 'get',
  path: '/api/v1/evidence/{fileId}',
  tags: TAGS,
  security,
  // Any string: an id that is not a uuid is simply not found (404), as before.
  request: { params: z.object({ fileId: z.string().openapi({ param: { name: 'fileId', in: 'path' } }) }) },
  responses: {
    200: { description: 'Tệp minh chứng', content: { 'application/octet-stream': { schema: z.string() } } },
    ...errorResponses,
  },
});

export function entriesRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();

  app.openapi(createEntryRoute, async (c) => {
    const ctx = commandContext(c, db);
    return c.json(presentEntryFor(ctx.actor, await enterResult(ctx, c.req.valid('json'))), 201);
  });

  app.openapi(listEntriesRoute, async (c) => {
    const actor = actorOf(c);
    const { includeVoided, ...q } = c.req.valid('query');
    const rows = await listEntriesVisibleTo(db, actor, { ...q, includeVoided: includeVoided === 'true' });
    const items = rows.map((r) => ({
      ...presentEntryFor(actor, r.entry),
      indicatorName: r.indicatorName,
      unitLabel: r.unitLabel,
      unitName: r.unitName,
      organizationName: r.organizationName,
    }));
    return c.json({ items }, 200);
  });

  app.openapi(voidRoute, async (c) => {
    const ctx = commandContext(c, db);
    const voided = await voidResult(ctx, { id: c.req.valid('param').id, reason: c.req.valid('json').reason });
    return c.json(presentEntryFor(ctx.actor, voided), 200);
  });

  app.openapi(uploadEvidenceRoute, async (c) => {
    const ctx = commandContext(c, db);
    const input = { entryId: c.req.valid('param').id, storageDir: deps.storageDir, form: lazyForm(c) };
    return c.json(presentEvidence(await attachResultEvidence(ctx, input)), 201);
  });

  app.openapi(listEvidenceRoute, async (c) => {
    const files = await evidenceOfEntry(db, actorOf(c), c.req.valid('param').id);
    return c.json({ items: files.map(presentEvidence) }, 200);
  });

  app.openapi(downloadEvidenceRoute, async (c) => {
    const f = await findEvidenceVisibleTo(db, actorOf(c), c.req.valid('param').fileId);
    const bytes = new Uint8Array(readFileSync(join(deps.storageDir, f.storageKey)));
    return fileResponse(c, bytes, f.fileName, { type: f.contentType, inline: true });
  });

  return app;
}
