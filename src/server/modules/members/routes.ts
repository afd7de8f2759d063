import { todayVn } from '../../../lib/dates';
import { createRoute, z } from '@hono/zod-openapi';
import { commandContext } from '../../http/context';
import type { AppDeps } from '../../http/env';
import { actorOf, createRouter, errorResponses, idParam, jsonBody, jsonResponse, security } from '../../http/router';
import { findCommuneUnitVisibleTo, findOrganizationVisibleTo, findUnitVisibleTo } from '../units/lookup';
import { addPerson } from './commands/add-person';
import { admitMember } from './commands/admit-member';
import { createBranch } from './commands/create-branch';
import { recordDues } from './commands/record-dues';
import { recordLeave } from './commands/record-leave';
import { setDuesRule } from './commands/set-dues-rule';
import { duesGrid } from './dues-grid';
import * as f from './fields';
import { presentBranch, presentMembership, presentPerson } from './present';
import { countsByChild, findPerson, latestDuesYear, listBranches, memberCounts, searchPeople } from './queries';
import { readMemberList } from './commands/read-members';
import { erasePerson } from './commands/erase-person';
import { exportPerson } from './commands/export-person';
import { extraCountColumns } from './count-columns';
import { countsCsv, countsTable, countsXlsx } from './counts-export';
import { fileResponse, fileSlug } from '../../http/files';
import { currentChildren, findUnit, listOrganizations } from '../units/queries';
import { MAX_EXPORT_ROWS, membersXlsx } from './list-export';

const TAGS = ['Hội viên'];
const created = (schema: z.ZodType, what: string) => ({ 201: jsonResponse(schema, what), ...errorResponses });
const ok = (schema: z.ZodType) => ({ 200: jsonResponse(schema), ...errorResponses });

const routes = {
  addPerson: createRoute({
    method: 'post',
    path: '/api/v1/people',
    tags: TAGS,
    security,
    request: { body: jsonBody(f.personBody) },
    responses: created(f.personOut, 'Đã thêm người'),
  }),
  erasePerson: createRoute({
    method: 'post',
    path: '/api/v1/people/{id}/erase',
    tags: TAGS,
    security,
    description:
      'Xóa thông tin một người theo yêu cầu (Luật 91/2025): họ tên, năm sinh, giới tính, dân tộc, điện thoại; các ' +
      'lượt hội viên giữ lại không tên để số liệu các kỳ trước không đổi. Ban Thường trực xã, có lý do.',
    request: {
      params: idParam,
      body: jsonBody(z.object({ reason: f.reasonText }).strict()),
    },
    responses: ok(f.personOut),
  }),
  personalData: createRoute({
    method: 'get',
    path: '/api/v1/people/{id}/personal-data',
    tags: TAGS,
    security,
    description:
      'Toàn bộ dữ liệu về một người (thông tin, các lượt hội viên, hội phí, chuyển sinh hoạt) để cung cấp khi người ' +
      'đó yêu cầu. Được ghi nhật ký.',
    request: { params: idParam },
    responses: ok(f.personalDataOut),
  }),
  searchPeople: createRoute({
    method: 'get',
    path: '/api/v1/people',
    tags: TAGS,
    security,
    description: 'Tìm người trong phạm vi theo họ tên (không phân biệt dấu), tối đa 50.',
    request: {
      query: z.object({
        q: z.string().max(100, 'Từ khóa tối đa 100 ký tự.').default(''),
        villageId: z.uuid('Mã thôn không hợp lệ.').optional(),
      }),
    },
    responses: ok(z.object({ items: z.array(f.personOut) })),
  }),
  addBranch: createRoute({
    method: 'post',
    path: '/api/v1/branches',
    tags: TAGS,
    security,
    request: { body: jsonBody(f.branchBody) },
    responses: created(f.branchOut, 'Đã thêm chi hội'),
  }),
  listBranches: createRoute({
    method: 'get',
    path: '/api/v1/branches',
    tags: TAGS,
    security,
    request: {
      query: z.object({
        organizationId: z.uuid('Mã tổ chức không hợp lệ.').optional(),
        communeId: z.uuid('Mã xã không hợp lệ.').optional(),
      }),
    },
    responses: ok(z.object({ items: z.array(f.branchOut) })),
  }),
  admit: createRoute({
    method: 'post',
    path: '/api/v1/memberships',
    tags: TAGS,
    security,
    description: 'Kết nạp: 409 khi người này đang là hội viên của tổ chức đó.',
    request: { body: jsonBody(f.membershipBody) },
    responses: created(f.membershipOut, 'Đã kết nạp'),
  }),
  leave: createRoute({
    method: 'post',
    path: '/api/v1/memberships/{id}/leave',
    tags: TAGS,
    security,
    request: { params: idParam, body: jsonBody(f.leaveBody) },
    responses: ok(f.membershipOut),
  }),
  listMemberships: createRoute({
    method: 'get',
    path: '/api/v1/memberships',
    tags: TAGS,
    security,
    description:
      'Hội viên trong phạm vi: trưởng thôn thôn mình, trưởng tổ chức tổ chức mình, Ban Thường trực cả xã. ' +
      '`q` tìm theo họ tên không phân biệt dấu.',
    request: { query: f.membershipListQuery },
    responses: ok(
      z.object({ items: z.array(f.membershipOut), total: z.number(), limit: z.number(), offset: z.number() }),
    ),
  }),
  exportList: createRoute({
    method: 'get',
    path: '/api/v1/memberships/export.xlsx',
    tags: TAGS,
    security,
    description:
      'Danh sách hội viên trong phạm vi ra Excel, cùng bộ lọc như /memberships (tối đa 50.000 dòng), các cột của ' +
      'tệp mẫu nhập rồi Tổ chức, Ngày ra, Lý do ra. Dữ liệu cá nhân: việc xuất được ghi nhật ký.',
    request: { query: f.membershipListQuery.omit({ limit: true, offset: true }) },
    responses: { 200: { description: 'Tệp .xlsx' }, ...errorResponses },
  }),
  counts: createRoute({
    method: 'get',
    path: '/api/v1/members/counts',
    tags: TAGS,
    security,
    description: 'Số người và số lượt hội viên của đơn vị (thôn, xã, tỉnh) tính đến ngày `asOf` (mặc định hôm nay).',
    request: { query: f.countsQuery },
    responses: ok(f.countsOut),
  }),
  countsXlsx: createRoute({
    method: 'get',
    path: '/api/v1/members/counts.xlsx',
    tags: TAGS,
    security,
    description:
      'Bảng số liệu hội viên gửi cấp trên, mỗi dòng một thôn (của xã) hoặc một xã (của tỉnh), tính đến `asOf`. Cột: ' +
      'STT, Đơn vị, Mã, Số chi hội, Số người, Số lượt hội viên, rồi mỗi tổ chức một cột (tên viết tắt), rồi Ủy viên ' +
      'Ủy ban MTTQ, Ban Thường trực (bảng các xã) và Thành viên Ban công tác Mặt trận; dòng cuối Tổng cộng. Cùng bảng dạng CSV: /members/counts.csv (UTF-8 có BOM).',
    request: { query: f.countsQuery },
    responses: { 200: { description: 'Tệp .xlsx' }, ...errorResponses },
  }),
  countsCsv: createRoute({
    method: 'get',
    path: '/api/v1/members/counts.csv',
    tags: TAGS,
    security,
    description: 'Như /members/counts.xlsx, dạng CSV (UTF-8 có BOM, dấu phẩy).',
    request: { query: f.countsQuery },
    responses: { 200: { description: 'Tệp .csv' }, ...errorResponses },
  }),
  dues: createRoute({
    method: 'post',
    path: '/api/v1/dues-payments',
    tags: TAGS,
    security,
    description: 'Thu hội phí, đoàn phí của một hội viên cho một kỳ: 409 khi kỳ đó đã nộp.',
    request: { body: jsonBody(f.duesBody) },
    responses: created(
      z.object({ id: z.string(), membershipId: z.string(), period: z.string(), amount: z.number() }),
      'Đã ghi',
    ),
  }),
  duesRule: createRoute({
    method: 'post',
    path: '/api/v1/dues-rules',
    tags: TAGS,
    security,
    request: { body: jsonBody(f.duesRuleBody) },
    responses: created(
      z.object({
        id: z.string(),
        organizationId: z.string(),
        category: z.string(),
        amount: z.number(),
        validFrom: z.string(),
      }),
      'Đã đặt mức phí',
    ),
  }),
  duesLatestYear: createRoute({
    method: 'get',
    path: '/api/v1/dues/latest-year',
    tags: TAGS,
    security,
    description:
      'Năm gần nhất (không sau năm nay) có hội viên của tổ chức (chi hội) đã đóng hội phí, trong phạm vi người ' +
      'dùng: bảng thu phí mở ở năm đó; `year` null khi chưa có khoản nào.',
    request: { query: f.duesGridQuery.omit({ year: true }) },
    responses: ok(z.object({ year: z.number().nullable() })),
  }),
  duesGrid: createRoute({
    method: 'get',
    path: '/api/v1/dues',
    tags: TAGS,
    security,
    description:
      'Bảng thu phí của chi hội (hoặc cả tổ chức) trong một năm: hội viên × kỳ, tổng thu, còn nợ, phần nộp cấp trên.',
    request: { query: f.duesGridQuery },
    responses: ok(
      z.object({
        year: z.number(),
        periods: z.array(z.string()),
        members: z.array(
          z.object({
            membershipId: z.string(),
            fullName: z.string(),
            duesCategory: z.string(),
            paid: z.array(z.number().nullable()),
            member: z.array(z.boolean()),
            due: z.number(),
            rate: z.number().nullable(),
          }),
        ),
        totals: z.object({ collected: z.number(), due: z.number(), unpaidMembers: z.number(), shareUp: z.number() }),
      }),
    ),
  }),
};

// Today in Vietnam: between 0:00 and 7:00 there, the UTC date is still yesterday.
const today = () => todayVn();

export function membersRoutes(deps: AppDeps) {
  const { db } = deps;
  const app = createRouter();

  app.openapi(routes.addPerson, async (c) => {
    const person = await addPerson(commandContext(c, db), c.req.valid('json'));
    return c.json(presentPerson(person), 201);
  });

  app.openapi(routes.erasePerson, async (c) => {
    const person = await erasePerson(commandContext(c, db), { id: c.req.valid('param').id, ...c.req.valid('json') });
    return c.json(presentPerson(person), 200);
  });

  app.openapi(routes.personalData, async (c) => {
    const data = await exportPerson(commandContext(c, db), c.req.valid('param').id);
    c.header('Cache-Control', 'no-store');
    return c.json(data, 200);
  });

  app.openapi(routes.searchPeople, async (c) => {
    const actor = actorOf(c);
    const { q, villageId } = c.req.valid('query');
    const village = villageId ? await findUnitVisibleTo(db, actor, villageId, 'villageId') : undefined;
    return c.json({ items: (await searchPeople(db, actor, q, village?.path)).map(presentPerson) }, 200);
  });

  app.openapi(routes.addBranch, async (c) => {
    return c.json(presentBranch(await createBranch(commandContext(c, db), c.req.valid('json'))), 201);
  });

  app.openapi(routes.listBranches, async (c) => {
    const actor = actorOf(c);
    const { organizationId, communeId } = c.req.valid('query');
    return c.json({ items: (await listBranches(db, actor, organizationId, communeId)).map(presentBranch) }, 200);
  });

  app.openapi(routes.admit, async (c) => {
    const ctx = commandContext(c, db);
    const m = await admitMember(ctx, c.req.valid('json'));
    const person = await findPerson(db, m.personId);
    if (!person) throw new Error('person vanished');
    return c.json(presentMembership(m, person, (await findUnit(db, person.villageId))?.name), 201);
  });

  app.openapi(routes.leave, async (c) => {
    const m = await recordLeave(commandContext(c, db), { id: c.req.valid('param').id, ...c.req.valid('json') });
    const person = await findPerson(db, m.personId);
    if (!person) throw new Error('person vanished');
    return c.json(presentMembership(m, person, (await findUnit(db, person.villageId))?.name), 200);
  });

  /** The list's filter in scope, and where its read is filed: the village or commune filtered on, else home. */
  async function listScope(actor: ReturnType<typeof actorOf>, q: { villageId?: string; communeId?: string }) {
    const village = q.villageId ? await findCommuneUnitVisibleTo(db, actor, q.villageId, 'villageId') : undefined;
    const commune = q.communeId ? await findCommuneUnitVisibleTo(db, actor, q.communeId, 'communeId') : undefined;
    const home = actor.grants.find((g) => g.unitPath);
    const where = {
      communeId: village?.communeId ?? commune?.id ?? home?.communeId ?? null,
      scopePath: village?.path ?? commune?.path ?? home?.unitPath ?? null,
    };
    return { villagePath: village?.path, where };
  }

  app.openapi(routes.exportList, async (c) => {
    const actor = actorOf(c);
    const { villageId, ...q } = c.req.valid('query');
    const { villagePath, where } = await listScope(actor, { villageId, communeId: q.communeId });
    const filter = { ...q, villagePath, limit: MAX_EXPORT_ROWS, offset: 0 };
    const { rows } = await readMemberList(db, actor, commandContext(c, db).meta, filter, where, 'member.export');
    const communeIds = [...new Set(rows.map((r) => r.m.communeId))];
    const [orgs, branchRows] = await Promise.all([listOrganizations(db, actor), listBranches(db, actor)]);
    const names = {
      organizations: new Map(
        orgs.filter((o) => communeIds.includes(o.org.communeId)).map((o) => [o.org.id, o.org.shortName]),
      ),
      branches: new Map(branchRows.map((b) => [b.id, b.name])),
    };
    c.header('Cache-Control', 'no-store');
    return fileResponse(c, await membersXlsx(rows, names), `danh-sach-hoi-vien-${today()}.xlsx`);
  });

  app.openapi(routes.listMemberships, async (c) => {
    const actor = actorOf(c);
    const { villageId, ...q } = c.req.valid('query');
    const { villagePath, where } = await listScope(actor, { villageId, communeId: q.communeId });
    const { rows, total } = await readMemberList(db, actor, commandContext(c, db).meta, { ...q, villagePath }, where);
    c.header('Cache-Control', 'no-store');
    const items = rows.map((r) => presentMembership(r.m, r.p, r.villageName));
    return c.json({ items, total, limit: q.limit, offset: q.offset }, 200);
  });

  app.openapi(routes.counts, async (c) => {
    const actor = actorOf(c);
    const { unitId, asOf = today() } = c.req.valid('query');
    const unit = await findCommuneUnitVisibleTo(db, actor, unitId, 'unitId');
    return c.json({ asOf, ...(await memberCounts(db, actor, unit.path, asOf, undefined, unit.communeId)) }, 200);
  });

  /** The counts table of a unit's villages or communes (both export routes share it). */
  async function table(actor: ReturnType<typeof actorOf>, unitId: string, asOf: string) {
    const unit = await findCommuneUnitVisibleTo(db, actor, unitId, 'unitId');
    const children = await currentChildren(db, unit.id);
    const counts = await countsByChild(db, actor, unit, asOf);
    const extra = await extraCountColumns(db, unit, unit.level === 'commune' ? 'village' : 'commune', asOf);
    return { unit, t: countsTable(unit, children, counts, asOf, extra) };
  }

  app.openapi(routes.countsXlsx, async (c) => {
    const { unitId, asOf = today() } = c.req.valid('query');
    const { unit, t } = await table(actorOf(c), unitId, asOf);
    return fileResponse(c, await countsXlsx(t), `hoi-vien-${fileSlug(unit.name, 'don-vi')}-${t.asOf}.xlsx`);
  });

  app.openapi(routes.countsCsv, async (c) => {
    const { unitId, asOf = today() } = c.req.valid('query');
    const { unit, t } = await table(actorOf(c), unitId, asOf);
    return fileResponse(c, countsCsv(t), `hoi-vien-${fileSlug(unit.name, 'don-vi')}-${t.asOf}.csv`);
  });

  app.openapi(routes.dues, async (c) => {
    const row = await recordDues(commandContext(c, db), c.req.valid('json'));
    return c.json({ id: row.id, membershipId: row.membershipId, period: row.period, amount: row.amount }, 201);
  });

  app.openapi(routes.duesRule, async (c) => {
    const row = await setDuesRule(commandContext(c, db), c.req.valid('json'));
    const { id, organizationId, category, amount, validFrom } = row;
    return c.json({ id, organizationId, category, amount, validFrom }, 201);
  });

  app.openapi(routes.duesLatestYear, async (c) => {
    const actor = actorOf(c);
    const q = c.req.valid('query');
    await findOrganizationVisibleTo(db, actor, q.organizationId, 'organizationId');
    return c.json({ year: await latestDuesYear(db, actor, q, Number(today().slice(0, 4))) }, 200);
  });

  app.openapi(routes.duesGrid, async (c) => {
    const actor = actorOf(c);
    const q = c.req.valid('query');
    await findOrganizationVisibleTo(db, actor, q.organizationId, 'organizationId');
    const grid = await duesGrid(db, actor, q);
    // JSON has no undefined: `member` says in which periods the person was a member; `paid` null there is unpaid.
    const members = grid.members.map((m) => ({
      ...m,
      paid: m.paid.map((x) => x ?? null),
      member: m.paid.map((x) => x !== undefined),
    }));
    return c.json({ ...grid, members }, 200);
  });

  return app;
}
