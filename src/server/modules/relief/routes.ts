import { createRoute, z } from '@hono/zod-openapi';
import { todayVn } from '../../../lib/dates';
import { foldVietnamese } from '../../../lib/vi-text';
import { notFound } from '../../core/errors';
import { commandContext } from '../../http/context';
import type { AppDeps } from '../../http/env';
import { fileResponse } from '../../http/files';
import { actorOf, createRouter, errorResponses, idParam, jsonBody, jsonResponse, security } from '../../http/router';
import { calendarDate, text, uuid } from '../../http/fields';
import { moneyDate, positiveMoney } from '../funds/fields';
import { householdCategories } from '../households/figures';
import { addSupport } from './commands/add-support';
import { exportSignOff } from './commands/export-sign-off';
import { handOver } from './commands/hand-over';
import { readProgramSupports } from './commands/read-supports';
import { createProgram } from './commands/save-program';
import { findHouseholdVisibleTo, findProgramVisibleTo } from './lookup';
import { supportReadRoots } from './policy';
import {
  presentProgram,
  presentSupport,
  presentSupportRowFor,
  presentYearRow,
  programCan,
  summaryText,
  supportCan,
} from './present';
import {
  householdYearSummary,
  listPrograms,
  programHouseholds,
  programSupports,
  suggestions,
  summarize,
} from './queries';
import { supportKinds } from './schema';

const TAGS = ['Hộ gia đình & trợ giúp'];

const programCanOut = z
  .object({ manage: z.boolean(), addSupport: z.boolean(), payFromFund: z.boolean() })
  .openapi('ReliefProgramCan', { description: 'What the caller may do with the programme.' });
const programOut = z
  .object({
    id: z.string(),
    communeId: z.string(),
    name: z.string(),
    date: z.string(),
    partner: z.string().nullable(),
    targetCategories: z.array(z.string()),
    note: z.string().nullable(),
    households: z.number().optional(),
    value: z.number().optional(),
    createdAt: z.string(),
    can: programCanOut,
  })
  .openapi('ReliefProgram');
const supportBase = z.object({
  id: z.string(),
  programId: z.string(),
  householdId: z.string(),
  kind: z.enum(supportKinds),
  value: z.number(),
  valueInWords: z.string(),
  description: z.string().nullable(),
  sourceKind: z.enum(['fund', 'donor', 'other']),
  fundId: z.string().nullable(),
  fundName: z.string().nullable(),
  donorName: z.string().nullable(),
  disbursementId: z.string().nullable(),
  payoutNo: z.string().nullable(),
  overrideReason: z.string().nullable(),
  handedOverAt: z.string().nullable(),
  handedOverBy: z.string().nullable(),
  createdAt: z.string(),
});
const supportOut = supportBase
  .extend({
    headName: z.string().optional(),
    villageId: z.string().optional(),
    villageName: z.string().optional(),
    categories: z.array(z.string()).optional(),
    can: z.object({ handOver: z.boolean() }).openapi({ description: 'What the caller may do with the gift.' }),
  })
  .openapi('ReliefSupport');
const totals = { households: z.number(), value: z.number(), count: z.number() };
const summaryOut = z
  .object({
    programId: z.string(),
    households: z.number(),
    value: z.number(),
    count: z.number(),
    handedOver: z.number(),
    bySource: z.array(z.object({ source: z.string(), fundId: z.string().nullable(), name: z.string(), ...totals })),
    byCategory: z.array(z.object({ category: z.string(), ...totals })),
    byVillage: z.array(z.object({ villageId: z.string(), name: z.string(), ...totals })),
    byKind: z.array(z.object({ kind: z.string(), ...totals })),
    text: z.string(),
  })
  .openapi('ReliefSummary');
const householdRow = {
  id: z.string(),
  headName: z.string(),
  villageId: z.string(),
  villageName: z.string(),
  address: z.string().nullable(),
  categories: z.array(z.string()),
};
const suggestionsOut = z.object({
  year: z.number(),
  targetCategories: z.array(z.string()),
  items: z.array(z.object({ ...householdRow, members: z.number().nullable() })),
});
const pickerOut = z.object({ items: z.array(z.object({ ...householdRow, served: z.boolean() })) });
const householdYearOut = z.object({
  household: z.object({
    id: z.string(),
    headName: z.string(),
    villageId: z.string(),
    villageName: z.string(),
    categories: z.array(z.string()),
  }),
  year: z.number(),
  items: z.array(
    supportBase.extend({ programName: z.string(), programDate: z.string(), partner: z.string().nullable() }),
  ),
  programs: z.number(),
  value: z.number(),
});

const programBody = z.object({
  communeId: uuid('xã'),
  name: text('tên chương trình', 300),
  date: calendarDate('Ngày', 'Ngày dạng YYYY-MM-DD, là ngày có thật.'),
  partner: z.string().trim().max(200, 'Đơn vị phối hợp tối đa 200 ký tự.').nullish(),
  targetCategories: z
    .array(z.enum(householdCategories, { message: `Diện hộ: ${householdCategories.join(', ')}.` }))
    .max(householdCategories.length)
    .default([]),
  note: z.string().trim().max(2000, 'Ghi chú tối đa 2.000 ký tự.').nullish(),
});

const supportBody = z
  .object({
    householdId: uuid('hộ'),
    kind: z.enum(supportKinds, {
      message: 'Hình thức: cash (tiền mặt), goods (hàng hóa), house (nhà ở) hoặc scholarship (học bổng).',
    }),
    value: positiveMoney('Giá trị'),
    fundId: uuid('quỹ').nullish(),
    donorName: z
      .string()
      .trim()
      .min(1, 'Nhập tên nhà hảo tâm.')
      .max(200, 'Tên nhà hảo tâm tối đa 200 ký tự.')
      .nullish(),
    description: z.string().trim().max(500, 'Mô tả tối đa 500 ký tự.').nullish(),
    overrideReason: z
      .string()
      .trim()
      .min(3, 'Nêu lý do trao thêm (ít nhất 3 ký tự).')
      .max(500, 'Lý do tối đa 500 ký tự.')
      .nullish(),
    /** Date of the payout when a fund pays; default the programme's date. */
    date: moneyDate.optional(),
    /** The payout decision ("02/QĐ-MTTQ") when a fund pays. */
    decisionRef: z.string().trim().min(1).max(100, 'Số quyết định tối đa 100 ký tự.').optional(),
  })
  .superRefine((v, ctx) => {
    if (v.fundId && v.donorName)
      ctx.addIssue({
        code: 'custom',
        path: ['donorName'],
        message: 'Chọn một nguồn: quỹ (fundId) hoặc nhà hảo tâm (donorName), không cả hai.',
      });
  });

const handOverBody = z.object({
  date: moneyDate,
  by: text('người trao', 200),
});

const listQuery = z.object({ communeId: uuid('xã').optional() });
const yearQuery = z.object({
  year: z.coerce
    .number({ message: 'Năm là một số.' })
    .int('Năm là số nguyên.')
    .min(2000, 'Năm từ 2000.')
    .max(2100, 'Năm đến 2100.')
    .optional(),
});
const searchQuery = z.object({ q: z.string().trim().max(100).optional() });

const get200 = <R extends z.ZodType>(path: string, response: R) =>
  createRoute({
    method: 'get',
    path,
    tags: TAGS,
    security,
    request: { params: idParam },
    responses: { 200: jsonResponse(response), ...errorResponses },
  });
const getQuery200 = <Q extends z.ZodObject, R extends z.ZodType>(path: string, query: Q, response: R) =>
  createRoute({
    method: 'get',
    path,
    tags: TAGS,
    security,
    request: { params: idParam, query },
    responses: { 200: jsonResponse(response), ...errorResponses },
  });

export function reliefRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/relief-programs',
      tags: TAGS,
      security,
      description: 'Lập chương trình trợ giúp (Ban Thường trực xã): tên, ngày, đơn vị phối hợp, các diện hộ hướng tới.',
      request: { body: jsonBody(programBody) },
      responses: { 201: jsonResponse(programOut, 'Đã lập'), ...errorResponses },
    }),
    async (c) => {
      const ctx = commandContext(c, db);
      const { program, commune } = await createProgram(ctx, c.req.valid('json'));
      const can = programCan(ctx.actor, commune);
      return c.json({ ...presentProgram(program, { households: 0, value: 0 }), can }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/relief-programs',
      tags: TAGS,
      security,
      request: { query: listQuery },
      responses: { 200: jsonResponse(z.object({ items: z.array(programOut) })), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const rows = await listPrograms(db, actor, supportReadRoots(actor), c.req.valid('query').communeId);
      const items = rows.map((r) => ({
        ...presentProgram(r.program, r),
        can: programCan(actor, { id: r.program.communeId, path: r.communePath }),
      }));
      return c.json({ items }, 200);
    },
  );

  const programDetailOut = programOut.extend({ canManage: z.boolean() });
  app.openapi(get200('/api/v1/relief-programs/{id}', programDetailOut), async (c) => {
    const actor = actorOf(c);
    const { program, commune } = await findProgramVisibleTo(db, actor, c.req.valid('param').id);
    const s = summarize(await programSupports(db, program, supportReadRoots(actor)));
    const can = programCan(actor, commune);
    return c.json({ ...presentProgram(program, s), canManage: can.manage, can }, 200);
  });

  const supportsOut = z.object({ items: z.array(supportOut) });
  app.openapi(get200('/api/v1/relief-programs/{id}/supports', supportsOut), async (c) => {
    const ctx = commandContext(c, db);
    const { commune, rows } = await readProgramSupports(ctx, c.req.valid('param').id);
    c.header('Cache-Control', 'no-store');
    return c.json({ items: rows.map((r) => presentSupportRowFor(ctx.actor, commune, r)) }, 200);
  });

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/relief-programs/{id}/supports',
      tags: TAGS,
      security,
      description:
        'Trao hỗ trợ cho một hộ: hình thức, giá trị, nguồn (quỹ — ghi phiếu chi trên sổ quỹ, không chi quá số ' +
        'dư; hoặc nhà hảo tâm). Mỗi hộ một lần trong một chương trình; 409 nếu đã nhận mà không nêu lý do trao ' +
        'thêm (overrideReason).',
      request: { params: idParam, body: jsonBody(supportBody) },
      responses: { 201: jsonResponse(supportOut, 'Đã ghi'), ...errorResponses },
    }),
    async (c) => {
      const ctx = commandContext(c, db);
      const { commune, support, row } = await addSupport(ctx, c.req.valid('param').id, c.req.valid('json'));
      if (row) return c.json(presentSupportRowFor(ctx.actor, commune, row), 201);
      return c.json({ ...presentSupport(support), can: supportCan(ctx.actor, commune, support) }, 201);
    },
  );

  app.openapi(get200('/api/v1/relief-programs/{id}/summary', summaryOut), async (c) => {
    const actor = actorOf(c);
    const { program } = await findProgramVisibleTo(db, actor, c.req.valid('param').id);
    const s = summarize(await programSupports(db, program, supportReadRoots(actor)));
    return c.json({ programId: program.id, ...s, text: summaryText(s.households, s.value) }, 200);
  });

  app.openapi(get200('/api/v1/relief-programs/{id}/suggestions', suggestionsOut), async (c) => {
    const actor = actorOf(c);
    const { program } = await findProgramVisibleTo(db, actor, c.req.valid('param').id);
    const items = await suggestions(db, program, supportReadRoots(actor));
    return c.json({ year: Number(program.date.slice(0, 4)), targetCategories: program.targetCategories, items }, 200);
  });

  // Household picker for the "add support" form: the programme's commune, searched without diacritics.
  app.openapi(getQuery200('/api/v1/relief-programs/{id}/households', searchQuery, pickerOut), async (c) => {
    const actor = actorOf(c);
    const { program } = await findProgramVisibleTo(db, actor, c.req.valid('param').id);
    const folded = foldVietnamese(c.req.valid('query').q ?? '');
    return c.json({ items: await programHouseholds(db, program, supportReadRoots(actor), folded) }, 200);
  });

  app.openapi(getQuery200('/api/v1/households/{id}/supports', yearQuery, householdYearOut), async (c) => {
    const h = await findHouseholdVisibleTo(db, actorOf(c), c.req.valid('param').id);
    const year = c.req.valid('query').year ?? Number(todayVn().slice(0, 4));
    const { rows, categories, programs, value } = await householdYearSummary(db, h.id, year);
    const household = { id: h.id, headName: h.headName, villageId: h.villageId, villageName: h.villageName };
    const items = rows.map(presentYearRow);
    return c.json({ household: { ...household, categories }, year, items, programs, value }, 200);
  });

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/relief-supports/{id}/hand-over',
      tags: TAGS,
      security,
      description: 'Đánh dấu đã trao quà (ngày, người trao).',
      request: { params: idParam, body: jsonBody(handOverBody) },
      responses: { 200: jsonResponse(supportOut), ...errorResponses },
    }),
    async (c) => {
      const ctx = commandContext(c, db);
      const { support, commune } = await handOver(ctx, c.req.valid('param').id, c.req.valid('json'));
      return c.json({ ...presentSupport(support), can: supportCan(ctx.actor, commune, support) }, 200);
    },
  );

  // Danh sách ký nhận as Word, Excel or PDF; exporting a personal list is logged (ARCHITECTURE.md, domain rule 6).
  for (const ext of ['docx', 'xlsx', 'pdf'] as const) {
    app.get(`/api/v1/relief-programs/:id/sign-off.${ext}`, async (c) => {
      const id = c.req.param('id');
      if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound('Chương trình trợ giúp');
      const file = await exportSignOff(commandContext(c, db), id, ext);
      return fileResponse(c, new Uint8Array(file.body), file.fileName, { headers: { 'Cache-Control': 'no-store' } });
    });
  }

  return app;
}
