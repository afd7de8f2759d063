import { createRoute, z } from '@hono/zod-openapi';
import { uuid } from '../../http/fields';
import { addDays, todayVn } from '../../../lib/dates';
import { foldVietnamese } from '../../../lib/vi-text';
import { metaOf, type Actor } from '../../core/actor';
import { forbidden, invalid, notFound, unknownReference } from '../../core/errors';
import { canReadCommune } from '../../core/scope';
import type { AppDeps } from '../../http/env';
import { actorOf, createRouter, errorResponses, idParam, jsonBody, jsonResponse, security } from '../../http/router';
import { recordAudit } from '../audit/record-audit';
import { renderDocx } from '../documents/render-docx';
import { docxToPdf } from '../documents/render-pdf';
import { moneyDate, positiveMoney, text } from '../funds/fields';
import { findFund } from '../funds/queries';
import { householdCategories } from '../households/schema';
import { findUnit } from '../units/queries';
import { addSupport } from './commands/add-support';
import { handOver } from './commands/hand-over';
import { createProgram } from './commands/save-program';
import { canAddSupport, canHandOver, canManageRelief, canReadSupportAt, supportReadRoots } from './policy';
import { presentProgram, presentSupport, presentSupportRow, presentYearRow, summaryText } from './present';
import {
  categoriesOf,
  findHousehold,
  findProgram,
  findSupport,
  householdYear,
  listPrograms,
  programSupports,
  searchProgramHouseholds,
  suggestions,
  summarize,
} from './queries';
import { supportKinds } from './schema';
import { signOffDocument, signOffXlsx } from './sign-off-document';
import { fileResponse, fileSlug } from '../../http/files';

const TAGS = ['Hộ gia đình & trợ giúp'];
const anyJson = z.record(z.string(), z.unknown());

const programBody = z.object({
  communeId: uuid('xã'),
  name: text('tên chương trình', 300),
  date: z.iso.date('Ngày dạng YYYY-MM-DD, là ngày có thật.'),
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

const get200 = (path: string) =>
  createRoute({
    method: 'get',
    path,
    tags: TAGS,
    security,
    request: { params: idParam },
    responses: { 200: jsonResponse(anyJson), ...errorResponses },
  });
const getQuery200 = <Q extends z.ZodObject>(path: string, query: Q) =>
  createRoute({
    method: 'get',
    path,
    tags: TAGS,
    security,
    request: { params: idParam, query },
    responses: { 200: jsonResponse(anyJson), ...errorResponses },
  });

export function reliefRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();

  /** The programme, when the actor may see its commune; otherwise 404 (field named when it is a reference). */
  async function programOr404(actor: Actor, id: string, field?: string) {
    const found = await findProgram(db, id);
    if (!found || !canReadCommune(actor, { id: found.program.communeId, path: found.communePath })) {
      if (field) throw unknownReference(field, 'Chương trình trợ giúp');
      throw notFound('Chương trình trợ giúp');
    }
    return found;
  }

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/relief-programs',
      tags: TAGS,
      security,
      description: 'Lập chương trình trợ giúp (Ban Thường trực xã): tên, ngày, đơn vị phối hợp, các diện hộ hướng tới.',
      request: { body: jsonBody(programBody) },
      responses: { 201: jsonResponse(anyJson, 'Đã lập'), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const body = c.req.valid('json');
      const commune = await findUnit(db, body.communeId);
      if (commune?.level !== 'commune' || !canReadCommune(actor, commune)) throw unknownReference('communeId', 'Xã');
      if (!canManageRelief(actor, commune))
        throw forbidden({ communeId: 'Chỉ Ban Thường trực xã lập chương trình trợ giúp.' });
      const row = await createProgram(db, metaOf(actor, c.get('ip')), commune, {
        name: body.name,
        date: body.date,
        partner: body.partner || null,
        targetCategories: [...new Set(body.targetCategories)],
        note: body.note || null,
      });
      return c.json(presentProgram(row, { households: 0, value: 0 }), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/relief-programs',
      tags: TAGS,
      security,
      request: { query: listQuery },
      responses: { 200: jsonResponse(anyJson), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const rows = await listPrograms(db, actor, supportReadRoots(actor), c.req.valid('query').communeId);
      return c.json({ items: rows.map((r) => presentProgram(r.program, r)) }, 200);
    },
  );

  app.openapi(get200('/api/v1/relief-programs/{id}'), async (c) => {
    const actor = actorOf(c);
    const { program, communePath } = await programOr404(actor, c.req.valid('param').id);
    const s = summarize(await programSupports(db, program, supportReadRoots(actor)));
    return c.json(
      {
        ...presentProgram(program, s),
        canManage: canManageRelief(actor, { id: program.communeId, path: communePath }),
      },
      200,
    );
  });

  app.openapi(get200('/api/v1/relief-programs/{id}/supports'), async (c) => {
    const actor = actorOf(c);
    const { program } = await programOr404(actor, c.req.valid('param').id);
    const rows = await programSupports(db, program, supportReadRoots(actor));
    return c.json({ items: rows.map(presentSupportRow) }, 200);
  });

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/relief-programs/{id}/supports',
      tags: TAGS,
      security,
      description:
        'Trao hỗ trợ cho một hộ: hình thức, giá trị, nguồn (quỹ — ghi phiếu chi trên sổ quỹ, không chi quá số dư; hoặc nhà hảo tâm). Mỗi hộ một lần trong một chương trình; 409 nếu đã nhận mà không nêu lý do trao thêm (overrideReason).',
      request: { params: idParam, body: jsonBody(supportBody) },
      responses: { 201: jsonResponse(anyJson, 'Đã ghi'), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const body = c.req.valid('json');
      const { program, communePath } = await programOr404(actor, c.req.valid('param').id);
      const commune = { id: program.communeId, path: communePath };
      const found = await findHousehold(db, body.householdId);
      if (
        !found ||
        found.household.communeId !== program.communeId ||
        found.household.erasedAt ||
        !canReadSupportAt(actor, found.household.unitPath)
      )
        throw unknownReference('householdId', 'Hộ gia đình');
      const household = found.household;
      if (!canAddSupport(actor, commune, household.unitPath, !!body.fundId)) {
        throw forbidden(
          body.fundId && canAddSupport(actor, commune, household.unitPath, false)
            ? { fundId: 'Chi từ quỹ do Ban Thường trực xã lập.' }
            : { householdId: 'Bạn không được ghi hỗ trợ cho hộ này.' },
        );
      }
      let source: Parameters<typeof addSupport>[4]['source'] = body.donorName
        ? { kind: 'donor', donorName: body.donorName }
        : { kind: 'other' };
      if (body.fundId) {
        const f = await findFund(db, body.fundId);
        if (!f || f.fund.communeId !== program.communeId) throw unknownReference('fundId', 'Quỹ');
        const date = body.date ?? program.date;
        if (date > addDays(todayVn(), 1))
          throw invalid({ date: 'Chương trình chưa đến ngày: ghi ngày chi (date) không sau hôm nay.' });
        source = {
          kind: 'fund',
          fund: f.fund,
          communePath: f.communePath,
          date,
          decisionRef: body.decisionRef ?? `Chương trình "${program.name}"`,
        };
      }
      const row = await addSupport(db, metaOf(actor, c.get('ip')), program, household, {
        kind: body.kind,
        value: body.value,
        description: body.description || null,
        overrideReason: body.overrideReason || null,
        source,
      });
      const [full] = (await programSupports(db, program, null)).filter((r) => r.support.id === row.id);
      return c.json(full ? presentSupportRow(full) : presentSupport(row), 201);
    },
  );

  app.openapi(get200('/api/v1/relief-programs/{id}/summary'), async (c) => {
    const actor = actorOf(c);
    const { program } = await programOr404(actor, c.req.valid('param').id);
    const s = summarize(await programSupports(db, program, supportReadRoots(actor)));
    return c.json({ programId: program.id, ...s, text: summaryText(s.households, s.value) }, 200);
  });

  app.openapi(get200('/api/v1/relief-programs/{id}/suggestions'), async (c) => {
    const actor = actorOf(c);
    const { program } = await programOr404(actor, c.req.valid('param').id);
    const items = await suggestions(db, program, supportReadRoots(actor));
    return c.json({ year: Number(program.date.slice(0, 4)), targetCategories: program.targetCategories, items }, 200);
  });

  // Household picker for the "add support" form: the programme's commune, searched without diacritics.
  app.openapi(getQuery200('/api/v1/relief-programs/{id}/households', searchQuery), async (c) => {
    const actor = actorOf(c);
    const { program } = await programOr404(actor, c.req.valid('param').id);
    const roots = supportReadRoots(actor);
    const q = foldVietnamese(c.req.valid('query').q ?? '');
    const rows = await searchProgramHouseholds(db, program.communeId, roots, q);
    const year = Number(program.date.slice(0, 4));
    const cats = await categoriesOf(
      db,
      rows.map((r) => r.id),
      year,
    );
    const served = new Set((await programSupports(db, program, roots)).map((r) => r.support.householdId));
    return c.json(
      { items: rows.map((r) => ({ ...r, categories: cats.get(r.id) ?? [], served: served.has(r.id) })) },
      200,
    );
  });

  app.openapi(getQuery200('/api/v1/households/{id}/supports', yearQuery), async (c) => {
    const actor = actorOf(c);
    const found = await findHousehold(db, c.req.valid('param').id);
    const commune = found ? await findUnit(db, found.household.communeId) : null;
    if (!found || !commune || !canReadCommune(actor, commune) || !canReadSupportAt(actor, found.household.unitPath))
      throw notFound('Hộ gia đình');
    const year = c.req.valid('query').year ?? Number(todayVn().slice(0, 4));
    const rows = await householdYear(db, found.household.id, year);
    const value = rows.reduce((s, r) => s + r.support.value, 0);
    const cats = await categoriesOf(db, [found.household.id], year);
    return c.json(
      {
        household: {
          id: found.household.id,
          headName: found.household.headName,
          villageId: found.household.villageId,
          villageName: found.villageName,
          categories: cats.get(found.household.id) ?? [],
        },
        year,
        items: rows.map(presentYearRow),
        programs: new Set(rows.map((r) => r.support.programId)).size,
        value,
      },
      200,
    );
  });

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/relief-supports/{id}/hand-over',
      tags: TAGS,
      security,
      description: 'Đánh dấu đã trao quà (ngày, người trao).',
      request: { params: idParam, body: jsonBody(handOverBody) },
      responses: { 200: jsonResponse(anyJson), ...errorResponses },
    }),
    async (c) => {
      const actor = actorOf(c);
      const support = await findSupport(db, c.req.valid('param').id);
      const commune = support ? await findUnit(db, support.communeId) : null;
      if (!support || !commune || !canReadCommune(actor, commune) || !canReadSupportAt(actor, support.unitPath))
        throw notFound('Khoản hỗ trợ');
      if (!canHandOver(actor, commune, support.unitPath)) throw forbidden();
      const row = await handOver(db, metaOf(actor, c.get('ip')), support, c.req.valid('json'));
      return c.json(presentSupport(row), 200);
    },
  );

  // Danh sách ký nhận as Word, Excel or PDF; exporting a personal list is logged (DOMAIN.md rule 6).
  for (const ext of ['docx', 'xlsx', 'pdf'] as const) {
    app.get(`/api/v1/relief-programs/:id/sign-off.${ext}`, async (c) => {
      const actor = actorOf(c);
      const id = c.req.param('id');
      if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound('Chương trình trợ giúp');
      const { program } = await programOr404(actor, id);
      const commune = await findUnit(db, program.communeId);
      if (!commune) throw notFound('Xã');
      const roots = supportReadRoots(actor);
      const rows = await programSupports(db, program, roots);
      let body: Uint8Array;
      if (ext === 'xlsx') body = await signOffXlsx(program, commune, rows, program.date);
      else {
        const docx = await renderDocx(signOffDocument(program, commune, rows, program.date));
        body =
          ext === 'docx'
            ? new Uint8Array(docx)
            : new Uint8Array(await docxToPdf(docx, { inputName: 'danh-sach-ky-nhan' }));
      }
      await recordAudit(db, metaOf(actor, c.get('ip')), {
        action: 'relief_program.sign_off_export',
        entity: 'relief_program',
        entityId: program.id,
        communeId: program.communeId,
        scopePath: commune.path,
        after: { format: ext, rows: rows.length },
      });
      const file = `danh-sach-ky-nhan-${fileSlug(program.name, 'chuong-trinh')}.${ext}`;
      return fileResponse(c, new Uint8Array(body), file);
    });
  }

  return app;
}
