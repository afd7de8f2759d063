import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, createHarness, type Harness, type Items } from '../testing/harness';
import { DEMO_PASSWORD, hasDemo, loadDemo } from './load-demo';
import { NATIONAL_DECISION, NATIONAL_DRIVE, NATIONAL_RELIEF_FUND, ONWARD_DECISION } from './load-demo-national-fund';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h?.close());

describe('demo data', () => {
  it('loads xã Hồng Sơn with 6 villages, 5 member organisations and a working user per role', async () => {
    expect(await hasDemo(h.db)).toBe(false);
    const creds = await loadDemo(h.db);
    expect(await hasDemo(h.db)).toBe(true);
    expect(creds.map((c) => c.role).sort()).toEqual([
      'org_lead',
      'standing',
      'upper',
      'upper',
      'viewer',
      'village_lead',
    ]);
    // Every demo account has an address a reminder e-mail can go to (under .example, which never delivers).
    const mail = await h.db.execute(`select username, email from users where username <> 'admin' order by username`);
    const rows = (mail as unknown as { rows: { username: string; email: string | null }[] }).rows;
    expect(rows.length).toBeGreaterThanOrEqual(6);
    for (const r of rows) expect(r.email, r.username).toBe(`${r.username}@mattran-demo.example`);

    const btt = await h.login('btt', DEMO_PASSWORD);
    const units = (await h.request('GET', '/api/v1/units', { token: btt })).body as Items<{
      id: string;
      level: string;
      name: string;
    }>;
    const commune = units.items.find((u) => u.level === 'commune');
    expect(commune?.name).toBe('Hồng Sơn');
    expect(units.items.filter((u) => u.level === 'village')).toHaveLength(6);
    const orgs = (await h.request('GET', '/api/v1/organizations', { token: btt })).body as Items<{ shortName: string }>;
    expect(orgs.items.map((o) => o.shortName).sort()).toEqual(
      ['Đoàn TN', 'Hội CCB', 'Hội LHPN', 'Hội NCT', 'Hội ND'].sort(),
    );

    const village = await h.login('thondong', DEMO_PASSWORD);
    const mine = (await h.request('GET', '/api/v1/units', { token: village })).body as Items<{ name: string }>;
    expect(mine.items.map((u) => u.name)).toEqual(['Thôn Đông']);
    for (const c of creds) await h.login(c.username, c.password);

    // The seed article's figures come out of the records.
    const progress = await h.request('GET', `/api/v1/progress?unitId=${commune?.id}&from=2023-01-01&to=2023-06-30`, {
      token: btt,
    });
    type Item = { code: string; text: string; targets: { text: string }[]; met?: { text: string } };
    const items = (progress.body as { items: Item[] }).items;
    const byCode = (code: string) => items.find((i) => i.code === code);
    expect(byCode('HIEN_MAU')?.targets.map((t) => t.text)).toContain('54/44 đơn vị máu, đạt 123%');
    expect(byCode('HIEN_MAU')?.met?.text).toMatch(/^\d\/6 thôn đạt chỉ tiêu$/);
    expect(byCode('HIEN_MAU_DK')?.text).toBe('132 người');
    expect(byCode('QUY_BIEN_DAO')?.targets[0]?.text).toBe('72.925.000 đồng, đạt 161%');
    expect(byCode('HOA_TANG')?.text).toBe('9/17 ca, đạt 53%');
    expect(byCode('DINH_DANH')?.text).toBe('4.950/5.400 người, đạt 92%');
    expect(byCode('NVQS')?.targets[0]?.text).toBe('14/14 thanh niên, đạt 100%');

    // The islands fund's drive and Quỹ "Vì người nghèo" with its Tết payout.
    const funds = (await h.request('GET', `/api/v1/funds?communeId=${commune?.id}`, { token: btt })).body as Items<{
      id: string;
      name: string;
    }>;
    const islands = funds.items.find((f) => f.name === 'Quỹ vì biển đảo Việt Nam');
    const poor = funds.items.find((f) => f.name === 'Quỹ "Vì người nghèo"');
    const drives = (await h.request('GET', `/api/v1/drives?fundId=${islands?.id}`, { token: btt })).body as Items<{
      id: string;
    }>;
    const summary = (await h.request('GET', `/api/v1/drives/${drives.items[0]?.id}/summary`, { token: btt })).body as {
      text: string;
    };
    expect(summary.text).toBe('72.925.000 đồng, đạt 161%');
    const balance = (await h.request('GET', `/api/v1/funds/${poor?.id}/balance`, { token: btt })).body as {
      received: number;
      disbursed: number;
      balance: number;
    };
    expect(balance).toEqual({
      received: 26_500_000,
      disbursed: 21_500_000,
      transferredOut: 0,
      transferredIn: 0,
      balance: 5_000_000,
    });

    // The portal shows the demo commune.
    expect(String((await h.request('GET', '/')).body)).toContain('XÃ HỒNG SƠN');
  });

  it('places xã Hồng Sơn (02608) in Tuyên Quang (08) with its 124 official communes, and its merged communes as history', async () => {
    const admin = await h.login('admin', ADMIN_PASSWORD);
    type U = {
      id: string;
      name: string;
      code: string | null;
      parentId: string | null;
      endedOn: string | null;
      successorId: string | null;
    };
    const [hongSon] = ((await h.request('GET', '/api/v1/units?code=02608', { token: admin })).body as Items<U>).items;
    expect(hongSon).toMatchObject({ name: 'Hồng Sơn', endedOn: null });
    const province = (await h.request('GET', `/api/v1/units/${hongSon?.parentId}`, { token: admin })).body as U;
    expect(province).toMatchObject({ name: 'Tuyên Quang', code: '08' });
    const communes = (await h.request('GET', `/api/v1/units?parentId=${province.id}`, { token: admin }))
      .body as Items<U>;
    expect(communes.items).toHaveLength(124);
    const ended = (await h.request('GET', '/api/v1/units?ended=only', { token: admin })).body as Items<U>;
    expect(ended.items.map((u) => `${u.name} ${u.code} ${u.endedOn}`).sort()).toEqual([
      'Chi Thiết 02599 2025-06-30',
      'Văn Phú 02596 2025-06-30',
    ]);
    expect(ended.items.every((u) => u.successorId === hongSon?.id)).toBe(true);
  });

  it('has about 1,650 memberships of the five organisations, people counted once, and a year of Đoàn and Hội LHPN dues', async () => {
    const btt = await h.login('btt', DEMO_PASSWORD);
    const [hongSon] = (
      (await h.request('GET', '/api/v1/units?code=02608', { token: btt })).body as Items<{ id: string }>
    ).items;
    const counts = (
      await h.request('GET', `/api/v1/members/counts?unitId=${hongSon?.id}&asOf=2025-12-31`, { token: btt })
    ).body as { people: number; memberships: number; byOrganization: { name: string; members: number }[] };
    expect(counts.memberships).toBeGreaterThan(1300);
    expect(counts.memberships).toBeLessThan(2000);
    expect(counts.people).toBeLessThan(counts.memberships);
    expect(counts.byOrganization).toHaveLength(5);
    const orgs = (await h.request('GET', '/api/v1/organizations', { token: btt })).body as Items<{
      id: string;
      shortName: string;
    }>;
    const doan = orgs.items.find((o) => o.shortName === 'Đoàn TN');
    const grid = (await h.request('GET', `/api/v1/dues?organizationId=${doan?.id}&year=2025`, { token: btt })).body as {
      periods: string[];
      totals: { collected: number; due: number; unpaidMembers: number; shareUp: number };
    };
    expect(grid.periods).toHaveLength(12);
    expect(grid.totals.collected).toBeGreaterThan(0);
    expect(grid.totals.collected).toBeLessThan(grid.totals.due);
    expect(grid.totals.unpaidMembers).toBeGreaterThan(0);
    expect(grid.totals.shareUp).toBe(Math.floor(grid.totals.collected * 0.4));
    console.log(
      'demo members:',
      counts.people,
      'people,',
      counts.memberships,
      'memberships;',
      JSON.stringify(grid.totals),
    );
  });

  it('has the national relief fund: its Yagi receipts, one allocation to three provinces, Tuyên Quang’s share received and passed on to xã Hồng Sơn', async () => {
    type Line = { recipientName: string; amount: number; state: string; decisionRef: string; receivedFundName: string };
    type Fund = { id: string; name: string; unitId: string };
    const national = await h.login('trunguong', DEMO_PASSWORD);
    const me = (await h.request('GET', '/api/v1/me', { token: national })).body as {
      roles: { role: string; unitLevel: string | null; unitName: string | null }[];
    };
    expect(me.roles).toMatchObject([
      { role: 'upper', unitLevel: 'national', unitName: 'Ủy ban Trung ương MTTQ Việt Nam' },
    ]);
    const [fund] = ((await h.request('GET', '/api/v1/funds', { token: national })).body as Items<Fund>).items;
    expect(fund?.name).toBe(NATIONAL_RELIEF_FUND);
    const balance = (await h.request('GET', `/api/v1/funds/${fund?.id}/balance`, { token: national })).body as {
      received: number;
      disbursed: number;
      balance: number;
    };
    expect(balance).toMatchObject({ received: 102_450_000_000, disbursed: 45_000_000_000, balance: 57_450_000_000 });
    const lines = (await h.request('GET', `/api/v1/allocation-lines?fundId=${fund?.id}`, { token: national }))
      .body as Items<Line>;
    expect(lines.items.map((l) => [l.recipientName, l.amount, l.state]).sort()).toEqual([
      ['tỉnh Lào Cai', 18_000_000_000, 'pending'],
      ['tỉnh Thái Nguyên', 15_000_000_000, 'pending'],
      ['tỉnh Tuyên Quang', 12_000_000_000, 'acknowledged'],
    ]);
    expect(new Set(lines.items.map((l) => l.decisionRef))).toEqual(new Set([NATIONAL_DECISION]));

    // Tuyên Quang received its share into its Yagi fund and allocated part of it on to xã Hồng Sơn, which received it.
    const tinh = await h.login('tinh', DEMO_PASSWORD);
    const [hongSon] = ((await h.request('GET', '/api/v1/units?code=02608', { token: tinh })).body as Items<Fund>).items;
    const received = (await h.request('GET', `/api/v1/allocation-lines?unitId=${hongSon?.id}`, { token: tinh }))
      .body as Items<Line>;
    expect(received.items.find((l) => l.decisionRef === ONWARD_DECISION)).toMatchObject({
      amount: 1_500_000_000,
      state: 'acknowledged',
      receivedFundName: 'Quỹ Cứu trợ',
    });
    const [provinceLine] = (
      (await h.request('GET', `/api/v1/allocation-lines?fundId=${fund?.id}`, { token: tinh })).body as Items<Line>
    ).items;
    expect(provinceLine).toMatchObject({
      recipientName: 'tỉnh Tuyên Quang',
      receivedFundName: expect.stringMatching(/Yagi/),
    });

    // The national drive's public page lists every province's share under the decision.
    const html = String((await h.request('GET', '/cong-khai?cap=trung-uong')).body);
    const driveId = html.match(/href="\/cong-khai\/([0-9a-f-]{36})"/)?.[1];
    const page = String((await h.request('GET', `/cong-khai/${driveId}`)).body);
    for (const text of [NATIONAL_DRIVE, NATIONAL_DECISION, 'tỉnh Tuyên Quang', 'tỉnh Lào Cai', '12.000.000.000'])
      expect(page).toContain(text);
  });
});
