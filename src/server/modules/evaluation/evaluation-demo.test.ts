import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, loadDemo } from '../../demo/load-demo';
import { docxParagraphTexts } from '../documents/zip-read';
import { createHarness, type Harness } from '../../testing/harness';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  await loadDemo(h.db);
});
afterAll(async () => h?.close());

type Meeting = {
  communeId: string;
  villageName: string;
  confirmedOn: string | null;
  documentNumber: string | null;
  counts: { registered: number; passed: number; exemplary: number; failed: number };
  minutesUrl: string;
};
type Card = {
  unitName: string;
  communeName: string;
  target: string;
  stage: string;
  total: number;
  recognised: boolean;
  can: { score: boolean; actions: string[] };
  history: { action: string; by: string | null; at: string }[];
};

describe("the demo commune's 2023 evaluation", () => {
  it('six village meetings, confirmed and issued by the commune; the village head sees their own', async () => {
    const btt = await h.login('btt', DEMO_PASSWORD);
    const items = (
      (await h.request('GET', '/api/v1/evaluation-meetings?year=2023', { token: btt })).body as {
        items: Meeting[];
      }
    ).items;
    expect(items).toHaveLength(6);
    for (const m of items) {
      expect(m.confirmedOn).toBe('2023-12-15');
      expect(m.documentNumber).toMatch(/^\d{2}\/TB-MTTQ-BTT$/);
      expect(m.counts.registered).toBeGreaterThan(30);
      expect(m.counts.failed).toBeGreaterThan(0);
      expect(m.counts.exemplary).toBeGreaterThan(0);
    }
    const village = await h.login('thondong', DEMO_PASSWORD);
    const own = (
      (await h.request('GET', '/api/v1/evaluation-meetings?year=2023', { token: village })).body as {
        items: Meeting[];
      }
    ).items;
    expect(own.map((m) => m.villageName)).toEqual(['Thôn Đông']);
    const res = await h.app.request(own[0]?.minutesUrl ?? '', { headers: { authorization: `Bearer ${village}` } });
    const text = docxParagraphTexts(Buffer.from(await res.arrayBuffer())).join('\n');
    expect(text).toContain('THÔN ĐÔNG');
    expect(text).toContain('Hồng Sơn, ngày 04 tháng 12 năm 2023');
    expect(text).toContain('Phạm Văn Đông');
  });

  it('the province sees the six village scorecards published, five recognised, and Hồng Sơn’s own waiting for it', async () => {
    const tinh = await h.login('tinh', DEMO_PASSWORD);
    const cards = (
      (await h.request('GET', '/api/v1/evaluation-scorecards?year=2023', { token: tinh })).body as {
        items: Card[];
      }
    ).items;
    expect(cards).toHaveLength(7);
    const villages = cards.filter((c) => c.target === 'village');
    expect(villages).toHaveLength(6);
    expect(villages.every((c) => c.stage === 'published' && c.communeName === 'Hồng Sơn')).toBe(true);
    expect(villages.filter((c) => c.recognised)).toHaveLength(5);
    // The commune's card against the province's "Xã tiêu biểu" set: scored, returned once, submitted again.
    const own = cards.find((c) => c.target === 'commune');
    expect(own).toMatchObject({ unitName: 'Hồng Sơn', stage: 'province', total: 96, can: { score: true } });
    expect(own?.can.actions).toEqual(['approve', 'return']);
    expect(own?.history.map((s) => [s.action, s.by, s.at.slice(0, 10)])).toEqual([
      ['submit', 'Nguyễn Văn Luyện', '2023-12-26'],
      ['return', 'Trần Thị Tỉnh', '2023-12-28'],
      ['submit', 'Nguyễn Văn Luyện', '2023-12-29'],
    ]);
    const sets = (await h.request('GET', '/api/v1/evaluation-criteria-sets', { token: tinh })).body as {
      items: { target: string; title: string; maxTotal: number; groups: unknown[] }[];
    };
    expect(sets.items.find((s) => s.target === 'commune')).toMatchObject({ maxTotal: 100, groups: expect.any(Array) });
  });

  it('each step of the villages’ cards is dated when it happened in 2023 and names a real person', async () => {
    const btt = await h.login('btt', DEMO_PASSWORD);
    const cards = (
      (await h.request('GET', '/api/v1/evaluation-scorecards?year=2023&target=village', { token: btt })).body as {
        items: Card[];
      }
    ).items;
    const steps = cards.flatMap((c) => c.history.map((s) => ({ ...s, unit: c.unitName })));
    expect(steps.length).toBe(6 * 4 + 2);
    for (const s of steps) {
      expect(s.at.slice(0, 7)).toBe('2023-12');
      expect(['Phạm Văn Đông', 'Nguyễn Văn Luyện', 'Trần Thị Tỉnh']).toContain(s.by);
    }
    const dong = steps.filter((s) => s.unit === 'Thôn Đông').map((s) => [s.action, s.by]);
    expect(dong).toEqual([
      ['submit', 'Phạm Văn Đông'],
      ['approve', 'Nguyễn Văn Luyện'],
      ['approve', 'Trần Thị Tỉnh'],
      ['publish', 'Trần Thị Tỉnh'],
    ]);
  });

  it('the year report of 2023 quotes the families and villages recognised', async () => {
    const btt = await h.login('btt', DEMO_PASSWORD);
    const [meeting] = (
      (await h.request('GET', '/api/v1/evaluation-meetings?year=2023', { token: btt })).body as {
        items: Meeting[];
      }
    ).items;
    const res = await h.request('POST', '/api/v1/reports', {
      token: btt,
      body: { unitId: meeting?.communeId, type: 'year', from: '2023-01-01', to: '2023-12-31', confirm: true },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const { id } = res.body as { id: string };
    const model = (await h.request('GET', `/api/v1/reports/${id}`, { token: btt })).body as {
      sections: { paragraphs: { key: string; text: string }[] }[];
    };
    const text = model.sections.flatMap((s) => s.paragraphs).find((p) => p.key === 'propaganda.evaluation')?.text;
    expect(text).toMatch(
      /^Kết quả bình xét năm 2023: \d+\/\d+ hộ đăng ký đạt danh hiệu "Gia đình văn hóa" \(đạt \d+%\)/,
    );
    expect(text).toContain('5 thôn, tổ dân phố đạt danh hiệu "Thôn, tổ dân phố văn hóa"');
  });
});
