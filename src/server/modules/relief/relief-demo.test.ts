import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, loadDemo } from '../../demo/load-demo';
import { pdfAvailable, pdfToPngPages, popplerAvailable } from '../documents/render-pdf';
import { createHarness, type Harness, type Items } from '../../testing/harness';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  await loadDemo(h.db);
});
afterAll(async () => h?.close());

type Program = { id: string; name: string; households: number; value: number };

describe("the demo commune's relief (seed figures)", () => {
  it('"Chung tay Tết Quý Mão 2023": 43 near-poor households, 21.500.000 đồng from the fund\'s payout; donors\' gifts to 257 households above 70 million', async () => {
    const btt = await h.login('btt', DEMO_PASSWORD);
    const list = (await h.request('GET', '/api/v1/relief-programs', { token: btt })).body as Items<Program>;
    const tet = list.items.find((p) => p.name === 'Chung tay Tết Quý Mão 2023');
    const gifts = list.items.find((p) => p.name === 'Tặng quà Tết cho hộ cận nghèo, hộ chính sách 2023');
    expect(tet).toMatchObject({ households: 43, value: 21_500_000 });
    expect(gifts?.households).toBe(257);
    expect(gifts?.value).toBeGreaterThan(70_000_000);
    const s = (await h.request('GET', `/api/v1/relief-programs/${tet?.id}/summary`, { token: btt })).body as {
      text: string;
      bySource: { source: string; value: number }[];
      byVillage: unknown[];
    };
    expect(s.text).toBe('43 hộ, 21.500.000 đồng');
    expect(s.bySource).toEqual([
      expect.objectContaining({ source: 'fund', name: 'Quỹ "Vì người nghèo"', value: 21_500_000 }),
    ]);
    expect(s.byVillage).toHaveLength(6);
    const g = (await h.request('GET', `/api/v1/relief-programs/${gifts?.id}/summary`, { token: btt })).body as {
      bySource: unknown[];
    };
    expect(g.bySource.length).toBeGreaterThanOrEqual(10);
    // The fund paid once: its balance is what the funds demo left.
    const funds = (await h.request('GET', '/api/v1/funds', { token: btt })).body as Items<{ id: string; name: string }>;
    const poor = funds.items.find((f) => f.name === 'Quỹ "Vì người nghèo"');
    expect(
      ((await h.request('GET', `/api/v1/funds/${poor?.id}/balance`, { token: btt })).body as { balance: number })
        .balance,
    ).toBe(5_000_000);
    // A village head's sign-off list is their village's.
    const thon = await h.login('thondong', DEMO_PASSWORD);
    const mine = (await h.request('GET', `/api/v1/relief-programs/${tet?.id}/summary`, { token: thon })).body as {
      households: number;
    };
    expect(mine.households).toBe(8);
  });

  it.runIf(pdfAvailable())(
    'the demo sign-off list renders (PNG pages in /tmp/relief-signoff/demo-*)',
    async () => {
      const btt = await h.login('btt', DEMO_PASSWORD);
      const list = (await h.request('GET', '/api/v1/relief-programs', { token: btt })).body as Items<Program>;
      const tet = list.items.find((p) => p.name === 'Chung tay Tết Quý Mão 2023');
      const res = await h.app.request(`/api/v1/relief-programs/${tet?.id}/sign-off.pdf`, {
        headers: { authorization: `Bearer ${btt}` },
      });
      expect(res.status).toBe(200);
      const pdf = Buffer.from(await res.arrayBuffer());
      mkdirSync('/tmp/relief-signoff', { recursive: true });
      writeFileSync('/tmp/relief-signoff/demo.pdf', pdf);
      if (popplerAvailable())
        expect((await pdfToPngPages(pdf, '/tmp/relief-signoff', { dpi: 80, prefix: 'demo' })).length).toBeGreaterThan(
          1,
        );
    },
    120_000,
  );
});
