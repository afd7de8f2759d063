import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemMeta } from '../../core/actor';
import {
  ADMIN_PASSWORD,
  createHarness,
  PASSWORD,
  seedWorld,
  type ErrorBody,
  type Harness,
  type World,
} from '../../testing/harness';
import { createUnit } from '../units/commands/create-unit';
import { createUser } from '../users/commands/create-user';

let h: Harness;
let w: World;
const t: Record<string, string> = {};
const ids: Record<string, string> = {};
const H1 = { from: '2023-01-01', to: '2023-06-30' };
const TABLES = ['indicators', 'targets', 'entries', 'reporting_rounds', 'round_assignments'];

async function post(token: string | undefined, path: string, body: unknown) {
  return h.request('POST', path, { token, body });
}
async function id(token: string, path: string, body: unknown) {
  const res = await post(token, path, body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return (res.body as { id: string }).id;
}

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  t.admin = await h.login('admin', ADMIN_PASSWORD);
  for (const u of ['upper1', 'standing1', 'orglead1', 'village1', 'viewer1']) t[u] = await h.login(u);
  ids.count = await id(t.upper1!, '/api/v1/indicators', {
    ownerUnitId: w.P1.id,
    code: 'DEM',
    name: 'Đếm',
    unitLabel: 'người',
    aggregation: 'count',
  });
  ids.ratio = await id(t.upper1!, '/api/v1/indicators', {
    ownerUnitId: w.P1.id,
    code: 'TYLE',
    name: 'Tỷ lệ',
    unitLabel: 'ca',
    aggregation: 'ratio',
  });
  ids.money = await id(t.upper1!, '/api/v1/indicators', {
    ownerUnitId: w.P1.id,
    code: 'TIEN',
    name: 'Tiền',
    unitLabel: 'đồng',
    aggregation: 'sum',
  });
  ids.foreign = await id(t.admin, '/api/v1/indicators', {
    ownerUnitId: w.P2.id,
    code: 'NGOAI',
    name: 'Ngoài',
    unitLabel: 'người',
    aggregation: 'count',
  });
});
afterAll(async () => h?.close());

describe('bad results are refused with the field named, and nothing is written', () => {
  const entry = (over: Record<string, unknown>) => ({
    indicatorId: ids.count,
    unitId: w.V1.id,
    date: '2023-03-01',
    value: 5,
    ...over,
  });
  const cases: [string, () => Record<string, unknown> | string, number, string | null][] = [
    ['a value that is not a number', () => entry({ value: 'năm' }), 422, 'value'],
    ['a numeric string value', () => entry({ value: '5' }), 422, 'value'],
    ['a fractional value', () => entry({ value: 2.5 }), 422, 'value'],
    ['a negative count', () => entry({ value: -3 }), 422, 'value'],
    [
      'a ratio with denominator 0',
      () => entry({ indicatorId: ids.ratio, value: 0, denominator: 0 }),
      422,
      'denominator',
    ],
    ['a ratio without denominator', () => entry({ indicatorId: ids.ratio, value: 1 }), 422, 'denominator'],
    [
      'a ratio numerator above denominator',
      () => entry({ indicatorId: ids.ratio, value: 18, denominator: 17 }),
      422,
      'value',
    ],
    ['a denominator on a count', () => entry({ denominator: 10 }), 422, 'denominator'],
    ['a date that does not exist', () => entry({ date: '2023-02-30' }), 422, 'date'],
    ['a date in the wrong format', () => entry({ date: '30/01/2023' }), 422, 'date'],
    ['an indicator of another province', () => entry({ indicatorId: ids.foreign }), 404, 'indicatorId'],
    ['a village of another province', () => entry({ unitId: w.V4.id }), 404, 'unitId'],
    ['a village of another commune', () => entry({ unitId: w.V3.id }), 404, 'unitId'],
    ['a province outside the commune', () => entry({ unitId: w.P1.id }), 404, 'unitId'],
    ['missing fields', () => ({}), 422, 'indicatorId'],
    ['a 10,000-character note', () => entry({ note: 'x'.repeat(10_000) }), 422, 'note'],
    [
      'an organisation of another commune',
      () => entry({ unitId: w.C1.id, organizationId: w.O4.id }),
      404,
      'organizationId',
    ],
    ['malformed JSON', () => '{"value": ', 400, null],
  ];
  for (const [name, body, status, field] of cases) {
    it(name, async () => {
      const before = await h.counts(TABLES);
      const b = body();
      const res =
        typeof b === 'string'
          ? await h.request('POST', '/api/v1/entries', { token: t.standing1, raw: b })
          : await post(t.standing1, '/api/v1/entries', b);
      expect(res.status).toBe(status);
      if (field) expect(Object.keys((res.body as ErrorBody).error.fields ?? {})).toContain(field);
      const { sessions: _a, ...after } = await h.counts(TABLES);
      const { sessions: _b, ...was } = before;
      expect(after).toEqual(was);
    });
  }

  it('results are entered for communes and villages, not provinces', async () => {
    const res = await post(t.upper1, '/api/v1/entries', entry({ unitId: w.P1.id }));
    expect(res.status).toBe(422);
    expect((res.body as ErrorBody).error.fields).toHaveProperty('unitId');
  });

  const targetCases: [string, () => Record<string, unknown>, number, string][] = [
    [
      'a negative target',
      () => ({ indicatorId: ids.count, unitId: w.C1.id, ...H1, value: -1, assignedBy: { unitId: w.P1.id } }),
      422,
      'value',
    ],
    [
      'a target period backwards',
      () => ({
        indicatorId: ids.count,
        unitId: w.C1.id,
        from: '2023-06-30',
        to: '2023-01-01',
        value: 1,
        assignedBy: { unitId: w.P1.id },
      }),
      422,
      'to',
    ],
    [
      'a target without assigner',
      () => ({ indicatorId: ids.count, unitId: w.C1.id, ...H1, value: 1 }),
      422,
      'assignedBy',
    ],
    [
      'a ratio target above 100%',
      () => ({ indicatorId: ids.ratio, unitId: w.C1.id, ...H1, value: 120, assignedBy: { unitId: w.P1.id } }),
      422,
      'value',
    ],
    [
      'an assigner below the unit',
      () => ({ indicatorId: ids.count, unitId: w.C1.id, ...H1, value: 1, assignedBy: { unitId: w.V1.id } }),
      422,
      'assignedBy.unitId',
    ],
  ];
  for (const [name, body, status, field] of targetCases) {
    it(`target: ${name}`, async () => {
      const before = await h.counts(TABLES);
      const res = await post(t.upper1, '/api/v1/targets', body());
      expect(res.status).toBe(status);
      expect(Object.keys((res.body as ErrorBody).error.fields ?? {})).toContain(field);
      expect(await h.counts(TABLES)).toEqual(before);
    });
  }

  it('bulk targets: one bad row and nothing is assigned', async () => {
    const before = await h.counts(TABLES);
    const res = await post(t.upper1, '/api/v1/targets/bulk', {
      indicatorId: ids.count,
      ...H1,
      assignedBy: { unitId: w.P1.id },
      rows: [
        { unitId: w.C1.id, value: 10 },
        { unitId: w.C2.id, value: 'mười' },
      ],
    });
    expect(res.status).toBe(422);
    expect((res.body as ErrorBody).error.fields).toHaveProperty('rows.1.value');
    const foreign = await post(t.upper1, '/api/v1/targets/bulk', {
      indicatorId: ids.count,
      ...H1,
      assignedBy: { unitId: w.P1.id },
      rows: [
        { unitId: w.C1.id, value: 10 },
        { unitId: w.C3.id, value: 10 },
      ],
    });
    expect(foreign.status).toBe(404);
    expect((foreign.body as ErrorBody).error.fields).toHaveProperty('rows.1.unitId');
    expect(await h.counts(TABLES)).toEqual(before);
  });

  it('rounds: an assignment outside the commune names the row', async () => {
    const before = await h.counts(TABLES);
    const res = await post(t.standing1, '/api/v1/rounds', {
      communeId: w.C1.id,
      title: 'Kỳ',
      ...H1,
      dueDate: '2023-07-05',
      assignments: [{ unitId: w.V3.id, indicatorIds: [ids.count] }],
    });
    expect(res.status).toBe(422);
    expect((res.body as ErrorBody).error.fields).toHaveProperty('assignments.0.unitId');
    expect(await h.counts(TABLES)).toEqual(before);
  });
});

describe('who may do what with targets and results', () => {
  type Role = 'admin' | 'upper1' | 'standing1' | 'orglead1' | 'village1' | 'viewer1';
  const ROLES: Role[] = ['admin', 'upper1', 'standing1', 'orglead1', 'village1', 'viewer1'];
  const at = () => [w.V1, w.V2, w.V3, w.V4];

  it('entering a result in V1 / V2 (sibling) / V3 (other commune) / V4 (other province)', async () => {
    const expected: Record<Role, number[]> = {
      admin: [201, 201, 201, 201],
      upper1: [403, 403, 403, 404],
      standing1: [201, 201, 404, 404],
      orglead1: [403, 403, 404, 404],
      village1: [201, 403, 404, 404],
      viewer1: [403, 403, 404, 404],
    };
    for (const r of ROLES) {
      const got = [];
      for (const v of at()) {
        const ind = v.id === w.V4.id ? ids.foreign : ids.count;
        got.push(
          (await post(t[r], '/api/v1/entries', { indicatorId: ind, unitId: v.id, date: '2023-03-01', value: 1 }))
            .status,
        );
      }
      expect(got, r).toEqual(expected[r]);
    }
  });

  it('reading progress of V1 / C1 / C2 / C3', async () => {
    const expected: Record<Role, number[]> = {
      admin: [200, 200, 200, 200],
      upper1: [200, 200, 200, 404],
      standing1: [200, 200, 404, 404],
      orglead1: [404, 200, 404, 404],
      village1: [200, 404, 404, 404],
      viewer1: [200, 200, 404, 404],
    };
    for (const r of ROLES) {
      const got = [];
      for (const u of [w.V1, w.C1, w.C2, w.C3])
        got.push(
          (await h.request('GET', `/api/v1/progress?unitId=${u.id}&from=${H1.from}&to=${H1.to}`, { token: t[r] }))
            .status,
        );
      expect(got, r).toEqual(expected[r]);
    }
  });

  it('assigning a target to C1 / C2 / C3 (upper only under its unit)', async () => {
    const expected: Record<Role, number[]> = {
      admin: [201, 201, 201],
      upper1: [201, 201, 404],
      standing1: [201, 404, 404],
      orglead1: [403, 404, 404],
      village1: [404, 404, 404],
      viewer1: [403, 404, 404],
    };
    for (const r of ROLES) {
      const got = [];
      for (const c of [w.C1, w.C2, w.C3]) {
        const ind = c.id === w.C3.id ? ids.foreign : ids.count;
        got.push(
          (
            await post(t[r], '/api/v1/targets', {
              indicatorId: ind,
              unitId: c.id,
              ...H1,
              value: 5,
              assignedBy: { body: 'UBND xã' },
            })
          ).status,
        );
      }
      expect(got, r).toEqual(expected[r]);
    }
  });

  it('entry lists never show another commune’s results', async () => {
    for (const r of ['standing1', 'village1', 'viewer1', 'orglead1'] as const) {
      const res = await h.request('GET', '/api/v1/entries?limit=1000', { token: t[r] });
      const items = (res.body as { items: { unitId: string }[] }).items;
      expect(
        items.some((e) => [w.V3.id, w.V4.id, w.C2.id, w.C3.id].includes(e.unitId)),
        r,
      ).toBe(false);
    }
  });
});

describe('20 concurrent writers', () => {
  it('every acknowledged entry is counted once; the total equals the sum of acknowledged values', async () => {
    const writers = [];
    for (let i = 0; i < 20; i++) {
      const v = await createUnit(h.db, systemMeta, w.C2, {
        level: 'village',
        name: `Thôn song song ${i}`,
        kind: 'thôn',
      });
      await createUser(h.db, systemMeta, {
        username: `writer${i}`,
        password: PASSWORD,
        fullName: `Người nhập ${i}`,
        roles: [{ role: 'village_lead', unitId: v.id, organizationId: null, unitPath: v.path, unitLevel: 'village' }],
      });
      writers.push({ village: v, token: await h.login(`writer${i}`) });
    }
    let acknowledged = 0;
    let count = 0;
    await Promise.all(
      writers.map(async ({ village, token }, i) => {
        for (let k = 0; k < 10; k++) {
          const value = i * 100 + k + 1;
          const res = await post(token, '/api/v1/entries', {
            indicatorId: ids.money,
            unitId: village.id,
            date: '2023-04-01',
            value,
          });
          if (res.status === 201) {
            acknowledged += value;
            count++;
          }
        }
      }),
    );
    expect(count).toBe(200);
    const p = await h.request('GET', `/api/v1/progress?unitId=${w.C2.id}&from=${H1.from}&to=${H1.to}`, {
      token: t.upper1,
    });
    const money = (
      p.body as { items: { indicatorId: string; actual: number; children: { actual: number }[] }[] }
    ).items.find((x) => x.indicatorId === ids.money);
    expect(money?.actual).toBe(acknowledged);
    expect(money?.children.reduce((s, c) => s + c.actual, 0)).toBe(acknowledged);
  });
});
