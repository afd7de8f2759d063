import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../core/command';
import { createHarness, seedWorld, type Harness, type World } from '../../testing/harness';
import { TO_FILL } from '../conference-news/compose';
import { createHousehold } from '../households/commands/create-household';

/** The festival report of a village quotes the latest evaluation the commune had confirmed by the festival's day. */
let h: Harness;
let w: World;
let token: string;
const tk = {} as Record<'upper1' | 'target_sibling', string>;
type Report = { sections: { paragraphs: string[] }[] };

const req = async <T>(method: string, path: string, body?: unknown, as = token) => {
  const res = (await h.request(method, path, { token: as, body })) as { status: number; body: T };
  expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
  return res.body;
};

/** Registers the households for `year`, records the meeting's results and confirms the list on `confirmedOn`. */
async function evaluate(villageId: string, year: number, results: [string, string][], heldOn: string, on: string) {
  await req('POST', '/api/v1/evaluation-registrations', {
    villageId,
    year,
    registeredOn: `${year}-01-20`,
    householdIds: results.map(([id]) => id),
  });
  const meeting = await req<{ id: string }>('POST', '/api/v1/evaluation-meetings', {
    villageId,
    year,
    heldOn,
    place: 'Nhà văn hóa thôn',
    attendance: 40,
    chairName: 'Nguyễn Văn Trưởng',
    secretaryName: 'Lê Thị Thư',
    results: results.map(([householdId, result]) => ({ householdId, result })),
  });
  await req('POST', `/api/v1/evaluation-meetings/${meeting.id}/confirm`, { date: on });
}

async function reportText(villageId: string) {
  const f = await req<{ id: string }>('POST', '/api/v1/festivals', {
    villageId,
    date: '2025-11-15',
    startTime: '07:30',
    place: 'Nhà văn hóa thôn',
    presenter: 'Lê Văn Trưởng',
    programme: ['Văn nghệ chào mừng'],
  });
  return async () =>
    (await req<Report>('GET', `/api/v1/festivals/${f.id}/report`)).sections.flatMap((s) => s.paragraphs).join('\n');
}

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  token = await h.login('standing1');
  tk.upper1 = await h.login('upper1');
  tk.target_sibling = await h.login('target_sibling'); // Thôn Hai's village lead
});
afterAll(async () => h?.close());

describe('the festival report’s evaluation sentence', () => {
  it('quotes last year’s confirmed results before this year’s are confirmed, this year’s once they are, else waits', async () => {
    const ctx = systemContext(h.db);
    const house = async (villageId: string, headName: string) =>
      (await createHousehold(ctx, { villageId, headName, categories: [] })).id;
    const [an, binh, cuong] = [
      await house(w.V1.id, 'Nguyễn Văn An'),
      await house(w.V1.id, 'Trần Thị Bình'),
      await house(w.V1.id, 'Lê Văn Cường'),
    ];
    const dung = await house(w.V2.id, 'Phạm Thị Dung');

    // No confirmed evaluation: the sentence is left for staff.
    const v2 = await reportText(w.V2.id);
    expect(await v2()).toContain(`“Gia đình văn hóa” năm 2025: ${TO_FILL}`);

    // Thôn Một: 2024's list confirmed last December; 2025's meeting confirmed only after the festival.
    await evaluate(
      w.V1.id,
      2024,
      [
        [an, 'exemplary'],
        [binh, 'passed'],
        [cuong, 'failed'],
      ],
      '2024-12-05',
      '2024-12-10',
    );
    await evaluate(
      w.V1.id,
      2025,
      [
        [an, 'passed'],
        [binh, 'passed'],
        [cuong, 'passed'],
      ],
      '2025-12-05',
      '2025-12-10',
    );
    const v1 = await reportText(w.V1.id);
    const text = await v1();
    expect(text).toContain(
      'Kết quả bình xét năm 2024 (kết quả gần nhất đã được xã xác nhận): 2/3 hộ gia đình đạt danh hiệu “Gia đình văn hóa”.',
    );
    expect(text).not.toContain('bình xét năm 2025');

    // Thôn Hai met early and the commune confirmed before the festival: the year's own results, no "latest" note.
    // Its scorecard of the year, published as passed, adds the village's title.
    await evaluate(w.V2.id, 2025, [[dung, 'passed']], '2025-11-01', '2025-11-05');
    expect(await v2()).toContain('Kết quả bình xét năm 2025: 1/1 hộ gia đình đạt danh hiệu “Gia đình văn hóa”.');
    const set = await req<{ id: string }>(
      'POST',
      '/api/v1/evaluation-criteria-sets',
      {
        provinceId: w.P1.id,
        year: 2025,
        target: 'village',
        title: 'Thôn văn hóa 2025',
        passScore: 10,
        groups: [{ title: 'Môi trường', maxPoints: 15, criteria: [{ title: 'Xanh - sạch - đẹp', maxPoints: 15 }] }],
      },
      tk.upper1,
    );
    const card = await req<{ id: string }>(
      'POST',
      '/api/v1/evaluation-scorecards',
      { setId: set.id, unitId: w.V2.id },
      tk.target_sibling,
    );
    await req(
      'PUT',
      `/api/v1/evaluation-scorecards/${card.id}/scores`,
      { scores: [{ key: '1.1', points: 12 }] },
      tk.target_sibling,
    );
    const move = (action: string, as: string) =>
      req('POST', `/api/v1/evaluation-scorecards/${card.id}/transitions`, { action }, as);
    await move('submit', tk.target_sibling);
    await move('approve', token);
    await move('approve', tk.upper1);
    await move('publish', tk.upper1);
    expect(await v2()).toContain(
      'Kết quả bình xét năm 2025: 1/1 hộ gia đình đạt danh hiệu “Gia đình văn hóa”; Thôn Hai được công nhận danh hiệu “Thôn, tổ dân phố văn hóa”.',
    );
  });
});
