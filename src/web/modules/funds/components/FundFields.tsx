import { DatePicker, Form, Input, Select } from 'antd';
import { amountInWords } from '../../../../lib/amount-in-words';
import { unitDisplayName } from '../../../../lib/units';
import { matchesVi } from '../../../../lib/vi-text';
import type { Unit } from '../../../lib/api';
import { afterToday, DATE_FORMATS } from '../../../lib/dates';
import { MoneyInput } from '../../../lib/inputs';
import { useI18n } from '../../../i18n';
import type { Drive } from '../shared';

/** Form fields the money forms share (receipts, pledges, payouts, transfers); each names its field as the API does. */

/** A whole-đồng amount of at least 1, spelled out in words under the input. */
export function AmountItem({ label }: { label: string }) {
  const { t } = useI18n();
  const amount = Form.useWatch<number | undefined>('amount', Form.useFormInstance());
  return (
    <Form.Item
      name="amount"
      label={label}
      extra={amount ? amountInWords(amount) : undefined}
      rules={[{ required: true, type: 'number', min: 1, message: t('fundAmountPositive') }]}
    >
      <MoneyInput />
    </Form.Item>
  );
}

/** The day money moved: today or earlier, never blank. */
export function MoneyDateItem() {
  const { t } = useI18n();
  return (
    <Form.Item name="date" label={t('fundDate')} rules={[{ required: true, message: t('required') }]}>
      <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} disabledDate={afterToday} allowClear={false} />
    </Form.Item>
  );
}

/** The drive the money belongs to, if any. */
export function DriveItem({ drives, searchable }: { drives: Drive[]; searchable?: boolean }) {
  const { t } = useI18n();
  return (
    <Form.Item name="driveId" label={t('fundDrive')}>
      <Select
        allowClear
        placeholder={t('fundDriveNone')}
        showSearch={searchable ? { filterOption: (input, o) => matchesVi(String(o?.label ?? ''), input) } : undefined}
        options={drives.map((d) => ({ value: d.id, label: `${d.code} – ${d.name}` }))}
      />
    </Form.Item>
  );
}

/** The village the money was collected in; blank means at the commune, which a village head may not choose. */
export function CollectedInItem({ villages, required }: { villages: Unit[]; required: boolean }) {
  const { t } = useI18n();
  return (
    <Form.Item
      name="unitId"
      label={t('fundCollectedIn')}
      rules={required ? [{ required: true, message: t('required') }] : []}
    >
      <Select
        allowClear={!required}
        placeholder={t('fundCollectedAtCommune')}
        options={villages.map((u) => ({ value: u.id, label: unitDisplayName(u) }))}
      />
    </Form.Item>
  );
}

export function NoteItem() {
  const { t } = useI18n();
  return (
    <Form.Item name="note" label={t('fundNote')}>
      <Input.TextArea rows={2} maxLength={1000} />
    </Form.Item>
  );
}
