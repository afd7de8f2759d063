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
import { registerIndicatorSource, unregisterIndicatorSource } from './sources';

type Ind = { id: string };
type ProgressItem = {
  indicatorId: string;
  actual: number;
  denominator?: number;
  text: string;
  allocated: number;
  targets: {
    value: number;
    percent: number | null;
    text: string;
    met: boolean;
    assignedBy: { unitId?: string; body?: string };
  }[];
  children: { unitId: string; name: string; actual: number; target?: number; met?: boolean }[];
  met?: { count: number; of: number; text: string };
  organizations: { organizationId: string; actual: number; target?: number; met?: boolean }[];
  organizationsMet?: { count: number; of: number; text: string };
};
type Progress = { items: ProgressItem[] };

let h: Harness;
let w: World;
const t: Record<string, string> = {};
let blood: Ind;
let cremation: Ind;
let fund: Ind;
const H1 = { from: '2023-01-01', to: '2023-06-30' };

async function post<T>(token: string, path: string, body: unknown, status = 201): Promise<T> {
  const res = await h.request('POST', path, { token, body });
  expect(res.status, `${path} ${JSON.stringify(res.body)}`).toBe(status);
  return res.body as T;
}
async function progress(token: string, unitId: string, extra = '') {
  const res = await h.request('GET', `/api/v1/progress?unitId=${unitId}&from=${H1.from}&to=${H1.to}${extra}`, {
    token,
  });
  return res;
}
const item = (p: Progress, ind: Ind) => {
  const found = p.items.find((i) => i.indicatorId === ind.id);
  if (!found) throw new Error('indicator missing from progress');
  return found;
};

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  t.admin = await h.login('admin', ADMIN_PASSWORD);
  for (const u of ['upper1', 'standing1', 'orglead1', 'village1', 'viewer1']) t[u] = await h.login(u);
  blood = await post<Ind>(t.upper1!, '/api/v1/indicators', {
    ownerUnitId: w.P1.id,
    code: 'HIEN_MAU',
    name: 'Hiến máu tình nguyện',
    unitLabel: 'đơn vị máu',
    aggregation: 'count',
  });
  fund = await post<Ind>(t.upper1!, '/api/v1/indicators', {
    ownerUnitId: w.P1.id,
    code: 'QUY_BIEN_DAO',
    name: 'Quỹ vì biển đảo Việt Nam',
    unitLabel: 'đồng',
    aggregation: 'sum',
  });
  cremation = await post<Ind>(t.standing1!, '/api/v1/indicators', {
    ownerUnitId: w.C1.id,
    code: 'HOA_TANG',
    name: 'Hỏa táng',
    unitLabel: 'ca',
    aggregation: 'ratio',
  });
});
afterAll(async () => h?.close());

describe('indicators', () => {
  it('a province’s indicators are shared with its communes; a commune’s are its own', async () => {
    const c1 = (await h.request('GET', `/api/v1/indicators?unitId=${w.C1.id}`, { token: t.standing1 })).body as Items;
    expect(c1.items.map((i) => i.id).sort()).toEqual([blood.id, fund.id, cremation.id].sort());
    const c2 = (await h.request('GET', `/api/v1/indicators?unitId=${w.C2.id}`, { token: t.upper1 })).body as Items;
    expect(c2.items.map((i) => i.id).sort()).toEqual([blood.id, fund.id].sort());
    const other = await h.login('target_province');
    const v4 = (await h.request('GET', '/api/v1/indicators', { token: other })).body as Items;
    expect(v4.items).toEqual([]);
  });

  it('refuses a duplicate code (409) and a village owner (422)', async () => {
    const dup = await h.request('POST', '/api/v1/indicators', {
      token: t.upper1,
      body: { ownerUnitId: w.P1.id, code: 'hien_mau', name: 'x', unitLabel: 'x', aggregation: 'count' },
    });
    expect(dup.status).toBe(409);
    const v = await h.request('POST', '/api/v1/indicators', {
      token: t.standing1,
      body: { ownerUnitId: w.V1.id, code: 'X', name: 'x', unitLabel: 'x', aggregation: 'count' },
    });
    expect(v.status).toBe(422);
    expect((v.body as ErrorBody).error.fields).toHaveProperty('ownerUnitId');
  });
});

describe('targets from above, split below, results entered, progress summed', () => {
  it('an upper unit assigns a table of targets to its communes, not outside', async () => {
    const res = await post<Items>(t.upper1!, '/api/v1/targets/bulk', {
      indicatorId: blood.id,
      ...H1,
      assignedBy: { unitId: w.P1.id },
      rows: [
        { unitId: w.C1.id, value: 44 },
        { unitId: w.C2.id, value: 50 },
      ],
    });
    expect(res.items).toHaveLength(2);
    const outside = await h.request('POST', '/api/v1/targets/bulk', {
      token: t.upper1,
      body: { indicatorId: blood.id, ...H1, assignedBy: { unitId: w.P1.id }, rows: [{ unitId: w.C3.id, value: 1 }] },
    });
    expect(outside.status).toBe(404);
    const self = await h.request('POST', '/api/v1/targets', {
      token: t.upper1,
      body: { indicatorId: blood.id, unitId: w.P1.id, ...H1, value: 1, assignedBy: { body: 'Ban Chỉ đạo' } },
    });
    expect(self.status).toBe(403);
    // A second source for the same indicator: the blood-donation steering board's own target.
    await post(t.upper1!, '/api/v1/targets', {
      indicatorId: blood.id,
      unitId: w.C1.id,
      ...H1,
      value: 33,
      assignedBy: { body: 'Ban Chỉ đạo hiến máu tỉnh' },
    });
    await post(t.upper1!, '/api/v1/targets', {
      indicatorId: fund.id,
      unitId: w.C1.id,
      ...H1,
      value: 45_294_000,
      assignedBy: { unitId: w.P1.id },
    });
  });

  it('the commune splits its target among villages and organisations and sees what is unallocated', async () => {
    await post(t.standing1!, '/api/v1/targets/bulk', {
      indicatorId: blood.id,
      ...H1,
      assignedBy: { unitId: w.C1.id },
      rows: [
        { unitId: w.V1.id, value: 20 },
        { unitId: w.V2.id, value: 19 },
        { unitId: w.C1.id, organizationId: w.O1.id, value: 5 },
      ],
    });
    const p = (await progress(t.standing1!, w.C1.id)).body as Progress;
    expect(item(p, blood).allocated).toBe(44);
  });

  it('village and organisation heads enter results for their own scope only', async () => {
    await post(t.village1!, '/api/v1/entries', {
      indicatorId: blood.id,
      unitId: w.V1.id,
      date: '2023-03-26',
      value: 30,
      note: 'Ngày hội hiến máu',
    });
    await post(t.standing1!, '/api/v1/entries', {
      indicatorId: blood.id,
      unitId: w.V2.id,
      date: '2023-03-26',
      value: 18,
    });
    await post(t.orglead1!, '/api/v1/entries', {
      indicatorId: blood.id,
      unitId: w.C1.id,
      organizationId: w.O1.id,
      date: '2023-04-02',
      value: 6,
    });
    const other = await h.request('POST', '/api/v1/entries', {
      token: t.village1,
      body: { indicatorId: blood.id, unitId: w.V2.id, date: '2023-03-26', value: 1 },
    });
    expect(other.status).toBe(403);
    expect((other.body as ErrorBody).error.fields).toHaveProperty('unitId');
    const otherOrg = await h.request('POST', '/api/v1/entries', {
      token: t.orglead1,
      body: { indicatorId: blood.id, unitId: w.C1.id, organizationId: w.O2.id, date: '2023-03-26', value: 1 },
    });
    expect(otherOrg.status).toBe(403);
    // Outside the period: not counted.
    await post(t.village1!, '/api/v1/entries', {
      indicatorId: blood.id,
      unitId: w.V1.id,
      date: '2023-07-01',
      value: 100,
    });
  });

  it('progress reads like the seed article: 54/44 đơn vị máu, đạt 123%; and 164% of the second source', async () => {
    const res = await progress(t.standing1!, w.C1.id);
    expect(res.status).toBe(200);
    const b = item(res.body as Progress, blood);
    expect(b.actual).toBe(54);
    const district = b.targets.find((x) => x.assignedBy.unitId === w.P1.id);
    expect(district).toMatchObject({ value: 44, text: '54/44 đơn vị máu, đạt 123%', met: true });
    expect(district?.percent).toBeCloseTo(122.727, 2);
    const board = b.targets.find((x) => x.assignedBy.body === 'Ban Chỉ đạo hiến máu tỉnh');
    expect(board?.text).toBe('54/33 đơn vị máu, đạt 164%');
    expect(b.children.find((c) => c.unitId === w.V1.id)).toMatchObject({ actual: 30, target: 20, met: true });
    expect(b.children.find((c) => c.unitId === w.V2.id)).toMatchObject({ actual: 18, target: 19, met: false });
    expect(b.met).toEqual({ count: 1, of: 2, text: '1/2 thôn đạt chỉ tiêu', level: 'village' });
    expect(b.organizations.find((o) => o.organizationId === w.O1.id)).toMatchObject({
      actual: 6,
      target: 5,
      met: true,
    });
    expect(b.organizationsMet?.text).toBe('1/1 tổ chức đạt chỉ tiêu');
    const two = item((await progress(t.standing1!, w.C1.id, '&decimals=2')).body as Progress, blood);
    expect(two.targets.find((x) => x.assignedBy.unitId === w.P1.id)?.text).toBe('54/44 đơn vị máu, đạt 122,73%');
  });

  it('money: 72.925.000 đồng, đạt 161%; ratio: 9/17 ca, đạt 53%', async () => {
    await post(t.standing1!, '/api/v1/entries', {
      indicatorId: fund.id,
      unitId: w.V1.id,
      date: '2023-05-10',
      value: 40_000_000,
    });
    await post(t.standing1!, '/api/v1/entries', {
      indicatorId: fund.id,
      unitId: w.V2.id,
      date: '2023-05-12',
      value: 32_925_000,
    });
    await post(t.village1!, '/api/v1/entries', {
      indicatorId: cremation.id,
      unitId: w.V1.id,
      date: '2023-06-30',
      value: 5,
      denominator: 9,
    });
    await post(t.standing1!, '/api/v1/entries', {
      indicatorId: cremation.id,
      unitId: w.V2.id,
      date: '2023-06-30',
      value: 4,
      denominator: 8,
    });
    const p = (await progress(t.standing1!, w.C1.id)).body as Progress;
    expect(item(p, fund).targets[0]?.text).toBe('72.925.000 đồng, đạt 161%');
    expect(item(p, cremation)).toMatchObject({ actual: 9, denominator: 17, text: '9/17 ca, đạt 53%' });
  });

  it('a void with a reason removes the amount from every total; twice is a conflict; both audited', async () => {
    const e = await post<{ id: string }>(t.village1!, '/api/v1/entries', {
      indicatorId: blood.id,
      unitId: w.V1.id,
      date: '2023-05-01',
      value: 7,
    });
    expect(item((await progress(t.standing1!, w.C1.id)).body as Progress, blood).actual).toBe(61);
    const noReason = await h.request('POST', `/api/v1/entries/${e.id}/void`, { token: t.village1, body: {} });
    expect(noReason.status).toBe(422);
    expect((noReason.body as ErrorBody).error.fields).toHaveProperty('reason');
    expect(
      (await h.request('POST', `/api/v1/entries/${e.id}/void`, { token: t.village1, body: { reason: 'Nhập trùng' } }))
        .status,
    ).toBe(200);
    expect(
      (await h.request('POST', `/api/v1/entries/${e.id}/void`, { token: t.village1, body: { reason: 'Nhập trùng' } }))
        .status,
    ).toBe(409);
    expect(item((await progress(t.standing1!, w.C1.id)).body as Progress, blood).actual).toBe(54);
    const audit = (await h.request('GET', `/api/v1/audit?entityId=${e.id}`, { token: t.admin })).body as Items<{
      action: string;
      after: { voidReason?: string };
    }>;
    expect(audit.items.map((a) => a.action)).toEqual(['entry.void', 'entry.record']);
    expect(audit.items[0]?.after.voidReason).toBe('Nhập trùng');
  });

  it('scope: a village head reads only their village; another commune is not found', async () => {
    expect((await progress(t.village1!, w.V1.id)).status).toBe(200);
    expect((await progress(t.village1!, w.C2.id)).status).toBe(404);
    expect((await progress(t.standing1!, w.C3.id)).status).toBe(404);
    const v = item((await progress(t.village1!, w.V1.id)).body as Progress, blood);
    expect(v.actual).toBe(30);
    const list = (await h.request('GET', '/api/v1/entries', { token: t.village1 })).body as Items<{ unitId: string }>;
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((e) => e.unitId === w.V1.id)).toBe(true);
  });

  it('the province overview lists communes × shared indicators', async () => {
    const res = await h.request('GET', `/api/v1/progress/overview?unitId=${w.P1.id}&from=${H1.from}&to=${H1.to}`, {
      token: t.upper1,
    });
    expect(res.status).toBe(200);
    const o = res.body as {
      indicators: { id: string }[];
      rows: { unitId: string; cells: { indicatorId: string; actual: number; target?: number; percent?: number }[] }[];
    };
    expect(o.indicators.map((i) => i.id).sort()).toEqual([blood.id, fund.id].sort());
    expect(o.rows.map((r) => r.unitId).sort()).toEqual([w.C1.id, w.C2.id].sort());
    const c1 = o.rows.find((r) => r.unitId === w.C1.id)?.cells.find((c) => c.indicatorId === blood.id);
    expect(c1).toMatchObject({ actual: 54, target: 44 });
    expect(
      (
        await h.request('GET', `/api/v1/progress/overview?unitId=${w.P2.id}&from=${H1.from}&to=${H1.to}`, {
          token: t.upper1,
        })
      ).status,
    ).toBe(404);
  });
});

describe('indicators fed by another module', () => {
  it('take their figure from the registered source, per unit subtree', async () => {
    registerIndicatorSource({
      key: 'test.fixed',
      label: 'Nguồn thử',
      params: ['per'],
      compute: async (_db, q) => ({ value: q.unitPath === w.C1.path ? 1000 : 400 }),
    });
    try {
      const ind = await post<Ind>(t.standing1!, '/api/v1/indicators', {
        ownerUnitId: w.C1.id,
        code: 'TU_DONG',
        name: 'Tự động',
        unitLabel: 'đồng',
        aggregation: 'sum',
        source: 'test.fixed',
        sourceParams: { per: 'x' },
      });
      await post(t.standing1!, '/api/v1/targets', {
        indicatorId: ind.id,
        unitId: w.C1.id,
        ...H1,
        value: 800,
        assignedBy: { body: 'UBND xã' },
      });
      const p = item((await progress(t.standing1!, w.C1.id)).body as Progress, ind);
      expect(p.actual).toBe(1000);
      expect(p.targets[0]?.text).toBe('1.000 đồng, đạt 125%');
      expect(p.children.every((c) => c.actual === 400)).toBe(true);
      const manual = await h.request('POST', '/api/v1/entries', {
        token: t.standing1,
        body: { indicatorId: ind.id, unitId: w.C1.id, date: '2023-01-02', value: 1 },
      });
      expect(manual.status).toBe(422);
      const unknown = await h.request('POST', '/api/v1/indicators', {
        token: t.standing1,
        body: { ownerUnitId: w.C1.id, code: 'X2', name: 'x', unitLabel: 'x', aggregation: 'sum', source: 'nope' },
      });
      expect(unknown.status).toBe(422);
    } finally {
      unregisterIndicatorSource('test.fixed');
    }
  });
});

describe('reporting rounds', () => {
  it('open → board → submit locks → standing reopens; a reminder list for Zalo', async () => {
    const round = await post<{ id: string }>(t.standing1!, '/api/v1/rounds', {
      communeId: w.C1.id,
      title: 'Báo cáo tháng 3/2026',
      from: '2026-03-01',
      to: '2026-03-31',
      dueDate: '2026-04-05',
      assignments: [
        { unitId: w.V1.id, indicatorIds: [blood.id] },
        { unitId: w.V2.id, indicatorIds: [blood.id] },
        { unitId: w.C1.id, organizationId: w.O1.id, indicatorIds: [blood.id] },
      ],
    });
    type Board = {
      items: { assignmentId: string; unitId: string; organizationId: string | null; status: string }[];
      reminder: string;
      summary: Record<string, number>;
    };
    let board = (await h.request('GET', `/api/v1/rounds/${round.id}/board`, { token: t.standing1 })).body as Board;
    expect(board.items).toHaveLength(3);
    expect(board.summary.submitted).toBe(0);
    const mine = board.items.find((i) => i.unitId === w.V1.id && !i.organizationId);
    if (!mine) throw new Error('assignment missing');
    await post(t.village1!, '/api/v1/entries', {
      indicatorId: blood.id,
      unitId: w.V1.id,
      date: '2026-03-15',
      value: 3,
      roundAssignmentId: mine.assignmentId,
    });
    expect(
      (await h.request('POST', `/api/v1/round-assignments/${mine.assignmentId}/submit`, { token: t.village1 })).status,
    ).toBe(200);
    expect(
      (await h.request('POST', `/api/v1/round-assignments/${mine.assignmentId}/submit`, { token: t.village1 })).status,
    ).toBe(409);
    const locked = await h.request('POST', '/api/v1/entries', {
      token: t.village1,
      body: {
        indicatorId: blood.id,
        unitId: w.V1.id,
        date: '2026-03-16',
        value: 1,
        roundAssignmentId: mine.assignmentId,
      },
    });
    expect(locked.status).toBe(409);
    expect(
      (await h.request('POST', `/api/v1/round-assignments/${mine.assignmentId}/reopen`, { token: t.village1 })).status,
    ).toBe(403);
    board = (await h.request('GET', `/api/v1/rounds/${round.id}/board`, { token: t.standing1 })).body as Board;
    expect(board.summary.submitted).toBe(1);
    expect(board.reminder).toBe(
      'Đề nghị Thôn Hai, PN1 gửi Báo cáo tháng 3/2026 trước ngày 05/04/2026. Trân trọng cảm ơn!',
    );
    expect(
      (await h.request('POST', `/api/v1/round-assignments/${mine.assignmentId}/reopen`, { token: t.standing1 })).status,
    ).toBe(200);
    await post(t.village1!, '/api/v1/entries', {
      indicatorId: blood.id,
      unitId: w.V1.id,
      date: '2026-03-16',
      value: 1,
      roundAssignmentId: mine.assignmentId,
    });
    const audit = (await h.request('GET', `/api/v1/audit?entityId=${mine.assignmentId}`, { token: t.admin }))
      .body as Items<{ action: string }>;
    expect(audit.items.map((a) => a.action)).toEqual(['round.reopen', 'round.submit']);
  });
});

describe('evidence and Excel', () => {
  it('attaches a photo to an entry and serves it back only in scope', async () => {
    const e = await post<{ id: string }>(t.village1!, '/api/v1/entries', {
      indicatorId: blood.id,
      unitId: w.V1.id,
      date: '2023-02-01',
      value: 1,
    });
    const form = new FormData();
    form.set(
      'file',
      new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])], 'anh-hien-mau.jpg', { type: 'image/jpeg' }),
    );
    const up = await h.app.request(`/api/v1/entries/${e.id}/evidence`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${t.village1}` },
    });
    expect(up.status).toBe(201);
    const { id } = (await up.json()) as { id: string };
    const down = await h.app.request(`/api/v1/evidence/${id}`, { headers: { authorization: `Bearer ${t.standing1}` } });
    expect(down.status).toBe(200);
    expect(new Uint8Array(await down.arrayBuffer())).toEqual(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]));
    const other = await h.login('target_commune');
    expect(
      (await h.app.request(`/api/v1/evidence/${id}`, { headers: { authorization: `Bearer ${other}` } })).status,
    ).toBe(404);
    const bad = new FormData();
    bad.set('file', new File(['MZ'], 'virus.exe', { type: 'application/x-msdownload' }));
    const refused = await h.app.request(`/api/v1/entries/${e.id}/evidence`, {
      method: 'POST',
      body: bad,
      headers: { authorization: `Bearer ${t.village1}` },
    });
    expect(refused.status).toBe(422);
  });

  it('an upper unit downloads a template, fills it and uploads targets for all its communes', async () => {
    const tpl = await h.app.request(`/api/v1/targets/template.xlsx?indicatorId=${fund.id}&unitId=${w.P1.id}`, {
      headers: { authorization: `Bearer ${t.upper1}` },
    });
    expect(tpl.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await tpl.arrayBuffer());
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('no sheet');
    expect(ws.rowCount).toBe(3); // header + C1 + C2
    ws.getRow(2).getCell(4).value = '10.000.000';
    ws.getRow(3).getCell(4).value = 20000000;
    const filled = await wb.xlsx.writeBuffer();
    const send = (buf: ArrayBuffer) => {
      const form = new FormData();
      form.set('file', new File([buf], 'chi-tieu.xlsx'));
      form.set('indicatorId', fund.id);
      form.set('from', '2024-01-01');
      form.set('to', '2024-12-31');
      form.set('assignedByUnitId', w.P1.id);
      return h.app.request('/api/v1/targets/import', {
        method: 'POST',
        body: form,
        headers: { authorization: `Bearer ${t.upper1}` },
      });
    };
    const ok = await send(filled as ArrayBuffer);
    expect(ok.status).toBe(201);
    expect(((await ok.json()) as { created: number }).created).toBe(2);

    ws.getRow(3).getCell(4).value = 'hai mươi triệu';
    const before = await h.counts();
    const badRes = await send((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    expect(badRes.status).toBe(422);
    expect(((await badRes.json()) as ErrorBody).error.fields).toHaveProperty('rows.3.value');
    expect(await h.counts()).toEqual(before);
  });
});

describe('can flags: what the caller may do, computed with the policy the commands use', () => {
  type Can<T> = { can: T };
  it('entries: whoever may enter a result may void it while it stands; a viewer may not', async () => {
    type E = Can<{ void: boolean; attachEvidence: boolean }> & { voided: boolean };
    const list = async (token: string | undefined) =>
      ((await h.request('GET', '/api/v1/entries?includeVoided=true&limit=1000', { token })).body as Items<E>).items;
    const village = await list(t.village1);
    expect(village.length).toBeGreaterThan(0);
    for (const e of village) expect(e.can).toEqual({ void: !e.voided, attachEvidence: true });
    expect((await list(t.standing1)).some((e) => e.voided && !e.can.void)).toBe(true);
    for (const e of await list(t.viewer1)) expect(e.can).toEqual({ void: false, attachEvidence: false });
  });

  it('indicators: rights at a unit, and who may edit each indicator', async () => {
    type L = Items<Can<{ edit: boolean }> & { id: string }> & { can?: { define: boolean; assignTargets: boolean } };
    const at = async (token: string | undefined, unitId: string) =>
      (await h.request('GET', `/api/v1/indicators?unitId=${unitId}`, { token })).body as L;
    expect((await at(t.upper1, w.P1.id)).can).toEqual({ define: true, assignTargets: true });
    expect((await at(t.standing1, w.V1.id)).can).toEqual({ define: false, assignTargets: false });
    const commune = await at(t.standing1, w.C1.id);
    expect(commune.can).toEqual({ define: true, assignTargets: true });
    expect(commune.items.find((i) => i.id === blood.id)?.can.edit).toBe(false);
    expect(commune.items.find((i) => i.id === cremation.id)?.can.edit).toBe(true);
    expect((await at(t.village1, w.V1.id)).can).toEqual({ define: false, assignTargets: false });
    expect((await h.request('GET', '/api/v1/indicators', { token: t.upper1 })).body).not.toHaveProperty('can');
  });

  it('rounds: the committee opens and reopens; a village head submits only its own part', async () => {
    type Board = Can<{ manage: boolean }> & {
      items: (Can<{ submit: boolean; reopen: boolean }> & { unitId: string })[];
    };
    const rounds = (await h.request('GET', `/api/v1/rounds?communeId=${w.C1.id}`, { token: t.standing1 }))
      .body as Items<Can<{ manage: boolean }> & { id: string }> & { can: { open: boolean } };
    expect(rounds.can).toEqual({ open: true });
    const round = rounds.items[0];
    if (!round) throw new Error('no round');
    expect(round.can.manage).toBe(true);
    const seen = (await h.request('GET', `/api/v1/rounds/${round.id}/board`, { token: t.village1 })).body as Board;
    expect(seen.can.manage).toBe(false);
    for (const i of seen.items) expect(i.can).toEqual({ submit: i.unitId === w.V1.id, reopen: false });
    const managed = (await h.request('GET', `/api/v1/rounds/${round.id}/board`, { token: t.standing1 })).body as Board;
    expect(managed.can.manage).toBe(true);
  });
});
