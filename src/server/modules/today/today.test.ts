import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayVn } from '../../../lib/dates';
import { createHarness, type Harness, seedWorld, type World } from '../../testing/harness';
import { ITEMS_PER_GROUP } from './agenda';

type Item = { id: string; title: string; detail: string | null; dueDate: string | null; state: string };
type Today = { date: string; groups: { key: string; count: number; items: Item[] }[]; actions: string[] };

let h: Harness;
let w: World;
const tok: Record<string, string> = {};
const today = todayVn();
const ids: Record<string, string> = {};

async function post(token: string, path: string, body: unknown): Promise<{ id: string }> {
  const res = await h.request('POST', path, { token, body });
  expect(res.status, `${path} ${JSON.stringify(res.body)}`).toBeLessThan(300);
  return res.body as { id: string };
}

const startPage = async (user: string) => {
  const res = await h.request('GET', '/api/v1/today', { token: tok[user] });
  expect(res.status).toBe(200);
  return res.body as Today;
};
const group = (t: Today, key: string) => t.groups.find((g) => g.key === key);
const itemIds = (t: Today, key: string) => (group(t, key)?.items ?? []).map((i) => i.id).sort();

const petition = (token: string, villageId: string, communeId: string, dueDate: string, content: string) =>
  post(token, '/api/v1/petitions', {
    communeId,
    villageId,
    content,
    field: 'infrastructure',
    agency: 'ubnd_xa',
    receivedAt: addDays(today, -60),
    dueDate,
  });

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  tok.admin = await h.login('admin', 'Admin-Test-Pass-1');
  for (const u of ['upper1', 'standing1', 'orglead1', 'village1', 'viewer1', 'target_province'])
    tok[u] = await h.login(u);

  // Petitions: late in V1, due in 3 days in V2, due in a month (not yet work) and answered (done) in V1; late in C2.
  ids.lateV1 = (await petition(tok.standing1!, w.V1.id, w.C1.id, addDays(today, -2), 'Sửa cầu tràn thôn Một')).id;
  ids.soonV2 = (await petition(tok.standing1!, w.V2.id, w.C1.id, addDays(today, 3), 'Đèn đường thôn Hai')).id;
  await petition(tok.standing1!, w.V1.id, w.C1.id, addDays(today, 30), 'Nạo vét kênh thôn Một');
  ids.lateC2 = (await petition(tok.admin!, w.V3.id, w.C2.id, addDays(today, -10), 'Đường thôn Ba')).id;

  // A task of O1 due yesterday; one done; one of O2 next month.
  const campaign = await post(tok.standing1!, '/api/v1/campaigns', {
    communeId: w.C1.id,
    name: 'Ngày vì người nghèo',
    from: addDays(today, -60),
    to: addDays(today, 60),
  });
  ids.campaign = campaign.id;
  await post(tok.standing1!, `/api/v1/campaigns/${campaign.id}/tasks`, {
    title: 'Vận động hội viên ủng hộ',
    ownerOrganizationId: w.O1.id,
    deadline: addDays(today, -1),
  });
  await post(tok.standing1!, `/api/v1/campaigns/${campaign.id}/tasks`, {
    title: 'Tổng hợp danh sách',
    ownerOrganizationId: w.O2.id,
    deadline: addDays(today, 40),
  });

  // A reporting round due tomorrow for V1 and O1.
  const indicator = await post(tok.standing1!, '/api/v1/indicators', {
    ownerUnitId: w.C1.id,
    code: 'HM',
    name: 'Hiến máu',
    unitLabel: 'đơn vị',
    aggregation: 'sum',
  });
  ids.round = (
    await post(tok.standing1!, '/api/v1/rounds', {
      communeId: w.C1.id,
      title: 'Báo cáo tháng',
      from: addDays(today, -30),
      to: today,
      dueDate: addDays(today, 1),
      assignments: [
        { unitId: w.V1.id, indicatorIds: [indicator.id] },
        { unitId: w.C1.id, organizationId: w.O1.id, indicatorIds: [indicator.id] },
      ],
    })
  ).id;

  // A post an organisation head sends for approval, and a draft report of the commune.
  ids.post = (
    await post(tok.orglead1!, '/api/v1/posts', {
      communeId: w.C1.id,
      kind: 'news',
      title: 'Tin của hội',
      body: '<p>Nội dung</p>',
    })
  ).id;
  await post(tok.orglead1!, `/api/v1/posts/${ids.post}/transitions`, { to: 'pending' });
  ids.report = (
    await post(tok.standing1!, '/api/v1/reports', {
      unitId: w.C1.id,
      type: 'custom',
      from: addDays(today, -30),
      to: today,
    })
  ).id;
}, 120_000);
afterAll(async () => h?.close());

describe('GET /today: what is due or late for me, in my scope', () => {
  it('the standing committee: its commune’s petitions due or late (late first), the round others owe it, the post and report waiting for it', async () => {
    const t = await startPage('standing1');
    expect(t.date).toBe(today);
    const petitions = group(t, 'petitions.due');
    expect(petitions?.count).toBe(2);
    expect(petitions?.items.map((i) => [i.id, i.state])).toEqual([
      [ids.lateV1, 'late'],
      [ids.soonV2, 'soon'],
    ]);
    expect(itemIds(t, 'tasks.due')).toEqual([ids.campaign]);
    const missing = group(t, 'rounds.missing');
    expect(missing?.items.map((i) => [i.id, i.state, i.detail])).toEqual([[ids.round, 'soon', 'Xã Một · 2/2']]);
    expect(itemIds(t, 'posts.review')).toEqual([ids.post]);
    expect(itemIds(t, 'reports.draft')).toEqual([ids.report]);
    expect(group(t, 'rounds.owed')).toBeUndefined();
    // Groups holding late work come first.
    expect(t.groups[0]?.items.some((i) => i.state === 'late')).toBe(true);
    expect(t.actions).toEqual(['receipt', 'result', 'petition', 'report']);
  });

  it('a village head: the village’s petitions and the round it owes; nothing of the neighbouring village, no drafts', async () => {
    const t = await startPage('village1');
    expect(itemIds(t, 'petitions.due')).toEqual([ids.lateV1]);
    expect(group(t, 'rounds.owed')?.items.map((i) => [i.id, i.detail])).toEqual([[ids.round, 'Thôn Một']]);
    for (const key of ['tasks.due', 'rounds.missing', 'posts.review', 'reports.draft'])
      expect(group(t, key), key).toBeUndefined();
    expect(t.actions).toEqual(['result', 'petition']);
  });

  it('an organisation head: its organisation’s late task and round; it reads petitions but does not chase them', async () => {
    const t = await startPage('orglead1');
    expect(itemIds(t, 'tasks.due')).toEqual([ids.campaign]);
    expect(group(t, 'tasks.due')?.items[0]?.detail).toBe('Hội Phụ nữ xã Một · Ngày vì người nghèo');
    expect(group(t, 'rounds.owed')?.items.map((i) => i.detail)).toEqual(['PN1']);
    expect(group(t, 'petitions.due')).toBeUndefined();
    expect(group(t, 'posts.review')).toBeUndefined();
    expect(t.actions).toEqual(['receipt', 'result']);
  });

  it('the province: late petitions of every commune under it, but not another commune’s drafts or posts', async () => {
    const t = await startPage('upper1');
    expect(group(t, 'petitions.due')?.count).toBe(3);
    expect(group(t, 'petitions.due')?.items[0]?.id).toBe(ids.lateC2);
    expect(group(t, 'posts.review')).toBeUndefined();
    expect(group(t, 'reports.draft')).toBeUndefined();
    expect(t.actions).toEqual(['report']);
  });

  it('another province’s village head and a viewer see none of it', async () => {
    expect((await startPage('target_province')).groups).toEqual([]);
    const viewer = await startPage('viewer1');
    expect(itemIds(viewer, 'petitions.due')).toEqual([ids.lateV1, ids.soonV2].sort());
    expect(group(viewer, 'posts.review')).toBeUndefined();
    expect(viewer.actions).toEqual([]);
  });

  it('work done leaves the page: an answered petition', async () => {
    await post(tok.standing1!, `/api/v1/petitions/${ids.soonV2}/transitions`, { to: 'forwarded' });
    await post(tok.standing1!, `/api/v1/petitions/${ids.soonV2}/transitions`, { to: 'answered', answer: 'Đã lắp.' });
    expect(itemIds(await startPage('standing1'), 'petitions.due')).toEqual([ids.lateV1]);
  });

  it('a long list shows the first few and the whole count', async () => {
    for (let i = 0; i < ITEMS_PER_GROUP + 2; i++)
      await petition(tok.village1!, w.V1.id, w.C1.id, addDays(today, -20 - i), `Kiến nghị số ${i}`);
    const g = group(await startPage('village1'), 'petitions.due');
    expect(g?.count).toBe(ITEMS_PER_GROUP + 3);
    expect(g?.items).toHaveLength(ITEMS_PER_GROUP);
    // The longest overdue first.
    expect(g?.items[0]?.dueDate).toBe(addDays(today, -20 - (ITEMS_PER_GROUP + 1)));
  });

  it('the fund glance: a fund’s latest receipts, newest first, without voided ones; another province’s user gets 404', async () => {
    const fund = await post(tok.standing1!, '/api/v1/funds', { communeId: w.C1.id, name: 'Quỹ Vì người nghèo' });
    const give = (donorName: string, date: string) =>
      post(tok.standing1!, '/api/v1/donations', {
        fundId: fund.id,
        donorKind: 'person',
        donorName,
        amount: 100_000,
        date,
      });
    await give('Nguyễn Văn An', addDays(today, -3));
    const newest = await give('Trần Thị Bình', addDays(today, -1));
    const voided = await give('Lê Văn Cường', today);
    await post(tok.standing1!, `/api/v1/donations/${voided.id}/void`, { reason: 'Ghi nhầm' });
    const res = await h.request('GET', `/api/v1/funds/${fund.id}/latest-receipts?limit=2`, { token: tok.viewer1 });
    expect(res.status).toBe(200);
    const names = (res.body as { items: { id: string; donorName: string }[] }).items.map((i) => i.donorName);
    expect(names).toEqual(['Trần Thị Bình', 'Nguyễn Văn An']);
    expect((res.body as { items: { id: string }[] }).items[0]?.id).toBe(newest.id);
    const outside = await h.request('GET', `/api/v1/funds/${fund.id}/latest-receipts`, { token: tok.target_province });
    expect(outside.status).toBe(404);
    const bad = await h.request('GET', `/api/v1/funds/${fund.id}/latest-receipts?limit=500`, { token: tok.viewer1 });
    expect(bad.status).toBe(422);
    expect(JSON.stringify(bad.body)).toContain('limit');
  });

  it('needs a login', async () => {
    expect((await h.request('GET', '/api/v1/today')).status).toBe(401);
  });
});
