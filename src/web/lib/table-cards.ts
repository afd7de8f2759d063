/**
 * The pure half of ResponsiveTable: which column is a card's title, which hold its buttons, what a
 * cell shows outside a table, and which rows a page holds — the same answers antd's Table gives.
 */
import type {
  TableColumnGroupType as ColumnGroupType,
  TableColumnType as ColumnType,
  TablePaginationConfig,
  TableProps,
} from 'antd';
import { isValidElement, type Key, type ReactNode } from 'react';

/** A column's part on a phone card: its title, its buttons, a "label: value" line (the default), or nothing. */
export type CardRole = 'title' | 'actions' | 'line' | 'hide';

/** An antd column that may say where it goes on a card. */
export type ResponsiveColumn<T> = (ColumnType<T> | ColumnGroupType<T>) & { card?: CardRole };
export type ResponsiveColumns<T> = readonly ResponsiveColumn<T>[];

/** Keys that name a row's buttons when a column does not say (`card: 'actions'`). */
const ACTION_KEYS = new Set(['actions', 'action']);

const isGroup = <T>(c: ResponsiveColumn<T>): c is ColumnGroupType<T> & { card?: CardRole } => 'children' in c;

/**
 * Leaf columns in order (a group's children stand for it), without hidden ones. A column that a
 * table drops on a small screen (`responsive`) stays: a card has room for it, as a line.
 */
export function leafColumns<T>(columns: ResponsiveColumns<T>) {
  const out: (ColumnType<T> & { card?: CardRole })[] = [];
  const walk = (cols: ResponsiveColumns<T>) => {
    for (const c of cols) {
      if (c.hidden) continue;
      if (isGroup(c)) walk(c.children as ResponsiveColumns<T>);
      else out.push(c);
    }
  };
  walk(columns);
  return out;
}

const columnKey = <T>(c: ColumnType<T>): string | undefined =>
  c.key !== undefined ? String(c.key) : Array.isArray(c.dataIndex) ? c.dataIndex.join('.') : c.dataIndex?.toString();

export type CardLayout<T> = {
  title: (ColumnType<T> & { card?: CardRole }) | undefined;
  lines: (ColumnType<T> & { card?: CardRole })[];
  actions: (ColumnType<T> & { card?: CardRole })[];
};

/**
 * Splits the columns for a card: the one marked `title` (else the first ordinary one) heads it,
 * those marked `actions` (or keyed `actions`) go to its foot, the rest are lines.
 */
export function cardLayout<T>(columns: (ColumnType<T> & { card?: CardRole })[]): CardLayout<T> {
  const role = (c: ColumnType<T> & { card?: CardRole }): CardRole =>
    c.card ?? (ACTION_KEYS.has(columnKey(c) ?? '') ? 'actions' : 'line');
  const shown = columns.filter((c) => role(c) !== 'hide');
  const title = shown.find((c) => role(c) === 'title') ?? shown.find((c) => role(c) === 'line');
  return {
    title,
    lines: shown.filter((c) => c !== title && role(c) === 'line'),
    actions: shown.filter((c) => c !== title && role(c) === 'actions'),
  };
}

/** The value at a column's dataIndex ('a', ['a', 'b'], 0). */
export function valueAt(record: unknown, dataIndex: ColumnType<unknown>['dataIndex']): unknown {
  if (dataIndex === undefined || dataIndex === null || dataIndex === '') return undefined;
  const path = Array.isArray(dataIndex) ? dataIndex : [dataIndex];
  let v: unknown = record;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[String(p)];
  }
  return v;
}

/** What a cell shows: its render (a `{children}` object gives its children), else the raw value. */
export function cellContent<T>(column: ColumnType<T>, record: T, index: number): ReactNode {
  const value = valueAt(record, column.dataIndex as ColumnType<unknown>['dataIndex']);
  if (!column.render) return value === null || value === undefined ? null : (value as ReactNode);
  const out = column.render(value, record, index);
  if (out !== null && typeof out === 'object' && !isValidElement(out) && !Array.isArray(out) && 'children' in out)
    return out.children ?? null;
  return out as ReactNode;
}

/** A cell with nothing to show makes no line on a card. */
export const isBlank = (n: ReactNode) => n === null || n === undefined || n === false || n === '';

/** A column header as plain text for a card's label (a header drawn by a function has none). */
export const columnLabel = <T>(c: ColumnType<T>): ReactNode => (typeof c.title === 'function' ? null : c.title);

/** A row's key as antd computes it: a function, a field name, or the row's index. */
export function rowKeyOf<T>(record: T, index: number, rowKey: TableProps<T>['rowKey']): Key {
  if (typeof rowKey === 'function') return rowKey(record, index);
  const v = valueAt(record, String(rowKey ?? 'key'));
  return typeof v === 'string' || typeof v === 'number' ? v : index;
}

/** Rows sorted by the column that asks for a default order, as the table shows them first. */
export function defaultSorted<T>(rows: readonly T[], columns: (ColumnType<T> & { card?: CardRole })[]): readonly T[] {
  const col = columns.find((c) => c.defaultSortOrder && typeof c.sorter === 'function');
  if (!col || typeof col.sorter !== 'function') return rows;
  const cmp = col.sorter;
  const sign = col.defaultSortOrder === 'descend' ? -1 : 1;
  return [...rows].sort((a, b) => sign * cmp(a, b, col.defaultSortOrder ?? undefined));
}

/**
 * The rows of the current page, as antd's Table picks them: data shorter than `total` is taken to
 * be the page the server sent; otherwise the page is sliced from the whole list.
 */
export function pageRows<T>(
  rows: readonly T[],
  p: { current: number; pageSize: number; total?: number },
): readonly T[] {
  const total = p.total ?? rows.length;
  if (rows.length < total && rows.length <= p.pageSize) return rows;
  return rows.slice((p.current - 1) * p.pageSize, p.current * p.pageSize);
}

/** Table pagination props without the table-only `position`, for antd's Pagination. */
export function paginationProps(p: TablePaginationConfig) {
  const { position: _position, ...rest } = p;
  return rest;
}
