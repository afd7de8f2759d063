import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, loadDemo } from '../../demo/load-demo';
import { createHarness, seedWorld, type ErrorBody, type Harness, type Items, type World } from '../../testing/harness';
import { TO_FILL } from './compose';

/** The news draft of the seed's conference, from the demo's meeting and its half-year report. */
let h: Harness;
let w: World;
const t: Record<string, string> = {};
type Post = { id: string; title: string; body: string; status: string; slug: string; kind: string };
const TABLES = ['posts'];

beforeAll(async () => {
  h = await createHarness();
  await loadDemo(h.db);
  w = await seedWorld(h.db);
  for (const u of ['btt', 'thondong', 'xem', 'tinh']) t[u] = await h.login(u, DEMO_PASSWORD);
  t.standing1 = await h.login('standing1');
});
afterAll(async () => h?.close());

async function reviewMeeting() {
  const list = (await h.request('GET', '/api/v1/meetings?type=half_year_review', { token: t.btt })).body as Items<{
    id: string;
    date: string;
  }>;
  const m = list.items.find((x) => x.date === '2023-07-06');
  if (!m) throw new Error('no demo review meeting');
  return m.id;
}
const draft = async (token: string | undefined, body: Record<string, unknown>) =>
  (await h.request('POST', '/api/v1/posts/from-meeting', { token, body })) as {
    status: number;
    body: Post & ErrorBody;
  };

describe('news drafted from the review conference', () => {
  it('carries the seed’s title, date, attendance and figures, as a draft for staff to finish', async () => {
    const res = await draft(t.btt, { meetingId: await reviewMeeting() });
    expect(res.status).toBe(201);
    const p = res.body;
    expect(p.status).toBe('draft');
    expect(p.kind).toBe('news');
    expect(p.title).toBe('MTTQ xã Hồng Sơn tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2023');
    expect(p.body).toContain(
      'Chiều ngày 06/07/2023, Ủy ban MTTQ xã Hồng Sơn tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm',
    );
    expect(p.body).toContain('đồng chí Hoàng Quốc Toản - Huyện ủy viên - Bí thư Đảng ủy - Chủ tịch HĐND xã');
    for (const figure of [
      '43 hộ',
      '21.500.000 đồng',
      '257 hộ',
      '72.925.000 đồng',
      'đạt 161%',
      '54/44',
      'đạt 123%',
      '9/17',
      'đạt 53%',
    ])
      expect(p.body).toContain(figure);
    expect(p.body).toContain(TO_FILL);
    // A draft is not on the portal until the standing committee publishes it.
    expect((await h.app.request(`/tin-tuc/${p.slug}`)).status).toBe(404);
  });

  it('is in the demo already: the draft of the seed’s post waits in the staff’s list, not on the portal', async () => {
    const list = (await h.request('GET', '/api/v1/posts?status=draft', { token: t.btt })).body as Items<{
      title: string;
      status: string;
    }>;
    expect(
      list.items.filter(
        (p) => p.title === 'MTTQ xã Hồng Sơn tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2023',
      ).length,
    ).toBeGreaterThanOrEqual(1);
    const home = await (await h.app.request('/')).text();
    expect(home).not.toContain('tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2023');
  });

  it('is written by the commune’s staff only; others get 403 or 404 and nothing is written', async () => {
    const meetingId = await reviewMeeting();
    const before = await h.counts(TABLES);
    expect((await draft(t.xem, { meetingId })).status).toBe(403);
    const foreign = await draft(t.standing1, { meetingId });
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.fields?.meetingId).toBeTruthy();
    expect((await draft(t.btt, { meetingId: w.C1.id })).status).toBe(404);
    expect((await draft(t.btt, { meetingId: 'x' })).body.error.fields?.meetingId).toBeTruthy();
    expect((await draft(t.btt, { meetingId, reportId: w.C1.id })).body.error.fields?.reportId).toBeTruthy();
    expect((await draft(undefined, { meetingId })).status).toBe(401);
    expect(await h.counts(TABLES)).toEqual(before);
  });
});
