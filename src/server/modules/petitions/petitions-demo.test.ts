import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfAvailable, pdfToPngPages, popplerAvailable } from '../documents/render-pdf';
import { DEMO_PASSWORD, loadDemo } from '../../demo/load-demo';
import { createHarness, type Harness, type Items } from '../../testing/harness';

/** The demo commune's petitions: raised at the voter contact, followed to the answer, one from the portal. */
let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  await loadDemo(h.db);
});
afterAll(async () => h?.close());

type P = {
  code: string;
  status: string;
  source: string;
  overdue: boolean;
  answer: string | null;
  answerDocument: string | null;
  villageName: string | null;
};

describe('demo petitions of xã Hồng Sơn', () => {
  it('10 petitions across fields and agencies: answered with documents, one overdue, one from the portal', async () => {
    const btt = await h.login('btt', DEMO_PASSWORD);
    const list = (await h.request('GET', '/api/v1/petitions?pageSize=200', { token: btt })).body as Items<P> & {
      total: number;
    };
    expect(list.total).toBe(10);
    const by = (s: string) => list.items.filter((p) => p.status === s);
    expect(by('answered').length + by('closed').length).toBeGreaterThanOrEqual(4);
    for (const p of [...by('answered'), ...by('closed')]) expect(p.answer && p.answerDocument).toBeTruthy();
    expect(list.items.filter((p) => p.overdue)).toHaveLength(1);
    expect(list.items.filter((p) => p.source === 'portal')).toHaveLength(1);
    expect(new Set(list.items.map((p) => p.villageName)).size).toBeGreaterThan(4);
    // The village head of Thôn Đông sees only Thôn Đông's.
    const dong = await h.login('thondong', DEMO_PASSWORD);
    const mine = (await h.request('GET', '/api/v1/petitions', { token: dong })).body as Items<P>;
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((p) => p.villageName === 'Thôn Đông')).toBe(true);
  });

  it.runIf(pdfAvailable() && popplerAvailable())(
    'the demo synthesis renders to PNG (/tmp/civic-png/petitions/demo-*.png)',
    async () => {
      const btt = await h.login('btt', DEMO_PASSWORD);
      const units = (await h.request('GET', '/api/v1/units', { token: btt })).body as Items<{
        id: string;
        level: string;
      }>;
      const commune = units.items.find((u) => u.level === 'commune');
      const res = await h.app.request(
        `/api/v1/petitions/synthesis.pdf?communeId=${commune?.id}&from=2023-01-01&to=2023-12-31&session=thứ Bảy`,
        { headers: { authorization: `Bearer ${btt}` } },
      );
      expect(res.status).toBe(200);
      mkdirSync('/tmp/civic-png/petitions', { recursive: true });
      expect(
        (
          await pdfToPngPages(Buffer.from(await res.arrayBuffer()), '/tmp/civic-png/petitions', {
            dpi: 80,
            prefix: 'demo',
          })
        ).length,
      ).toBeGreaterThan(1);
    },
    120_000,
  );
});
