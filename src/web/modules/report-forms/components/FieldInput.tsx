import { Input, InputNumber, Radio, Select } from 'antd';
import { IntegerInput, MoneyInput } from '../../../lib/inputs';
import { useI18n } from '../../../i18n';
import type { ReportField } from '../api';

type Props = {
  field: ReportField;
  value: unknown;
  disabled: boolean;
  onChange: (v: unknown) => void;
  /** Saves what was typed: on leaving a typed field (undefined: the last typed value), at once for a choice. */
  onCommit: (v?: unknown) => void;
};

/** One field of a report, the input its type asks for; typed numbers are saved when the field is left. */
export function FieldInput({ field: f, value, disabled, onChange, onCommit }: Props) {
  const { t } = useI18n();
  const id = `rf-value-${f.key}`;
  const num = typeof value === 'number' ? value : null;
  const numeric = {
    id,
    disabled,
    value: num,
    onChange: (v: number | null) => onChange(v),
    // Not `num`: this handler may still belong to the render before the last key on a slow phone, and would save
    // the value before it. The page keeps what was typed last; the input flushes its text to onChange before blur.
    onBlur: () => onCommit(),
  };
  switch (f.type) {
    case 'money':
      return <MoneyInput {...numeric} />;
    case 'count':
      return <IntegerInput {...numeric} min={0} />;
    case 'number':
      return <InputNumber<number> {...numeric} style={{ width: '100%' }} decimalSeparator="," inputMode="decimal" />;
    case 'text':
      return (
        <Input.TextArea
          id={id}
          disabled={disabled}
          autoSize={{ minRows: 2, maxRows: 8 }}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.target.value)}
          onBlur={() => onCommit()}
        />
      );
    case 'boolean':
      return (
        <Radio.Group
          id={id}
          disabled={disabled}
          value={typeof value === 'boolean' ? value : undefined}
          onChange={(e) => {
            onChange(e.target.value);
            onCommit(e.target.value);
          }}
          options={[
            { value: true, label: t('rfYes') },
            { value: false, label: t('rfNo') },
          ]}
        />
      );
    case 'choice':
      return (
        <Select
          id={id}
          disabled={disabled}
          allowClear
          style={{ width: '100%' }}
          value={typeof value === 'string' ? value : undefined}
          onChange={(v: string | undefined) => {
            onChange(v ?? null);
            onCommit(v ?? null);
          }}
          options={(f.choices ?? []).map((c) => ({ value: c, label: c }))}
        />
      );
    case 'table':
      // A table has an input per cell: TableInput, which needs the unit's rows.
      return null;
  }
}
