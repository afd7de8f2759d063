import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, loadDemo } from '../../demo/load-demo';
import { docxParagraphTexts } from '../documents/zip-read';
import { createHarness, type Harness, type Items } from '../../testing/harness';

/** Hồng Sơn's festival of 18/11/2023 in the demo: its plan, commended, report and the portal's video post. */
let h: Harness;
const t: Record<string, string> = {};

beforeAll(async () => {
  h = await createHarness();
  await loadDemo(h.db);
  for (const u of ['btt', 'thondong', 'tinh']) t[u] = await h.login(u, DEMO_PASSWORD);
});
afterAll(async () => h?.close());

type Festival = {
  id: string;
  date: string;
  villageName: string;
  commendations: { name: string }[];
  newsPost: { title: string; kind: string } | null;
};

describe('the demo festival', () => {
  it('is Thôn Đông’s of 18/11/2023 with its commended, linked to the portal’s video of the day', async () => {
    const list = await h.request('GET', '/api/v1/festivals?year=2023', { token: t.thondong });
    const items = (list.body as Items<{ id: string; villageName: string; date: string }>).items;
    expect(items.map((f) => [f.villageName, f.date])).toEqual([['Thôn Đông', '2023-11-18']]);
    const f = (await h.request('GET', `/api/v1/festivals/${items[0]?.id}`, { token: t.btt })).body as Festival;
    expect(f.commendations).toHaveLength(5);
    expect(f.newsPost).toMatchObject({ kind: 'video', title: 'Video: Ngày hội Đại đoàn kết toàn dân tộc ở thôn Đông' });
  });

  it('reports the village’s year from the records and opens as a Word file', async () => {
    const list = await h.request('GET', '/api/v1/festivals', { token: t.tinh });
    const id = (list.body as Items).items[0]?.id;
    const report = (await h.request('GET', `/api/v1/festivals/${id}/report`, { token: t.btt })).body as {
      sections: { paragraphs: string[] }[];
      figures: { key: string; value: number }[];
    };
    const text = report.sections.flatMap((s) => s.paragraphs).join('\n');
    expect(text).toContain('93 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 - 18/11/2023)');
    expect(text).toContain('biểu dương, khen thưởng 3 hộ gia đình và 2 cá nhân');
    const res = await h.app.request(`/api/v1/festivals/${id}/report.docx`, {
      headers: { authorization: `Bearer ${t.btt}` },
    });
    expect(res.status).toBe(200);
    const buf = Buffer.from(await res.arrayBuffer());
    const docx = docxParagraphTexts(buf).join('\n');
    expect(docx).toContain('BAN CÔNG TÁC MẶT TRẬN THÔN ĐÔNG');
    expect(docx).toContain('Đông, ngày 18 tháng 11 năm 2023');
    expect(docx).toContain('Phạm Văn Đông');
    if (process.env.FESTIVAL_DOCX_OUT) {
      mkdirSync(process.env.FESTIVAL_DOCX_OUT, { recursive: true });
      writeFileSync(`${process.env.FESTIVAL_DOCX_OUT}/festival-report.docx`, buf);
      writeFileSync(`${process.env.FESTIVAL_DOCX_OUT}/report.json`, JSON.stringify(report, null, 2));
      const post = await h.request('POST', `/api/v1/festivals/${id}/news-post`, { token: t.btt });
      writeFileSync(`${process.env.FESTIVAL_DOCX_OUT}/post.json`, JSON.stringify(post.body, null, 2));
    }
  });

  it('has the province’s 2023 calendar, adopted by Hồng Sơn for itself, its villages and organisations', async () => {
    const tpls = (await h.request('GET', '/api/v1/calendar-templates?year=2023', { token: t.btt })).body as Items<{
      id: string;
      itemCount: number;
    }>;
    expect(tpls.items).toHaveLength(1);
    const tasks = (
      await h.request('GET', '/api/v1/calendar-tasks?from=2023-11-01&to=2023-11-30', { token: t.thondong })
    ).body as Items<{ title: string; unitName: string }>;
    expect(tasks.items.map((x) => x.title)).toContain('Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư');
    expect(new Set(tasks.items.map((x) => x.unitName))).toEqual(new Set(['Thôn Đông']));
  });
});
