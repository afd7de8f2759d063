import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, loadDemo } from '../../demo/load-demo';
import { createHarness, type Harness, type Items } from '../../testing/harness';
import type { Sup } from './test-helpers';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  await loadDemo(h.db);
});
afterAll(async () => h?.close());

describe('demo: supervision in xã Hồng Sơn, first half of 2023', () => {
  it('has the Tết support supervision (plan numbered, concluded, one recommendation answered, one sent) and a social-criticism session', async () => {
    const btt = await h.login('btt', DEMO_PASSWORD);
    const list = (await h.request('GET', '/api/v1/supervisions', { token: btt })).body as Items<Sup>;
    const tet = list.items.find((s) => s.subject.includes('Tết Quý Mão 2023'));
    const draft = list.items.find((s) => s.kind === 'social_criticism');
    expect(tet).toMatchObject({
      status: 'concluded',
      kind: 'supervision',
      startDate: '2023-03-01',
      endDate: '2023-03-15',
    });
    expect(tet?.team).toHaveLength(3);
    expect(tet?.planDoc?.number).toMatch(/^\d{2}\/KH-MTTQ-BTT$/);
    expect(draft?.subject).toMatch(/^Dự thảo Nghị quyết HĐND xã về /);
    expect(['in_progress', 'concluded']).toContain(draft?.status);
    const detail = (await h.request('GET', `/api/v1/supervisions/${tet?.id}`, { token: btt })).body as Sup;
    expect(detail.recommendationList.map((r) => r.status).sort()).toEqual(['answered', 'sent']);

    const units = (await h.request('GET', '/api/v1/units', { token: btt })).body as Items<{
      id: string;
      level: string;
    }>;
    const commune = units.items.find((u) => u.level === 'commune');
    const summary = (
      await h.request('GET', `/api/v1/supervisions/summary?communeId=${commune?.id}&from=2023-01-01&to=2023-06-30`, {
        token: btt,
      })
    ).body as { text: string; recommendations: { issued: number; answered: number } };
    expect(summary.recommendations).toMatchObject({ issued: 3, answered: 2 });
    expect(summary.text).toMatch(
      /^Tổ chức 1 cuộc giám sát, 1 hội nghị phản biện xã hội; nêu 3 kiến nghị, đã được trả lời 2/,
    );
    // The Ban Thanh tra nhân dân's inspection of 2025, its team the board's roster (one member per village).
    const byBoard = list.items.find((s) => (s as Sup & { bodyId: string | null }).bodyId);
    expect(byBoard).toMatchObject({ status: 'concluded', startDate: '2025-10-13' });
    expect(byBoard?.team).toHaveLength(6);
    // The village head of Thôn Đông reads the commune's supervisions too (the two of 2023 and the inspection).
    const village = await h.login('thondong', DEMO_PASSWORD);
    expect(
      ((await h.request('GET', '/api/v1/supervisions', { token: village })).body as Items<Sup>).items,
    ).toHaveLength(3);
    const plan = await h.app.request(`/api/v1/supervisions/${tet?.id}/plan.docx`, {
      headers: { authorization: `Bearer ${btt}` },
    });
    expect(plan.status).toBe(200);
  });
});
