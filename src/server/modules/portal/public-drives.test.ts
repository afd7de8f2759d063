import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, createHarness, seedWorld, type Harness, type World } from '../../testing/harness';

/**
 * The disclosures of every level are linked where a visitor looks (issue 16.1, 16.4): the front page lists its
 * commune's drives and those of its province and of the national unit; /cong-khai and GET /api/v1/public/drives list
 * every level a page at a time.
 */
let h: Harness;
let w: World;
let admin = '';
const drive: Record<string, string> = {};
type Drive = { id: string; name: string; unit: { id: string; name: string; level: string }; disclosureUrl: string };
type Page = { items: Drive[]; nextCursor: string | null; error?: { fields?: Record<string, string> } };

const post = async (path: string, body: unknown) => {
  const res = await h.request('POST', path, { token: admin, body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return (res.body as { id: string }).id;
};
const api = async (query = '') => {
  const res = await h.request('GET', `/api/v1/public/drives${query}`);
  return { status: res.status, body: res.body as Page };
};
const html = async (path: string) => {
  const res = await h.app.request(path);
  return { status: res.status, html: await res.text() };
};

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  admin = await h.login('admin', ADMIN_PASSWORD);
  const national = await post('/api/v1/units', {
    level: 'national',
    name: 'Ủy ban Trung ương MTTQ Việt Nam',
    parentId: null,
  });
  const funds: [string, string, string, string][] = [
    ['N', national, 'Cứu trợ đồng bào bị thiệt hại do bão số 3 (Yagi)', '2024-09-08'],
    ['P1', w.P1.id, 'Ủng hộ tỉnh Một khắc phục bão Yagi', '2024-09-09'],
    ['P2', w.P2.id, 'Ủng hộ tỉnh Hai khắc phục bão Yagi', '2024-09-10'],
    ['C1', w.C1.id, 'Tết vì người nghèo xã Một', '2025-01-05'],
    ['C3', w.C3.id, 'Tết vì người nghèo xã Ba', '2025-01-06'],
  ];
  for (const [key, unitId, name, from] of funds) {
    const fundId = await post('/api/v1/funds', { unitId, name: 'Quỹ Cứu trợ' });
    drive[key] = await post('/api/v1/drives', { fundId, name, from, to: '2025-12-31' });
  }
});
afterAll(() => h.close());

describe('GET /api/v1/public/drives', () => {
  it('lists the drives of every level, newest first, without login', async () => {
    const { status, body } = await api();
    expect(status).toBe(200);
    expect(body.items.map((d) => d.id)).toEqual(['C3', 'C1', 'P2', 'P1', 'N'].map((k) => drive[k]));
    const p1 = body.items.find((d) => d.id === drive.P1);
    expect(p1).toMatchObject({ unit: { id: w.P1.id, name: 'Tỉnh Một', level: 'province' } });
    expect(p1?.disclosureUrl).toBe(`/cong-khai/${drive.P1}`);
    expect(JSON.stringify(body)).not.toMatch(/accountNo|bankAccount|phone/);
  });

  it('narrows to a level or a unit', async () => {
    expect((await api('?level=province')).body.items.map((d) => d.id)).toEqual([drive.P2, drive.P1]);
    expect((await api('?level=national')).body.items.map((d) => d.id)).toEqual([drive.N]);
    expect((await api(`?unitId=${w.C1.id}`)).body.items.map((d) => d.id)).toEqual([drive.C1]);
  });

  it('pages with a cursor: every drive once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 10; i++) {
      const page: Page = (await api(`?limit=2${cursor ? `&cursor=${cursor}` : ''}`)).body;
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((d) => d.id));
      cursor = page.nextCursor;
      if (!cursor) break;
    }
    expect(seen).toEqual(['C3', 'C1', 'P2', 'P1', 'N'].map((k) => drive[k]));
  });

  it('refuses a bad cursor (400) or limit and level (422), naming the parameter', async () => {
    for (const [query, status, field] of [
      ['?cursor=abc', 400, 'cursor'],
      [`?cursor=${Buffer.from('a.2024-13-01.x').toString('base64url')}`, 400, 'cursor'],
      ['?limit=101', 422, 'limit'],
      ['?limit=0', 422, 'limit'],
      ['?level=village', 422, 'level'],
    ] as const) {
      const res = await api(query);
      expect(res.status, query).toBe(status);
      expect(Object.keys(res.body.error?.fields ?? {}), query).toEqual([field]);
    }
  });
});

describe('the portal', () => {
  it("links the front page to its commune's drives and to its province's and the national unit's", async () => {
    const { status, html: page } = await html('/');
    expect(status).toBe(200);
    for (const key of ['C1', 'P1', 'N']) expect(page).toContain(`href="/cong-khai/${drive[key]}"`);
    // Another province's and another commune's drives are not this commune's business on its front page.
    for (const key of ['P2', 'C3']) expect(page).not.toContain(drive[key]);
    expect(page).toContain('href="/cong-khai"');
    // The commune's own drives come first (the first link of the section).
    const section = page.slice(page.indexOf('id="cong-khai"'));
    expect(section.match(/href="\/cong-khai\/([0-9a-f-]{36})"/)?.[1]).toBe(drive.C1);
  });

  it('lists every level on /cong-khai, by level, a page at a time', async () => {
    const all = await html('/cong-khai');
    expect(all.status).toBe(200);
    for (const key of Object.keys(drive)) expect(all.html).toContain(`/cong-khai/${drive[key]}`);
    expect(all.html).toContain('Tỉnh Một');
    const provinces = await html('/cong-khai?cap=tinh');
    expect(provinces.html).toContain(drive.P1);
    expect(provinces.html).toContain(drive.P2);
    expect(provinces.html).not.toContain(drive.C1);
    const mine = await html(`/cong-khai?don-vi=${w.C1.id}`);
    expect(mine.html).toContain(drive.C1);
    expect(mine.html).not.toContain(drive.C3);
    const bad = await html('/cong-khai?trang=abc');
    expect(bad.status).toBe(400);
    expect(bad.html).toContain('Con trỏ trang không hợp lệ');
  });

  it("pages a drive's money out past its first 50 rows (a row id's cursor is 66 characters)", async () => {
    const funds = (await h.request('GET', `/api/v1/funds?communeId=${w.C1.id}`, { token: admin })).body as {
      items: { id: string }[];
    };
    const fundId = funds.items[0]?.id as string;
    await post('/api/v1/donations', {
      fundId,
      driveId: drive.C1,
      donorKind: 'person',
      donorName: 'Trần Văn An',
      amount: 100_000_000,
      date: '2025-01-06',
    });
    for (let i = 1; i <= 52; i++)
      await post('/api/v1/disbursements', {
        fundId,
        driveId: drive.C1,
        amount: 100_000,
        date: '2025-01-10',
        purpose: 'Quà Tết',
        recipient: `Hộ số ${i}`,
        decisionRef: `${i}/QĐ-MTTQ`,
      });
    const first = await h.request('GET', `/api/v1/public/drives/${drive.C1}/money-out`);
    const next = (first.body as { nextCursor: string | null }).nextCursor;
    expect(next?.length).toBe(66);
    const second = await h.request('GET', `/api/v1/public/drives/${drive.C1}/money-out?cursor=${next}`);
    expect(second.status, JSON.stringify(second.body)).toBe(200);
    expect((second.body as { items: unknown[] }).items).toHaveLength(2);
    expect((await html(`/cong-khai/${drive.C1}?chi=${next}`)).status).toBe(200);
  });
});
