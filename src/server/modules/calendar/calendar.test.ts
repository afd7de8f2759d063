import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, seedWorld, type ErrorBody, type Harness, type World } from '../../testing/harness';
import { addDays, todayVn } from '../../../lib/dates';
import { defaultYearItems } from './rules';

let h: Harness;
let w: World;
const t = {} as Record<'standing1' | 'upper1' | 'village1' | 'viewer1' | 'orglead1' | 'target_province', string>;
const TABLES = ['calendar_templates', 'calendar_template_items', 'calendar_adoptions', 'calendar_tasks'];
type Res<T> = { status: number; body: T & ErrorBody };
const call = async <T>(method: string, path: string, token: string | undefined, body?: unknown) =>
  (await h.request(method, path, { token, body })) as Res<T>;
type Template = {
  id: string;
  items: { id: string; title: string; startDate: string; endDate: string; audiences: string[] }[];
  can: { edit: boolean; adoptFor: { id: string }[] };
};
type Task = {
  id: string;
  title: string;
  audience: string;
  unitName: string;
  organizationName: string | null;
  dueDate: string;
  done: boolean;
  can: { mark: boolean };
};
const tasks = async (token: string, from = '2025-01-01', to = '2025-12-31') =>
  (await call<{ items: Task[] }>('GET', `/api/v1/calendar-tasks?from=${from}&to=${to}`, token)).body.items;

let tplId = '';

beforeAll(async () => {
  h = await createHarness();
  w = await seedWorld(h.db);
  for (const u of ['standing1', 'upper1', 'village1', 'viewer1', 'orglead1', 'target_province'] as const)
    t[u] = await h.login(u);
});
afterAll(async () => h?.close());

describe('the year’s template', () => {
  it('starts from the Front’s year: Tết, the half-year review, the peak month, the festival, December, the deadlines', () => {
    const items = defaultYearItems(2025);
    const find = (s: string) => items.find((i) => i.title.includes(s));
    expect(find('Tết')).toMatchObject({ startDate: '2025-01-02', endDate: '2025-01-31' });
    expect(find('sơ kết')).toMatchObject({ startDate: '2025-06-15', endDate: '2025-07-15' });
    expect(find('Vì người nghèo')).toMatchObject({ startDate: '2025-10-17', endDate: '2025-11-18' });
    expect(find('Ngày hội')).toMatchObject({
      startDate: '2025-11-01',
      endDate: '2025-11-18',
      audiences: ['commune', 'village'],
    });
    expect(find('Bình xét')?.startDate).toBe('2025-12-01');
    expect(find('tổng kết')?.endDate).toBe('2025-12-31');
    expect(items.filter((i) => i.kind === 'deadline')).toHaveLength(16);
  });

  it('is made and edited by the province; a commune reads it; bad input names the field and writes nothing', async () => {
    await h.expectRefused(403, TABLES, () =>
      call('POST', '/api/v1/calendar-templates', t.standing1, { provinceId: w.P1.id, year: 2025 }),
    );
    await h.expectRefused(403, TABLES, () =>
      call('POST', '/api/v1/calendar-templates', t.target_province, { provinceId: w.P1.id, year: 2025 }),
    );
    const year = await h.expectRefused(422, TABLES, () =>
      call('POST', '/api/v1/calendar-templates', t.upper1, { provinceId: w.P1.id, year: 1999 }),
    );
    expect((year as ErrorBody).error.fields?.year).toBeTruthy();
    const prov = await h.expectRefused(404, TABLES, () =>
      call('POST', '/api/v1/calendar-templates', t.upper1, { provinceId: w.C1.id, year: 2025 }),
    );
    expect((prov as ErrorBody).error.fields?.provinceId).toBeTruthy();
    const res = await call<Template>('POST', '/api/v1/calendar-templates', t.upper1, {
      provinceId: w.P1.id,
      year: 2025,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.items.length).toBe(22);
    expect(res.body.can.edit).toBe(true);
    tplId = res.body.id;
    await h.expectRefused(409, TABLES, () =>
      call('POST', '/api/v1/calendar-templates', t.upper1, { provinceId: w.P1.id, year: 2025 }),
    );

    const read = await call<Template>('GET', `/api/v1/calendar-templates/${tplId}`, t.standing1);
    expect(read.status).toBe(200);
    expect(read.body.can).toEqual({ edit: false, adoptFor: [{ id: w.C1.id, name: 'Xã Một' }] });
    expect((await call('GET', `/api/v1/calendar-templates/${tplId}`, t.target_province)).status).toBe(404);

    const item = {
      title: 'Hội nghị hiệp thương',
      kind: 'event',
      startDate: '2025-03-01',
      endDate: '2025-03-05',
      audiences: ['commune'],
    };
    const outside = await h.expectRefused(422, TABLES, () =>
      call('POST', `/api/v1/calendar-templates/${tplId}/items`, t.upper1, { ...item, endDate: '2026-01-05' }),
    );
    expect((outside as ErrorBody).error.fields?.endDate).toBeTruthy();
    const backwards = await h.expectRefused(422, TABLES, () =>
      call('POST', `/api/v1/calendar-templates/${tplId}/items`, t.upper1, { ...item, endDate: '2025-02-01' }),
    );
    expect((backwards as ErrorBody).error.fields?.endDate).toBeTruthy();
    const nobody = await h.expectRefused(422, TABLES, () =>
      call('POST', `/api/v1/calendar-templates/${tplId}/items`, t.upper1, { ...item, audiences: [] }),
    );
    expect((nobody as ErrorBody).error.fields?.audiences).toBeTruthy();
    await h.expectRefused(403, TABLES, () =>
      call('POST', `/api/v1/calendar-templates/${tplId}/items`, t.standing1, item),
    );
    const added = await call<{ id: string }>('POST', `/api/v1/calendar-templates/${tplId}/items`, t.upper1, item);
    expect(added.status).toBe(201);
    const moved = await call<{ endDate: string }>(
      'PATCH',
      `/api/v1/calendar-templates/${tplId}/items/${added.body.id}`,
      t.upper1,
      { endDate: '2025-03-10' },
    );
    expect(moved.body.endDate).toBe('2025-03-10');
    expect((await call('DELETE', `/api/v1/calendar-templates/${tplId}/items/${added.body.id}`, t.upper1)).status).toBe(
      204,
    );
  });
});

describe('adopting the template', () => {
  it('creates dated tasks for the commune, its villages and organisations; adopting twice creates none again', async () => {
    await h.expectRefused(403, TABLES, () =>
      call('POST', `/api/v1/calendar-templates/${tplId}/adoptions`, t.village1, { communeId: w.C1.id }),
    );
    await h.expectRefused(403, TABLES, () =>
      call('POST', `/api/v1/calendar-templates/${tplId}/adoptions`, t.upper1, { communeId: w.C1.id }),
    );
    const foreign = await h.expectRefused(404, TABLES, () =>
      call('POST', `/api/v1/calendar-templates/${tplId}/adoptions`, t.standing1, { communeId: w.C3.id }),
    );
    expect((foreign as ErrorBody).error.fields?.communeId).toBeTruthy();
    const first = await call<{ created: number; existing: number }>(
      'POST',
      `/api/v1/calendar-templates/${tplId}/adoptions`,
      t.standing1,
      { communeId: w.C1.id },
    );
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    // 6 events and 4 quarterly reports for the commune (commune audience: 1+1+1+1+1+1 = 6, +4); 12 monthly reports, the
    // Tết, peak-month, festival and evaluation lines for each of 2 villages; Tết, peak month and year review for 2 orgs.
    const expected = 10 + 2 * (12 + 4) + 2 * 3;
    expect(first.body).toEqual({ created: expected, existing: 0, tasks: expected });
    const again = await call<{ created: number; existing: number }>(
      'POST',
      `/api/v1/calendar-templates/${tplId}/adoptions`,
      t.standing1,
      { communeId: w.C1.id },
    );
    expect(again.body).toEqual({ created: 0, existing: expected, tasks: expected });
    // Both at once: still one task per line and assignee.
    await Promise.all([
      call('POST', `/api/v1/calendar-templates/${tplId}/adoptions`, t.standing1, { communeId: w.C1.id }),
      call('POST', `/api/v1/calendar-templates/${tplId}/adoptions`, t.standing1, { communeId: w.C1.id }),
    ]);
    expect(await h.counts(['calendar_tasks'])).toMatchObject({ calendar_tasks: expected });
    // A line the province adds later reaches the commune on the next adoption, alone.
    await call('POST', `/api/v1/calendar-templates/${tplId}/items`, t.upper1, {
      title: 'Kỷ niệm ngày thành lập',
      kind: 'event',
      startDate: '2025-11-18',
      endDate: '2025-11-18',
      audiences: ['commune'],
    });
    const third = await call<{ created: number }>(
      'POST',
      `/api/v1/calendar-templates/${tplId}/adoptions`,
      t.standing1,
      {
        communeId: w.C1.id,
      },
    );
    expect(third.body.created).toBe(1);
  });

  it('shows each level its own: a village its tasks, the commune all, an organisation its own, the province its communes', async () => {
    const village = await tasks(t.village1);
    expect(village.length).toBe(16);
    expect(new Set(village.map((x) => x.unitName))).toEqual(new Set(['Thôn Một']));
    const commune = await tasks(t.standing1);
    expect(commune.length).toBe(10 + 32 + 6 + 1);
    const org = await tasks(t.orglead1);
    expect(org.map((x) => x.organizationName)).toEqual(['Hội Phụ nữ xã Một', 'Hội Phụ nữ xã Một', 'Hội Phụ nữ xã Một']);
    expect((await tasks(t.upper1)).length).toBe(commune.length);
    expect(await tasks(t.target_province)).toEqual([]);
    const november = await tasks(t.village1, '2025-11-01', '2025-11-30');
    expect(november.map((x) => x.title)).toEqual(
      expect.arrayContaining(['Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư', 'Tháng cao điểm “Vì người nghèo”']),
    );
    const bad = await call('GET', '/api/v1/calendar-tasks?from=2025-13-01&to=2025-12-31', t.village1);
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields?.from).toBeTruthy();
  });

  it('a task is marked done by whoever does it, not by the province nor another village', async () => {
    const mine = (await tasks(t.village1)).find((x) => x.title.includes('Ngày hội'));
    if (!mine) throw new Error('no festival task');
    expect(mine.can.mark).toBe(true);
    await h.expectRefused(403, TABLES, () =>
      call('POST', `/api/v1/calendar-tasks/${mine.id}/done`, t.upper1, { done: true }),
    );
    await h.expectRefused(404, TABLES, () =>
      call('POST', `/api/v1/calendar-tasks/${mine.id}/done`, t.target_province, { done: true }),
    );
    const bad = await h.expectRefused(422, TABLES, () =>
      call('POST', `/api/v1/calendar-tasks/${mine.id}/done`, t.village1, { done: 'yes' }),
    );
    expect((bad as ErrorBody).error.fields?.done).toBeTruthy();
    const done = await call<Task>('POST', `/api/v1/calendar-tasks/${mine.id}/done`, t.village1, { done: true });
    expect(done.status).toBe(200);
    expect(done.body.done).toBe(true);
    // A line some unit has done is not removed with its record of work: 409, nothing deleted.
    const res = await h.db.execute(sql`
      select i.id, i.template_id as "templateId" from calendar_tasks k
      join calendar_template_items i on i.id = k.template_item_id where k.id = ${mine.id}`);
    const item = (res as unknown as { rows: { id: string; templateId: string }[] }).rows[0];
    const kept = await h.expectRefused(409, TABLES, () =>
      call('DELETE', `/api/v1/calendar-templates/${item?.templateId}/items/${item?.id}`, t.upper1),
    );
    expect((kept as ErrorBody).error.code).toBe('done_tasks');
    const reopened = await call<Task>('POST', `/api/v1/calendar-tasks/${mine.id}/done`, t.standing1, { done: false });
    expect(reopened.body.done).toBe(false);
    const commune = (await tasks(t.standing1)).find((x) => x.audience === 'commune');
    expect((await call('POST', `/api/v1/calendar-tasks/${commune?.id}/done`, t.village1, { done: true })).status).toBe(
      404,
    );
  });

  it('puts the tasks due soon or lately late on the start page of whoever does them', async () => {
    // The 2025 year is long past (its tasks stay in the calendar, not on the start page); this year's are due.
    const today = todayVn();
    const year = Number(today.slice(0, 4));
    const tpl = await call<{ id: string }>('POST', '/api/v1/calendar-templates', t.upper1, {
      provinceId: w.P1.id,
      year,
      withDefaults: false,
    });
    for (const [title, due] of [
      ['Rà soát hộ nghèo', today],
      ['Việc đã quá hạn', addDays(today, -3)],
      ['Việc của năm cũ', addDays(today, -90)],
      ['Việc còn xa', addDays(today, 30)],
    ] as const)
      if (due.startsWith(`${year}-`))
        await call('POST', `/api/v1/calendar-templates/${tpl.body.id}/items`, t.upper1, {
          title,
          kind: 'deadline',
          startDate: `${year}-01-01`,
          endDate: due,
          audiences: ['village'],
        });
    await call('POST', `/api/v1/calendar-templates/${tpl.body.id}/adoptions`, t.standing1, { communeId: w.C1.id });
    const body = (
      await call<{ groups: { key: string; count: number; items: { title: string; state: string }[] }[] }>(
        'GET',
        '/api/v1/today',
        t.village1,
      )
    ).body;
    const g = body.groups.find((x) => x.key === 'calendar.due');
    const titles = g?.items.map((i) => i.title) ?? [];
    expect(titles).toContain('Rà soát hộ nghèo');
    expect(titles).not.toContain('Việc của năm cũ');
    expect(titles).not.toContain('Việc còn xa');
    expect(titles.some((x) => x.startsWith('Báo cáo tháng'))).toBe(false);
    if (addDays(today, -3).startsWith(`${year}-`))
      expect(g?.items[0]).toMatchObject({ title: 'Việc đã quá hạn', state: 'late' });
    const upper = (await call<{ groups: { key: string }[] }>('GET', '/api/v1/today', t.upper1)).body;
    expect(upper.groups.find((x) => x.key === 'calendar.due')).toBeUndefined();
  });
});
