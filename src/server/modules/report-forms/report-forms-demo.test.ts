import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo, DEMO_PASSWORD } from '../../demo/load-demo';
import { todayVn } from '../../../lib/dates';
import { createHarness, type Harness } from '../../testing/harness';
import { periodOf, previousPeriod } from '../../../lib/report-periods';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
  await loadDemo(h.db);
});
afterAll(async () => h?.close());

type Form = { id: string; title: string; fields: unknown[] };
type Grid = { units: { unitId: string; name: string; kind: string }[]; cells: string[][]; periods: unknown[] };

describe('the demo: the province’s monthly form and xã Hồng Sơn’s year on it', () => {
  it('has 20 fields, twelve months of reports, some late, one returned, one missing', async () => {
    const btt = await h.login('btt', DEMO_PASSWORD);
    // The demo's twelve months end with last month.
    const to = previousPeriod('month', periodOf('month', todayVn()));
    let from = to;
    for (let i = 0; i < 11; i++) from = previousPeriod('month', from);
    const range = `from=${from}&to=${to}`;
    const forms = await h.request('GET', '/api/v1/report-forms', { token: btt });
    const form = (forms.body as { items: Form[] }).items.find((f) => f.title.startsWith('Báo cáo tháng'));
    expect(form?.fields).toHaveLength(20);
    const grid = (await h.request('GET', `/api/v1/report-forms/${form?.id}/grid?${range}`, { token: btt }))
      .body as Grid;
    expect(grid.periods).toHaveLength(12);
    expect(grid.units.map((u) => u.kind)).toEqual(['commune', ...Array(6).fill('village')]);
    const all = grid.cells.flat();
    expect(all.filter((c) => c === 'late').length).toBeGreaterThan(2);
    expect(all.filter((c) => c === 'returned')).toHaveLength(1);
    expect(all.filter((c) => c === 'on_time').length).toBeGreaterThan(60);
    // The province sees the commune's reports it accepted, never this month's draft.
    const tinh = await h.login('tinh', DEMO_PASSWORD);
    const seen = (await h.request('GET', `/api/v1/report-forms/${form?.id}/grid?${range}`, { token: tinh }))
      .body as Grid;
    const row = seen.cells[seen.units.findIndex((u) => u.name === 'Hồng Sơn')];
    expect(row?.slice(0, 11).every((c) => c === 'on_time' || c === 'late')).toBe(true);
    expect(['missing', 'open']).toContain(row?.[11]);
  });
});
