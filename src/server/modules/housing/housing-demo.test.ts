import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, loadDemo } from '../../demo/load-demo';
import { createHarness, type Harness } from '../../testing/harness';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  await loadDemo(h.db);
});
afterAll(async () => h?.close());

type List = {
  items: { id: string; headName: string; householdId: string | null; stage: string; kind: string }[];
  total: number;
  byStage: Record<string, number>;
  byKind: Record<string, number>;
};

describe("the demo commune's housing (nhà Đại đoàn kết)", () => {
  it('has ten cases across the stages and kinds, the village head seeing their village’s, the province reading', async () => {
    const btt = await h.login('btt', DEMO_PASSWORD);
    const list = (await h.request('GET', '/api/v1/housing-cases', { token: btt })).body as List;
    expect(list.total).toBe(10);
    expect(list.byStage).toEqual({ handed_over: 5, building: 2, approved: 1, surveyed: 1, paused: 1 });
    expect(list.byKind).toEqual({ new_build: 6, repair: 4 });
    expect(list.items.filter((i) => i.householdId).length).toBeGreaterThanOrEqual(5);
    const village = (
      await h.request('GET', '/api/v1/housing-cases', { token: await h.login('thondong', DEMO_PASSWORD) })
    ).body as List;
    expect(village.total).toBe(3);
    const province = (await h.request('GET', '/api/v1/housing-cases', { token: await h.login('tinh', DEMO_PASSWORD) }))
      .body as List;
    expect(province.total).toBe(10);
  });

  it('shows the houses handed over on the portal: head, village, kind, date, money and sources, nothing personal', async () => {
    const res = await h.app.request('/xa/hong-son/nha-dai-doan-ket');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Nhà Đại đoàn kết đã bàn giao');
    expect(html).toContain('xây mới 3 nhà, sửa chữa 2 nhà');
    expect(html).toContain('Hà Văn Thắng');
    expect(html).toContain('Ngân sách nhà nước: 20.000.000');
    expect(html).not.toContain('Xóm ');
    expect(html).not.toContain('<script');
    expect((await h.app.request('/xa/khong-co/nha-dai-doan-ket')).status).toBe(404);
  });
});
