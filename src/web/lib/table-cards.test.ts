import { describe, expect, it } from 'vitest';
import {
  cardLayout,
  cellContent,
  defaultSorted,
  leafColumns,
  pageRows,
  rowKeyOf,
  type ResponsiveColumns,
} from './table-cards';

type Row = { id: string; date: string; name: string; qty: number; meta: { village: string } };
const rows: [Row, Row] = [
  { id: 'a', date: '2026-01-02', name: 'Hiến máu', qty: 54, meta: { village: 'Thôn Đông' } },
  { id: 'b', date: '2026-01-01', name: 'Hỏa táng', qty: 9, meta: { village: 'Thôn Tây' } },
];

const columns: ResponsiveColumns<Row> = [
  { title: 'Ngày', dataIndex: 'date', sorter: (x, y) => x.date.localeCompare(y.date), defaultSortOrder: 'ascend' },
  { title: 'Chỉ tiêu', dataIndex: 'name', card: 'title' },
  { title: 'Thôn', dataIndex: ['meta', 'village'] },
  { title: 'Số lượng', key: 'qty', render: (_, r) => `${r.qty} đơn vị` },
  { title: 'Ẩn', key: 'secret', hidden: true },
  { title: 'Chỉ trên máy tính', key: 'wide', responsive: ['md'] },
  { title: '', key: 'actions', render: () => 'Hủy' },
];

describe('a row as a card', () => {
  it('puts the marked column as the title, the keyed actions at the foot, the rest as lines', () => {
    const shown = leafColumns(columns);
    const layout = cardLayout(shown);
    expect(layout.title?.dataIndex).toBe('name');
    expect(layout.actions.map((c) => c.key)).toEqual(['actions']);
    expect(layout.lines.map((c) => c.title)).toEqual(['Ngày', 'Thôn', 'Số lượng', 'Chỉ trên máy tính']);
  });

  it('leaves out hidden columns, keeps those a table drops on a phone, and flattens groups', () => {
    const grouped: ResponsiveColumns<Row> = [{ title: 'Nhóm', children: [{ title: 'Tên', dataIndex: 'name' }] }];
    expect(leafColumns(grouped).map((c) => c.title)).toEqual(['Tên']);
    expect(leafColumns(columns).map((c) => c.key)).toContain('wide');
    expect(leafColumns(columns).map((c) => c.key)).not.toContain('secret');
  });

  it('takes the first ordinary column as the title when none is marked', () => {
    const layout = cardLayout(leafColumns(columns.map((c) => ({ ...c, card: undefined }))));
    expect(layout.title?.title).toBe('Ngày');
  });

  it('shows what the table shows: the render, a nested value, a {children} cell', () => {
    expect(cellContent<Row>({ dataIndex: ['meta', 'village'] }, rows[0], 0)).toBe('Thôn Đông');
    expect(cellContent<Row>({ render: (_, r) => `${r.qty} đơn vị` }, rows[0], 0)).toBe('54 đơn vị');
    expect(cellContent<Row>({ render: () => ({ children: 'ô gộp', props: { colSpan: 2 } }) }, rows[0], 0)).toBe(
      'ô gộp',
    );
    expect(cellContent<Row>({ dataIndex: 'missing' }, rows[0], 0)).toBeNull();
  });

  it('keys a row as antd does', () => {
    expect(rowKeyOf(rows[0], 0, 'id')).toBe('a');
    expect(rowKeyOf<Row>(rows[0], 0, (r) => `${r.id}-${r.qty}`)).toBe('a-54');
    expect(rowKeyOf(rows[1], 1, undefined)).toBe(1);
  });

  it('sorts by the default order the table opens with', () => {
    expect(defaultSorted(rows, leafColumns(columns)).map((r) => r.id)).toEqual(['b', 'a']);
  });
});

describe('a page of cards', () => {
  const many = Array.from({ length: 25 }, (_, i) => i);
  it('slices a whole list into pages', () => {
    expect(pageRows(many, { current: 3, pageSize: 10 })).toEqual([20, 21, 22, 23, 24]);
  });
  it('takes rows fewer than the total as the page the server sent', () => {
    expect(pageRows(many.slice(0, 20), { current: 2, pageSize: 20, total: 45 })).toHaveLength(20);
  });
});
