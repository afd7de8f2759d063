import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxParagraphTexts, zipEntries } from '../documents/zip-read';
import { createHarness, seedWorld, type Harness, type World } from '../../testing/harness';

let h: Harness;
let w: World;
let token = '';
let fundId = '';
let driveId = '';
let issueId = '';

type Slip = { id: string; lines: { itemId: string }[] };
async function post<T>(path: string, body: unknown) {
  const res = await h.request('POST', path, { token, body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as T;
}
async function file(path: string, auth = true) {
  return h.app.request(path, { headers: auth ? { authorization: `Bearer ${token}` } : {} });
}

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  token = await h.login('standing1');
  fundId = (await post<{ id: string }>('/api/v1/funds', { communeId: w.C1.id, name: 'Quỹ Cứu trợ' })).id;
  driveId = (
    await post<{ id: string }>('/api/v1/drives', {
      fundId,
      name: 'Ủng hộ đồng bào bị bão',
      from: '2024-09-01',
      to: '2024-10-31',
    })
  ).id;
  const named = await post<Slip>(`/api/v1/funds/${fundId}/goods/receipts`, {
    date: '2024-09-10',
    donorName: 'Cửa hàng Thu Hà',
    note: 'Liên hệ chị Hà 0912345678, số 5 ngõ 3',
    lines: [{ name: 'Mì tôm', unit: 'thùng', quantity: 300, value: 36_000_000 }],
  });
  await post(`/api/v1/funds/${fundId}/goods/receipts`, {
    date: '2024-09-11',
    donorName: 'Trần Văn Kín',
    publicAnonymous: true,
    lines: [{ itemId: named.lines[0]?.itemId, quantity: 50, value: 6_000_000 }],
  });
  issueId = (
    await post<Slip>(`/api/v1/funds/${fundId}/goods/issues`, {
      date: '2024-09-12',
      villageId: w.V1.id,
      recipient: '45 hộ bị ngập',
      decisionRef: '12/QĐ-MTTQ',
      note: 'Ông Lâm nhận thay, SĐT 0987654321',
      lines: [{ itemId: named.lines[0]?.itemId, quantity: 120 }],
    })
  ).id;
});
afterAll(async () => h?.close());

describe('goods documents', () => {
  it('print a phiếu xuất as Word that reads back with its number, village, decision and lines', async () => {
    const res = await file(`/api/v1/goods-slips/${issueId}/document.docx`);
    expect(res.status).toBe(200);
    const text = docxParagraphTexts(Buffer.from(await res.arrayBuffer())).join('\n');
    for (const s of ['PHIẾU XUẤT KHO', 'PX-2024-0001', 'Thôn Một', '45 hộ bị ngập', '12/QĐ-MTTQ', 'Mì tôm', '120'])
      expect(text).toContain(s);
    expect((await file(`/api/v1/goods-slips/${issueId}/document.docx`, false)).status).toBe(401);
    expect((await h.request('GET', '/api/v1/goods-slips/not-a-uuid/document.docx', { token })).status).toBe(404);
  });

  it('export the stock as .xlsx', async () => {
    const res = await file(`/api/v1/funds/${fundId}/goods/stock.xlsx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(zipEntries(bytes).some((e) => e.name.startsWith('xl/worksheets/'))).toBe(true);
  });
});

describe('public goods', () => {
  const PRIVATE = ['0912345678', '0987654321', 'ngõ 3', 'Trần Văn Kín', 'Ông Lâm', 'standing1'];

  it('list what came in (donor as publicly shown) and went out (to whom, decision), without personal data', async () => {
    const res = await h.request('GET', `/api/v1/public/funds/${fundId}/goods`);
    expect(res.status).toBe(200);
    const body = res.body as { received: { donor: string; quantity: number }[]; issued: { recipient: string }[] };
    // Newest first, as every public list.
    expect(body.received.map((r) => r.donor)).toEqual(['Nhà hảo tâm', 'Cửa hàng Thu Hà']);
    expect(body.issued[0]).toMatchObject({
      recipient: 'Thôn Một – 45 hộ bị ngập',
      decisionRef: '12/QĐ-MTTQ',
      quantity: 120,
    });
    const json = JSON.stringify(body);
    for (const s of PRIVATE) expect(json).not.toContain(s);
  });

  it('show on the drive’s disclosure page, apart from the cash', async () => {
    const res = await h.app.request(`/cong-khai/${driveId}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Hàng hóa, hiện vật');
    expect(html).toContain('Mì tôm');
    expect(html).toContain('Nhà hảo tâm');
    expect(html).toContain('12/QĐ-MTTQ');
    for (const s of PRIVATE) expect(html).not.toContain(s);
  });
});
