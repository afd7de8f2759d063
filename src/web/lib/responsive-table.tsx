/**
 * antd's Table on a wide screen; under 600 px each row becomes a compact card — its main column as
 * the title, the others as "label: value" lines, and its buttons always in sight at the foot — so a
 * phone never scrolls sideways to reach a row's quantity or actions (issue 13.4). Same props as
 * Table; a column may add `card: 'title' | 'actions' | 'line' | 'hide'` (a column keyed `actions`
 * is taken as the buttons, the first one as the title). On a wide screen a scrolling table keeps its
 * actions column fixed at the right edge.
 */
import { Empty, Pagination, Spin, Table, theme, type TableProps } from 'antd';
import { useState, useSyncExternalStore, type CSSProperties, type Key, type ReactNode } from 'react';
import {
  cardLayout,
  cellContent,
  columnLabel,
  defaultSorted,
  isBlank,
  leafColumns,
  pageRows,
  paginationProps,
  rowKeyOf,
  type ResponsiveColumns,
} from './table-cards';
import './responsive-table.css';

export type { CardRole, ResponsiveColumn, ResponsiveColumns } from './table-cards';

export type ResponsiveTableProps<T> = Omit<TableProps<T>, 'columns'> & { columns?: ResponsiveColumns<T> };

/** Under 600 px: the width of a phone held upright, where a table of more than two columns no longer fits. */
const NARROW_QUERY = '(max-width: 599.98px)';

function subscribe(onChange: () => void) {
  const mq = window.matchMedia(NARROW_QUERY);
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
}

/** True on a screen under 600 px wide; follows a rotation or a resized window. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(NARROW_QUERY).matches,
    () => false,
  );
}

export function ResponsiveTable<T extends object>(props: ResponsiveTableProps<T>) {
  const narrow = useNarrowScreen();
  // A selectable grid (checkboxes per row) keeps its table: it is a tool for a wide screen.
  if (narrow && !props.rowSelection) return <CardList {...props} />;
  return <Table<T> {...props} columns={tableColumns(props)} />;
}

/** The columns for antd's Table: `card` removed, and the actions kept in sight when the table scrolls. */
function tableColumns<T>({ columns, scroll }: ResponsiveTableProps<T>): TableProps<T>['columns'] {
  if (!columns) return undefined;
  const last = columns.length - 1;
  return columns.map(({ card, ...c }, i) => {
    const isActions = card === 'actions' || (card === undefined && (c.key === 'actions' || c.key === 'action'));
    return isActions && i === last && scroll?.x && c.fixed === undefined ? { ...c, fixed: 'right' as const } : c;
  });
}

function CardList<T extends object>(props: ResponsiveTableProps<T>) {
  const { token } = theme.useToken();
  const [ownPage, setOwnPage] = useState(1);
  const columns = leafColumns<T>(props.columns ?? []);
  const layout = cardLayout(columns);
  const rows = defaultSorted(props.dataSource ?? [], columns);

  const paging = props.pagination === false ? null : (props.pagination ?? {});
  const pageSize = paging?.pageSize ?? paging?.defaultPageSize ?? 10;
  const total = paging?.total ?? rows.length;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(paging?.current ?? ownPage, pages);
  const shown = paging ? pageRows(rows, { current, pageSize, total: paging.total }) : rows;
  const offset = paging && rows.length >= total ? (current - 1) * pageSize : 0;

  const spinning = typeof props.loading === 'object' ? (props.loading.spinning ?? true) : Boolean(props.loading);
  const emptyText = props.locale?.emptyText;
  const empty =
    typeof emptyText === 'function' ? emptyText() : (emptyText ?? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />);

  const label: CSSProperties = { color: token.colorTextSecondary, marginInlineEnd: 4 };
  const card: CSSProperties = {
    border: `1px solid ${token.colorBorderSecondary}`,
    borderRadius: token.borderRadius,
    padding: '8px 10px',
    background: token.colorBgContainer,
    overflowWrap: 'anywhere',
  };

  const renderCard = (record: T, i: number): ReactNode => {
    const index = offset + i;
    const key: Key = rowKeyOf(record, index, props.rowKey);
    const rowClass =
      typeof props.rowClassName === 'function' ? props.rowClassName(record, index, 0) : (props.rowClassName ?? '');
    const { className, style, ...rowAttrs } = props.onRow?.(record, index) ?? {};
    const selected = /\bant-table-row-selected\b/.test(rowClass);
    const lines = layout.lines
      .map((c, n) => ({ n, c, content: cellContent(c, record, index) }))
      .filter((l) => !isBlank(l.content));
    const buttons = layout.actions.map((c) => cellContent(c, record, index)).filter((b) => !isBlank(b));
    return (
      <li
        key={key}
        data-row-key={key}
        {...rowAttrs}
        className={['rt-card', rowAttrs.onClick && 'rt-card-opens', rowClass, className].filter(Boolean).join(' ')}
        style={{
          ...card,
          ...(selected && { borderColor: token.colorPrimary, background: token.colorPrimaryBg }),
          ...style,
        }}
      >
        {layout.title && <div className="rt-card-title">{cellContent(layout.title, record, index)}</div>}
        {lines.map(({ c, n, content }) => {
          const title = columnLabel(c);
          return (
            <div key={n} style={{ fontSize: 13, lineHeight: 1.5 }}>
              {!isBlank(title) && <span style={label}>{title}:</span>}
              {content}
            </div>
          );
        })}
        {buttons.length > 0 && (
          // A button here is the row's own, not a click on the card (which may open the row).
          // biome-ignore lint/a11y/noStaticElementInteractions: stops the click's bubbling only; the buttons inside are the controls.
          // biome-ignore lint/a11y/useKeyWithClickEvents: as above: no action of its own.
          <div
            className="rt-card-actions"
            onClick={(e) => e.stopPropagation()}
            style={{ display: 'flex', flexWrap: 'wrap', gap: 6, marginTop: 6 }}
          >
            {buttons.map((b, n) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the action cells are fixed by the columns, in their order.
              <span key={n}>{b}</span>
            ))}
          </div>
        )}
      </li>
    );
  };

  return (
    <Spin spinning={spinning}>
      {typeof props.title === 'function' && <div style={{ marginBottom: 8 }}>{props.title(shown)}</div>}
      {shown.length === 0 ? (
        <div style={{ padding: '16px 0', textAlign: 'center' }}>{empty}</div>
      ) : (
        <ul
          className="rt-cards"
          style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 8 }}
        >
          {shown.map(renderCard)}
        </ul>
      )}
      {paging && !(paging.hideOnSinglePage && pages <= 1) && total > 0 && (
        <Pagination
          size="small"
          {...paginationProps(paging)}
          style={{ marginTop: 12, justifyContent: 'center' }}
          current={current}
          pageSize={pageSize}
          total={total}
          onChange={(page, size) => {
            setOwnPage(page);
            paging.onChange?.(page, size);
          }}
        />
      )}
      {typeof props.footer === 'function' && <div style={{ marginTop: 8 }}>{props.footer(shown)}</div>}
    </Spin>
  );
}
