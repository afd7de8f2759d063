import { Button, Flex, Form, Input, Select, Space, Typography, theme } from 'antd';
import { FIELD_KEY, isNumericType } from '../../../../lib/report-fields';
import type { Key } from '../../../i18n';
import { useI18n } from '../../../i18n';
import { fmt } from '../../targets/shared';
import { type ReportField, typeKey } from '../api';

type Column = NonNullable<ReportField['columns']>[number];
const COLUMN_TYPES: Column['type'][] = ['count', 'number', 'money', 'text', 'boolean'];
const ROWS: NonNullable<ReportField['rows']>[] = ['village', 'organization'];

/** A code no column of the table has yet: c1, c2, … */
function freeKey(columns: Partial<Column>[]) {
  let n = columns.length + 1;
  while (columns.some((c) => c?.key === `c${n}`)) n++;
  return `c${n}`;
}

/**
 * The rows and columns of a table field in the form builder: each column a line of code, label, type and "of which"
 * of another numeric column, moved up or down or removed. `name` is the field's place in the builder's field list.
 */
export function TableColumns({ name, index }: { name: number; index: number }) {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  const { token } = theme.useToken();
  const columns: Partial<Column>[] = Form.useWatch(['fields', name, 'columns'], form) ?? [];
  return (
    <div
      data-testid={`rf-columns-${index}`}
      style={{
        flexBasis: '100%',
        paddingInlineStart: 12,
        borderInlineStart: `3px solid ${token.colorBorderSecondary}`,
      }}
    >
      <Flex gap={8} wrap align="center" justify="space-between">
        <Typography.Text strong>{t('rfColumns')}</Typography.Text>
        <Form.Item name={[name, 'rows']} label={t('rfTableRows')} initialValue="village" style={{ minWidth: 220 }}>
          <Select options={ROWS.map((r) => ({ value: r, label: t(`rfRows_${r}` as Key) }))} />
        </Form.Item>
      </Flex>
      <Form.List
        name={[name, 'columns']}
        rules={[
          {
            validator: async (_, v: unknown[] | undefined) => {
              if (!v?.length) throw new Error(t('rfColumnsNone'));
            },
          },
        ]}
      >
        {(items, { add, remove, move }, { errors }) => (
          <Space orientation="vertical" size={0} style={{ width: '100%' }}>
            {items.map((c, j) => (
              <Flex
                key={c.key}
                gap={8}
                wrap
                align="start"
                data-testid={`rf-column-${index}-${j}`}
                // On a phone a column's inputs stack: a line between columns shows where the next one starts.
                style={j > 0 ? { borderTop: `1px dashed ${token.colorBorder}`, paddingTop: 8 } : undefined}
              >
                <Form.Item
                  name={[c.name, 'key']}
                  label={t('rfColumnKey')}
                  style={{ width: 120 }}
                  // A repeated code is named under both columns, and cleared from both when one changes.
                  dependencies={items
                    .filter((x) => x.key !== c.key)
                    .map((x) => ['fields', name, 'columns', x.name, 'key'])}
                  rules={[
                    { required: true, message: t('required') },
                    { pattern: FIELD_KEY, message: t('rfKeyPattern') },
                    // The store's columns, not the render's: a change of another code re-checks this one at once.
                    ({ getFieldValue }) => ({
                      validator: async (_, v: string | undefined) => {
                        const now: Partial<Column>[] = getFieldValue(['fields', name, 'columns']) ?? [];
                        if (v && now.filter((x) => x?.key === v).length > 1)
                          throw new Error(fmt(t('rfColumnKeyTaken'), { key: v }));
                      },
                    }),
                  ]}
                >
                  <Input />
                </Form.Item>
                <Form.Item
                  name={[c.name, 'label']}
                  label={t('rfColumnLabel')}
                  style={{ flex: '1 1 200px' }}
                  rules={[{ required: true, message: t('required') }]}
                >
                  <Input />
                </Form.Item>
                <Form.Item name={[c.name, 'type']} label={t('rfColumnType')} style={{ width: 130 }}>
                  <Select
                    options={COLUMN_TYPES.map((x) => ({ value: x, label: t(typeKey(x)) }))}
                    // The server's "of which" errors may no longer hold once a type changes: cleared until sent again.
                    onChange={() =>
                      form.setFields(
                        items.map((x) => ({ name: ['fields', name, 'columns', x.name, 'ofKey'], errors: [] })),
                      )
                    }
                  />
                </Form.Item>
                <Form.Item name={[c.name, 'ofKey']} label={t('rfColumnOf')} style={{ width: 140 }}>
                  <Select
                    allowClear
                    options={columns
                      .filter((x, k) => k !== j && x?.key && isNumericType(x.type))
                      .map((x) => ({ value: x.key, label: x.label || x.key }))}
                  />
                </Form.Item>
                <Form.Item label=" ">
                  <Space.Compact>
                    <Button disabled={j === 0} onClick={() => move(j, j - 1)} aria-label={t('rfColumnUp')}>
                      ↑
                    </Button>
                    <Button
                      disabled={j === items.length - 1}
                      onClick={() => move(j, j + 1)}
                      aria-label={t('rfColumnDown')}
                    >
                      ↓
                    </Button>
                    <Button danger onClick={() => remove(c.name)} aria-label={t('rfColumnRemove')}>
                      ×
                    </Button>
                  </Space.Compact>
                </Form.Item>
              </Flex>
            ))}
            <Form.ErrorList errors={errors} />
            <Button onClick={() => add({ key: freeKey(columns), label: '', type: 'count' })}>{t('rfAddColumn')}</Button>
          </Space>
        )}
      </Form.List>
    </div>
  );
}
