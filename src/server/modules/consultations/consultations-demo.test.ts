import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, loadDemo } from '../../demo/load-demo';
import { DEMO_DRAFT_TITLE } from '../../demo/load-demo-consultations';
import { createHarness, type Harness, type Items } from '../../testing/harness';
import { pdfAvailable, pdfToPngPages, popplerAvailable } from '../documents/render-pdf';
import { docxParagraphTexts } from '../documents/zip-read';
import { consultationFigures } from './figures';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  await loadDemo(h.db);
});
afterAll(async () => h?.close());

type Detail = {
  id: string;
  status: string;
  communeId: string;
  articles: { ref: string; comments: number }[];
  comments: number;
};

describe('the demo commune’s consultation on the Land Law draft (2023)', () => {
  it('is closed, with comments from people, organisations (and the conference when there is one) on its articles', async () => {
    const btt = await h.login('btt', DEMO_PASSWORD);
    const list = (await h.request('GET', '/api/v1/consultations', { token: btt })).body as Items<
      Detail & { title: string }
    >;
    const draft = list.items.find((c) => c.title === DEMO_DRAFT_TITLE);
    expect(draft).toMatchObject({ status: 'closed', articles: 7, opensOn: '2023-01-03', deadline: '2023-03-15' });
    const d = (await h.request('GET', `/api/v1/consultations/${draft?.id}`, { token: btt })).body as Detail;
    expect(d.comments).toBeGreaterThanOrEqual(12);
    expect(d.articles.find((a) => a.ref === 'Điều 5')?.comments).toBeGreaterThanOrEqual(2);
    const f = await consultationFigures(h.db, '/', '2023-01-01', '2023-06-30');
    expect(f.consultations).toBe(1);
    expect(f.organizations).toBe(5);
    expect(f.portal).toBe(2);
    expect(f.comments).toBe(d.comments);

    const res = await h.app.request(`/api/v1/consultations/${d.id}/synthesis.docx`, {
      headers: { authorization: `Bearer ${btt}` },
    });
    expect(res.status).toBe(200);
    const docx = Buffer.from(await res.arrayBuffer());
    const paras = docxParagraphTexts(docx);
    expect(paras).toContain('Hồng Sơn, ngày 16 tháng 3 năm 2023');
    expect(paras).toContain('XÃ HỒNG SƠN');
    expect(paras).toContain('Nguyễn Văn Luyện');
    expect(paras.indexOf('Điều 1. Phạm vi điều chỉnh (1 ý kiến)')).toBeLessThan(
      paras.findIndex((p) => p.startsWith('Điều 159.')),
    );
    mkdirSync('/tmp/civic-png/consultations', { recursive: true });
    writeFileSync('/tmp/civic-png/consultations/demo-synthesis.docx', docx);
    if (pdfAvailable()) {
      const pdf = await h.app.request(`/api/v1/consultations/${d.id}/synthesis.pdf`, {
        headers: { authorization: `Bearer ${btt}` },
      });
      expect(pdf.status).toBe(200);
      if (popplerAvailable())
        expect(
          (
            await pdfToPngPages(Buffer.from(await pdf.arrayBuffer()), '/tmp/civic-png/consultations', {
              prefix: 'demo',
            })
          ).length,
        ).toBeGreaterThan(0);
    }
  });
});
