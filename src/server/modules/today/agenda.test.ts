import { describe, expect, it } from 'vitest';
import { type AgendaItem, excerpt, groupOf, ITEMS_PER_GROUP, orderGroups, stateByDate } from './agenda';

const item = (id: string, state: AgendaItem['state'], dueDate: string | null): AgendaItem => ({
  id,
  title: id,
  detail: null,
  dueDate,
  state,
});

describe('the start page’s groups (pure)', () => {
  it('late before soon before waiting, then the oldest date first; capped with the whole count kept', () => {
    const items = [
      item('w', 'waiting', null),
      item('s', 'soon', '2026-12-05'),
      item('l2', 'late', '2026-11-30'),
      item('l1', 'late', '2026-10-01'),
      ...Array.from({ length: ITEMS_PER_GROUP }, (_, i) => item(`x${i}`, 'soon', '2026-12-09')),
    ];
    const [g] = groupOf('k', items);
    expect(g?.count).toBe(items.length);
    expect(g?.items.map((i) => i.id).slice(0, 3)).toEqual(['l1', 'l2', 's']);
    expect(g?.items).toHaveLength(ITEMS_PER_GROUP);
  });

  it('nothing to do is no group at all', () => {
    expect(groupOf('k', [])).toEqual([]);
  });

  it('groups with late work come first; the rest keep their order', () => {
    const a = groupOf('a', [item('1', 'waiting', null)]);
    const b = groupOf('b', [item('2', 'late', '2026-01-01')]);
    const c = groupOf('c', [item('3', 'soon', '2026-12-04')]);
    expect(orderGroups([...a, ...b, ...c]).map((g) => g.key)).toEqual(['b', 'a', 'c']);
  });

  it('a date before today is late, today or later is soon', () => {
    expect(stateByDate('2026-12-02', '2026-12-03')).toBe('late');
    expect(stateByDate('2026-12-03', '2026-12-03')).toBe('soon');
  });

  it('a long text becomes one line cut at a word with an ellipsis', () => {
    expect(excerpt('Sửa  cầu\ntràn')).toBe('Sửa cầu tràn');
    const long = excerpt('a '.repeat(100), 10);
    expect(long.length).toBeLessThanOrEqual(10);
    expect(long.endsWith('…')).toBe(true);
  });
});
