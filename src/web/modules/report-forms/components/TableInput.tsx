import { Card, Form, Input, InputNumber, Radio, Space, Typography } from 'antd';
import { useI18n } from '../../../i18n';
import { IntegerInput, MoneyInput } from '../../../lib/inputs';
import type { ReportField } from '../api';

type Cell = number | string | boolean | null;
type Cells = Record<string, Record<string, Cell>>;
export type TableRow = { id: string; name: string };

type Props = {
  field: ReportField;
  rows: TableRow[];
  value: unknown;
  disabled: boolean;
  /** Errors of this field by path: `<field>.<row>.<column>` (a cell) or `<field>.<row>` (a row). */
  errors: Record<string, string>;
  onChange: (v: Cells) => void;
  /** Saves the whole table when a cell is left, as the other fields are saved. */
  onCommit: () => void;
};

const asCells = (v: unknown): Cells => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Cells) : {});

/**
 * A table field (one row per village or organisation) made for a phone: each row a small card with its inputs, one
 * under the other; a cell's error shows under that cell.
 */
export function TableInput({ field: f, rows, value, disabled, errors, onChange, onCommit }: Props) {
  const { t } = useI18n();
  const cells = asCells(value);
  const set = (rowId: string, col: string, v: Cell) => onChange({ ...cells, [rowId]: { ...cells[rowId], [col]: v } });
  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }} data-testid={`rf-table-${f.key}`}>
      {rows.length === 0 && <Typography.Text type="secondary">—</Typography.Text>}
      {rows.map((row) => (
        <Card key={row.id} size="small" title={row.name} data-testid="rf-table-row">
          {errors[`${f.key}.${row.id}`] && (
            <Typography.Text type="danger">{errors[`${f.key}.${row.id}`]}</Typography.Text>
          )}
          {(f.columns ?? []).map((col) => {
            const id = `rf-cell-${f.key}-${row.id}-${col.key}`;
            const error = errors[`${f.key}.${row.id}.${col.key}`];
            const v = cells[row.id]?.[col.key] ?? null;
            const numeric = {
              id,
              disabled,
              value: typeof v === 'number' ? v : null,
              onChange: (n: number | null) => set(row.id, col.key, n),
              onBlur: onCommit,
              style: { width: '100%' },
            };
            return (
              <Form.Item
                key={col.key}
                label={col.label}
                htmlFor={id}
                style={{ marginBottom: 8 }}
                validateStatus={error ? 'error' : undefined}
                help={error ? `${col.label}: ${error}` : undefined}
              >
                {col.type === 'money' ? (
                  <MoneyInput {...numeric} />
                ) : col.type === 'count' ? (
                  <IntegerInput {...numeric} />
                ) : col.type === 'number' ? (
                  <InputNumber<number> {...numeric} decimalSeparator="," inputMode="decimal" />
                ) : col.type === 'boolean' ? (
                  <Radio.Group
                    id={id}
                    disabled={disabled}
                    value={typeof v === 'boolean' ? v : undefined}
                    onChange={(e) => {
                      // A choice is saved at once, as a yes/no field is.
                      set(row.id, col.key, e.target.value);
                      onCommit();
                    }}
                    options={[
                      { value: true, label: t('rfYes') },
                      { value: false, label: t('rfNo') },
                    ]}
                  />
                ) : (
                  <Input
                    id={id}
                    disabled={disabled}
                    value={typeof v === 'string' ? v : ''}
                    onChange={(e) => set(row.id, col.key, e.target.value)}
                    onBlur={onCommit}
                  />
                )}
              </Form.Item>
            );
          })}
        </Card>
      ))}
    </Space>
  );
}
