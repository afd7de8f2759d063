import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_PASSWORD,
  createHarness,
  seedWorld,
  type ErrorBody,
  type Harness,
  type Items,
  type World,
} from '../../testing/harness';

/** Issue 14.4–14.5: people, memberships, counts as of a date, branches and dues — scope, bad input, races. */
let h: Harness;
let w: World;
const t = { admin: '', standing1: '', upper1: '', orglead1: '', village1: '', viewer1: '' };
const TABLES = ['people', 'memberships', 'branches', 'dues_rules', 'dues_payments'];

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  t.admin = await h.login('admin', ADMIN_PASSWORD);
  for (const u of ['standing1', 'upper1', 'orglead1', 'village1', 'viewer1'] as const) t[u] = await h.login(u);
});
afterAll(async () => h?.close());

type Id = { id: string };
type Membership = Id & { personId: string; organizationId: string; leftOn: string | null; fullName: string };
const post = async <T = Id>(token: string, path: string, body: unknown) => {
  const res = await h.request('POST', path, { token, body });
  return res as { status: number; body: T & ErrorBody };
};
const get = async <T>(token: string, path: string) => {
  const res = await h.request('GET', path, { token });
  expect(res.status, `${path} ${JSON.stringify(res.body)}`).toBe(200);
  return res.body as T;
};
const fields = (body: unknown) => Object.keys((body as ErrorBody).error.fields ?? {});
const person = async (token: string, fullName: string, villageId: string, birthYear = 1980) => {
  const res = await post(token, '/api/v1/people', { fullName, villageId, birthYear });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id;
};
const admit = (token: string, personId: string, organizationId: string, joinedOn = '2024-01-10', extra = {}) =>
  post<Membership>(token, '/api/v1/memberships', { personId, organizationId, joinedOn, ...extra });

describe('people and memberships', () => {
  it('one person in two organisations counts once as a person and twice as a membership', async () => {
    const an = await person(t.standing1, 'Nguyễn Thị An', w.V1.id);
    expect((await admit(t.standing1, an, w.O1.id)).status).toBe(201);
    expect((await admit(t.standing1, an, w.O2.id)).status).toBe(201);
    const counts = await get<{
      people: number;
      memberships: number;
      byOrganization: { name: string; members: number }[];
    }>(t.standing1, `/api/v1/members/counts?unitId=${w.C1.id}&asOf=2024-06-30`);
    expect(counts).toMatchObject({ people: 1, memberships: 2 });
    expect(counts.byOrganization.map((o) => `${o.name}: ${o.members}`)).toEqual([
      'Hội Nông dân xã Một: 1',
      'Hội Phụ nữ xã Một: 1',
    ]);
  });

  it('counts as of a date: not before joining, not after leaving (a member who left in March is not counted in June)', async () => {
    const binh = await person(t.standing1, 'Trần Văn Bình', w.V2.id);
    const m = (await admit(t.standing1, binh, w.O1.id, '2025-01-15')).body;
    const left = await post<Membership>(t.standing1, `/api/v1/memberships/${m.id}/leave`, {
      leftOn: '2025-03-20',
      reason: 'Chuyển đi nơi khác',
    });
    expect(left.status).toBe(200);
    expect(left.body.leftOn).toBe('2025-03-20');
    const at = async (asOf: string) =>
      (await get<{ memberships: number }>(t.standing1, `/api/v1/members/counts?unitId=${w.V2.id}&asOf=${asOf}`))
        .memberships;
    expect(await at('2025-01-01')).toBe(0);
    expect(await at('2025-02-01')).toBe(1);
    expect(await at('2025-06-30')).toBe(0);
    // Having left, the person may join again.
    expect((await admit(t.standing1, binh, w.O1.id, '2025-09-01')).status).toBe(201);
  });

  it('a second open membership of the same organisation is a 409; bad input is a 4xx naming the field; nothing written', async () => {
    const chi = await person(t.standing1, 'Lê Thị Chi', w.V1.id);
    const first = await admit(t.standing1, chi, w.O1.id);
    expect(first.status).toBe(201);
    const before = await h.counts(TABLES);
    const twice = await admit(t.standing1, chi, w.O1.id, '2024-05-01');
    expect(twice.status).toBe(409);
    expect(fields(twice.body)).toEqual(['personId']);
    const cases: [string, unknown, number, string][] = [
      ['/api/v1/people', { fullName: 'A', villageId: w.C1.id }, 422, 'villageId'],
      ['/api/v1/people', { fullName: 'A', villageId: w.V3.id }, 404, 'villageId'],
      ['/api/v1/people', { fullName: 'A\u202Eb', villageId: w.V1.id }, 422, 'fullName'],
      ['/api/v1/people', { fullName: 'A', villageId: w.V1.id, birthYear: 3000 }, 422, 'birthYear'],
      [
        '/api/v1/memberships',
        { personId: chi, organizationId: w.O4.id, joinedOn: '2024-01-01' },
        404,
        'organizationId',
      ],
      ['/api/v1/memberships', { personId: chi, organizationId: w.O2.id, joinedOn: '2024-02-30' }, 422, 'joinedOn'],
      [`/api/v1/memberships/${first.body.id}/leave`, { leftOn: '2023-12-31', reason: 'Thử' }, 422, 'leftOn'],
    ];
    for (const [path, body, status, field] of cases) {
      const res = await post(t.standing1, path, body);
      expect(res.status, `${path} ${JSON.stringify(body)}`).toBe(status);
      expect(fields(res.body), path).toContain(field);
    }
    expect(await h.counts(TABLES)).toEqual(before);
  });

  it('an organisation of another commune cannot take a person (admin sees both: 422 naming organizationId)', async () => {
    const dung = await person(t.standing1, 'Phạm Văn Dũng', w.V1.id);
    const before = await h.counts(TABLES);
    const res = await admit(t.admin, dung, w.O4.id);
    expect(res.status).toBe(422);
    expect(fields(res.body)).toEqual(['organizationId']);
    expect(await h.counts(TABLES)).toEqual(before);
  });
});

describe('who sees and writes the member lists', () => {
  it('a village head writes and reads their village; an organisation head their organisation; viewers and the province only read', async () => {
    const own = await person(t.village1, 'Hoàng Văn Em', w.V1.id);
    expect((await post(t.village1, '/api/v1/people', { fullName: 'Ngoài thôn', villageId: w.V2.id })).status).toBe(403);
    const inV2 = await person(t.standing1, 'Đỗ Thị Giang', w.V2.id);
    expect((await admit(t.orglead1, inV2, w.O1.id)).status).toBe(201);
    expect((await admit(t.orglead1, inV2, w.O2.id)).status).toBe(403);
    expect((await admit(t.village1, own, w.O2.id)).status).toBe(201);
    for (const token of [t.viewer1, t.upper1]) {
      expect((await post(token, '/api/v1/people', { fullName: 'Không được', villageId: w.V1.id })).status).toBe(403);
      expect((await admit(token, own, w.O1.id)).status).toBe(403);
    }
    const list = async (token: string, q = '') =>
      (await get<Items<Membership>>(token, `/api/v1/memberships?communeId=${w.C1.id}${q}`)).items;
    const villageRows = await list(t.village1);
    expect(villageRows.length).toBeGreaterThan(0);
    expect(villageRows.every((m) => m.fullName !== 'Đỗ Thị Giang' && m.fullName !== 'Trần Văn Bình')).toBe(true);
    const orgRows = await list(t.orglead1);
    expect(orgRows.length).toBeGreaterThan(0);
    expect(orgRows.every((m) => m.organizationId === w.O1.id)).toBe(true);
    expect((await list(t.upper1)).length).toBe((await list(t.standing1)).length);
    expect((await list(t.standing1, '&q=giang')).map((m) => m.fullName)).toEqual(['Đỗ Thị Giang']);
    // Another province's commune: not found.
    const outside = await h.request('GET', `/api/v1/members/counts?unitId=${w.C3.id}`, { token: t.standing1 });
    expect(outside.status).toBe(404);
  });
});

describe('branches and dues', () => {
  let membershipId = '';
  it('a branch per village; a name once per organisation; a member is placed in a branch of their organisation', async () => {
    const branch = await post(t.orglead1, '/api/v1/branches', {
      organizationId: w.O1.id,
      villageId: w.V1.id,
      name: 'Chi hội Thôn Một',
    });
    expect(branch.status).toBe(201);
    const again = await post(t.standing1, '/api/v1/branches', { organizationId: w.O1.id, name: 'chi hội thôn một' });
    expect(again.status).toBe(409);
    expect(fields(again.body)).toEqual(['name']);
    const other = await post(t.standing1, '/api/v1/branches', { organizationId: w.O2.id, name: 'Chi hội ND Thôn Một' });
    const kim = await person(t.standing1, 'Vũ Thị Kim', w.V1.id);
    const wrong = await admit(t.standing1, kim, w.O1.id, '2025-01-01', { branchId: other.body.id });
    expect(wrong.status).toBe(422);
    expect(fields(wrong.body)).toEqual(['branchId']);
    const m = await admit(t.standing1, kim, w.O1.id, '2025-01-01', {
      branchId: branch.body.id,
      duesCategory: 'Không lương',
    });
    expect(m.status).toBe(201);
    membershipId = m.body.id;
    const branches = await get<Items<{ name: string }>>(t.village1, `/api/v1/branches?organizationId=${w.O1.id}`);
    expect(branches.items.map((b) => b.name)).toEqual(['Chi hội Thôn Một']);
  });

  it('dues once per member and period: two clerks at once give one entry and one 409; bad periods name the field', async () => {
    const before = await h.counts(TABLES);
    const body = { membershipId, period: '2025-01', amount: 2000 };
    const [a, b] = await Promise.all([
      post(t.standing1, '/api/v1/dues-payments', body),
      post(t.orglead1, '/api/v1/dues-payments', body),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    expect((await h.counts(TABLES)).dues_payments).toBe((before.dues_payments ?? 0) + 1);
    const cases: [Record<string, unknown>, string][] = [
      [{ period: '2025-13' }, 'period'],
      [{ period: '1999' }, 'period'],
      [{ period: '2024-12' }, 'period'],
      [{ amount: 0 }, 'amount'],
      [{ amount: 1.5 }, 'amount'],
    ];
    for (const [over, field] of cases) {
      const res = await post(t.standing1, '/api/v1/dues-payments', {
        membershipId,
        amount: 2000,
        period: '2025-02',
        ...over,
      });
      expect(res.status, JSON.stringify(over)).toBe(422);
      expect(fields(res.body)).toEqual([field]);
    }
    expect((await post(t.village1, '/api/v1/dues-payments', { ...body, period: '2025-02' })).status).toBe(201);
    expect((await post(t.viewer1, '/api/v1/dues-payments', { ...body, period: '2025-03' })).status).toBe(403);
  });

  it('the grid shows each month paid or owed by the rule, the total, who owes, and the share passed up', async () => {
    const rule = await post(t.orglead1, '/api/v1/dues-rules', {
      organizationId: w.O1.id,
      category: 'Không lương',
      periodKind: 'month',
      amount: 2000,
      shareUpPercent: 40,
      validFrom: '2025-01-01',
    });
    expect(rule.status).toBe(201);
    await post(t.standing1, '/api/v1/dues-payments', { membershipId, period: '2025-03', amount: 2000 });
    const grid = await get<{
      periods: string[];
      members: { fullName: string; paid: (number | null)[]; member: boolean[]; due: number }[];
      totals: { collected: number; due: number; unpaidMembers: number; shareUp: number };
    }>(t.standing1, `/api/v1/dues?organizationId=${w.O1.id}&year=2025`);
    expect(grid.periods).toHaveLength(12);
    const kim = grid.members.find((m) => m.fullName === 'Vũ Thị Kim');
    expect(kim?.paid.slice(0, 4)).toEqual([2000, 2000, 2000, null]);
    expect(kim?.due).toBe(24_000);
    expect(grid.totals.collected).toBe(6000);
    expect(grid.totals.shareUp).toBe(2400);
    expect(grid.totals.unpaidMembers).toBeGreaterThanOrEqual(1);
    const bad = await h.request('GET', `/api/v1/dues?organizationId=${w.O1.id}&year=99`, { token: t.standing1 });
    expect(fields(bad.body)).toEqual(['year']);
  });
});

describe('members feed indicators', () => {
  it('"kết nạp mới … đạt N% KH" comes from the memberships admitted in the period', async () => {
    const ind = await post(t.standing1, '/api/v1/indicators', {
      ownerUnitId: w.C1.id,
      code: 'KET_NAP_PN',
      name: 'Kết nạp hội viên mới Hội Phụ nữ',
      unitLabel: 'hội viên',
      aggregation: 'sum',
      source: 'members.count',
      sourceParams: { organizationId: w.O1.id, measure: 'admitted' },
    });
    expect(ind.status, JSON.stringify(ind.body)).toBe(201);
    expect(
      (
        await post(t.standing1, '/api/v1/targets', {
          indicatorId: ind.body.id,
          unitId: w.C1.id,
          from: '2026-01-01',
          to: '2026-06-30',
          value: 2,
          assignedBy: { body: 'Ủy ban MTTQ tỉnh' },
        })
      ).status,
    ).toBe(201);
    for (const name of ['Mai Thị Một', 'Mai Thị Hai', 'Mai Thị Ba']) {
      const id = await person(t.standing1, name, w.V1.id);
      expect((await admit(t.standing1, id, w.O1.id, name === 'Mai Thị Ba' ? '2026-07-02' : '2026-03-08')).status).toBe(
        201,
      );
    }
    const p = await get<{ items: { indicatorId: string; actual: number; targets: { text: string }[] }[] }>(
      t.standing1,
      `/api/v1/progress?unitId=${w.C1.id}&from=2026-01-01&to=2026-06-30`,
    );
    const item = p.items.find((i) => i.indicatorId === ind.body.id);
    expect(item?.actual).toBe(2);
    expect(item?.targets[0]?.text).toContain('100%');
  });
});

describe('counts for the level above', () => {
  it('the .xlsx and .csv have one row per village with people, memberships and each organisation, and a total', async () => {
    const res = await h.app.request(`/api/v1/members/counts.xlsx?unitId=${w.C1.id}&asOf=2026-12-31`, {
      headers: { authorization: `Bearer ${t.standing1}` },
    });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const ws = wb.worksheets[0];
    const values = (n: number) => ((ws?.getRow(n).values as unknown[]) ?? []).slice(1);
    expect(values(4).slice(0, 6)).toEqual(['STT', 'Đơn vị', 'Mã', 'Số chi hội', 'Số người', 'Số lượt hội viên']);
    // The organisations, then the front's village boards (registered by the bodies module).
    expect(values(4).slice(6)).toEqual(['ND1', 'PN1', 'Thành viên Ban công tác Mặt trận']);
    const api = await get<{ people: number; memberships: number }>(
      t.standing1,
      `/api/v1/members/counts?unitId=${w.C1.id}&asOf=2026-12-31`,
    );
    const rows = [5, 6, 7].map(values);
    expect(rows.map((r) => r[1])).toEqual(['Thôn Hai', 'Thôn Một', 'Tổng cộng']);
    expect(rows[2]?.[4]).toBe(api.people);
    expect(rows[2]?.[5]).toBe(api.memberships);
    expect(Number(rows[2]?.[6]) + Number(rows[2]?.[7])).toBe(api.memberships);

    const csv = await h.app.request(`/api/v1/members/counts.csv?unitId=${w.C1.id}&asOf=2026-12-31`, {
      headers: { authorization: `Bearer ${t.standing1}` },
    });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const text = await csv.text();
    const lines = parse(text.replace(/^\uFEFF/, '')) as string[][];
    expect(lines[0]).toEqual([
      'STT',
      'Đơn vị',
      'Mã',
      'Số chi hội',
      'Số người',
      'Số lượt hội viên',
      'ND1',
      'PN1',
      'Thành viên Ban công tác Mặt trận',
    ]);
    expect(lines.at(-1)?.slice(4, 6)).toEqual([String(api.people), String(api.memberships)]);
    // The province reads one row per commune, the total equal to its own counts.
    const province = await h.app.request(`/api/v1/members/counts.csv?unitId=${w.P1.id}&asOf=2026-12-31`, {
      headers: { authorization: `Bearer ${t.upper1}` },
    });
    const provinceLines = parse((await province.text()).replace(/^\uFEFF/, '')) as string[][];
    expect(provinceLines.slice(1).map((l) => l[1])).toEqual(['Xã Hai', 'Xã Một', 'Tổng cộng']);
    const p1 = await get<{ memberships: number }>(t.upper1, `/api/v1/members/counts?unitId=${w.P1.id}&asOf=2026-12-31`);
    expect(provinceLines.at(-1)?.[5]).toBe(String(p1.memberships));
    // Another province's commune: not found, nothing exported.
    const outside = await h.request('GET', `/api/v1/members/counts.csv?unitId=${w.C3.id}`, { token: t.standing1 });
    expect(outside.status).toBe(404);
  });

  it('the tables count a person once as of each date: two organisations with one left, a gap, a change on the day', async () => {
    // In the 1990s, where no other test has members: each date's rows are this test's alone.
    const an = await person(t.standing1, 'Lê Thị Hai Hội', w.V1.id, 1950);
    const ba = await person(t.standing1, 'Phạm Văn Quay Lại', w.V1.id, 1951);
    const cu = await person(t.standing1, 'Đỗ Văn Chuyển Hội', w.V2.id, 1952);
    const join = async (id: string, org: string, joinedOn: string, leftOn?: string) => {
      const m = await admit(t.standing1, id, org, joinedOn);
      expect(m.status, JSON.stringify(m.body)).toBe(201);
      if (!leftOn) return;
      const left = await post(t.standing1, `/api/v1/memberships/${m.body.id}/leave`, { leftOn, reason: 'Thôi' });
      expect(left.status, JSON.stringify(left.body)).toBe(200);
    };
    await join(an, w.O1.id, '1995-01-01', '1998-01-01');
    await join(an, w.O2.id, '1996-01-01');
    await join(ba, w.O1.id, '1995-01-01', '1996-01-01');
    await join(ba, w.O1.id, '1997-01-01');
    // Leaves one organisation and joins the other the same day: a member throughout, never twice.
    await join(cu, w.O1.id, '1995-03-01', '1999-01-01');
    await join(cu, w.O2.id, '1999-01-01');

    /** Row name → [people, memberships, PN1 (O1), ND1 (O2)] of a table. */
    const table = async (token: string, unitId: string, asOf: string) => {
      const res = await h.app.request(`/api/v1/members/counts.csv?unitId=${unitId}&asOf=${asOf}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(res.status).toBe(200);
      const [head = [], ...lines] = parse((await res.text()).replace(/^\uFEFF/, '')) as string[][];
      const col = (l: string[], name: string) => (head.includes(name) ? Number(l[head.indexOf(name)]) : 0);
      return Object.fromEntries(
        lines.map((l) => [l[1], [Number(l[4]), Number(l[5]), col(l, 'PN1'), col(l, 'ND1')]]),
      ) as Record<string, number[]>;
    };
    type Row = [people: number, memberships: number, pn1: number, nd1: number];
    const expected: [asOf: string, v1: Row, v2: Row][] = [
      // date, Thôn Một, Thôn Hai
      ['1994-12-31', [0, 0, 0, 0], [0, 0, 0, 0]],
      ['1995-06-30', [2, 2, 2, 0], [1, 1, 1, 0]],
      ['1996-01-01', [1, 2, 1, 1], [1, 1, 1, 0]],
      ['1996-06-30', [1, 2, 1, 1], [1, 1, 1, 0]],
      ['1997-06-30', [2, 3, 2, 1], [1, 1, 1, 0]],
      ['1998-01-01', [2, 2, 1, 1], [1, 1, 1, 0]],
      ['1999-01-01', [2, 2, 1, 1], [1, 1, 0, 1]],
    ];
    for (const [asOf, v1, v2] of expected) {
      const people = v1[0] + v2[0];
      const memberships = v1[1] + v2[1];
      const commune = await table(t.standing1, w.C1.id, asOf);
      expect([commune['Thôn Một'], commune['Thôn Hai']], asOf).toEqual([v1, v2]);
      expect(commune['Tổng cộng']?.slice(0, 2), asOf).toEqual([people, memberships]);
      // The province's own staff read every row (no scope filter): the commune's row, the same figures.
      const province = await table(t.upper1, w.P1.id, asOf);
      expect(province['Xã Một']?.slice(0, 2), asOf).toEqual([people, memberships]);
      expect(province['Xã Hai']?.slice(0, 2), asOf).toEqual([0, 0]);
      const api = await get<{ people: number; memberships: number }>(
        t.standing1,
        `/api/v1/members/counts?unitId=${w.C1.id}&asOf=${asOf}`,
      );
      expect([api.people, api.memberships], asOf).toEqual([people, memberships]);
      // A village head counts their village only; an organisation head their organisation's members.
      const village = await table(t.village1, w.C1.id, asOf);
      expect([village['Thôn Một'], village['Thôn Hai']], asOf).toEqual([v1, [0, 0, 0, 0]]);
      const org = await table(t.orglead1, w.C1.id, asOf);
      const onlyO1 = (v: Row) => [v[2], v[2], v[2], 0];
      expect([org['Thôn Một'], org['Thôn Hai']], asOf).toEqual([onlyO1(v1), onlyO1(v2)]);
    }
  });
});

describe('personal data in the member lists', () => {
  it('a list read is logged without the name searched for, and never cached', async () => {
    const before = await h.counts();
    const res = await h.request('GET', `/api/v1/memberships?communeId=${w.C1.id}&q=Mai%20Thi`, { token: t.standing1 });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect((await h.counts()).audit_log).toBe((before.audit_log ?? 0) + 1);
    const rows = await h.db.execute(
      sql.raw(
        `select commune_id as "communeId", after from audit_log where action = 'member.list' order by id desc limit 1`,
      ),
    );
    const last = (rows as unknown as { rows: { communeId: string; after: unknown }[] }).rows[0];
    expect(last?.communeId).toBe(w.C1.id);
    expect(JSON.stringify(last?.after)).not.toMatch(/mai/i);
    expect(JSON.stringify(last?.after)).toContain('"searched":true');
  });

  it('a person is erased on request by the standing committee: no name left anywhere, counts unchanged', async () => {
    const id = await person(t.standing1, 'Tạ Thị Riêng Tư', w.V1.id, 1966);
    expect((await admit(t.standing1, id, w.O2.id, '2020-05-05')).status).toBe(201);
    const counts = async () =>
      (await get<{ memberships: number }>(t.standing1, `/api/v1/members/counts?unitId=${w.C1.id}&asOf=2026-12-31`))
        .memberships;
    const before = await counts();
    expect((await post(t.village1, `/api/v1/people/${id}/erase`, { reason: 'Theo đơn đề nghị' })).status).toBe(403);
    expect((await post(t.standing1, `/api/v1/people/${id}/erase`, { reason: '' })).status).toBe(422);
    const erased = await post<{ fullName: string; birthYear: number | null }>(
      t.standing1,
      `/api/v1/people/${id}/erase`,
      {
        reason: 'Theo đơn đề nghị ngày 02/12/2026',
      },
    );
    expect(erased.status).toBe(200);
    expect(erased.body).toMatchObject({ fullName: 'Người đã xóa thông tin', birthYear: null });
    expect(await counts()).toBe(before);
    for (const table of ['people', 'audit_log']) {
      const found = await h.db.execute(
        sql.raw(`select count(*)::int as n from ${table} t where t::text ilike '%Riêng Tư%'`),
      );
      expect((found as unknown as { rows: { n: number }[] }).rows[0]?.n, table).toBe(0);
    }
  });
});
