import { useQueryClient } from '@tanstack/react-query';
import { Form, Input, Select } from 'antd';
import { FormModal } from '../../../lib/form-modal';
import { MoneyInput } from '../../../lib/inputs';
import { useI18n } from '../../../i18n';
import {
  addFunding,
  type FundingSource,
  type HousingCaseDetail,
  type HousingFunding,
  invalidateHousing,
  SOURCES,
  sourceKey,
} from '../api';

type Values = { source: FundingSource; amount: number; donorName?: string; note?: string };

/** One funding line of a house: its source (a sponsor by name) and amount; the first one left to cover is offered. */
export function FundingModal({ c, onClose }: { c: HousingCaseDetail; onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const source = Form.useWatch('source', form);
  const missing = Math.max(0, (c.requiredAmount ?? 0) - c.funded);
  return (
    <FormModal<Values, HousingFunding>
      title={`${t('hsAddFunding')} — ${c.headName}`}
      form={form}
      name="housing-funding"
      initialValues={{ source: 'fund', amount: missing || undefined }}
      onClose={onClose}
      onSubmit={(v) =>
        addFunding(c.id, {
          source: v.source,
          amount: v.amount,
          donorName: v.source === 'donor' ? v.donorName : null,
          note: v.note ?? null,
        })
      }
      refresh={() => invalidateHousing(qc)}
      onSaved={onClose}
    >
      <Form.Item name="source" label={t('hsSource')} rules={[{ required: true, message: t('required') }]}>
        <Select options={SOURCES.map((s) => ({ value: s, label: t(sourceKey(s)) }))} />
      </Form.Item>
      {source === 'donor' && (
        <Form.Item name="donorName" label={t('hsDonorName')} rules={[{ required: true, message: t('required') }]}>
          <Input maxLength={200} />
        </Form.Item>
      )}
      <Form.Item name="amount" label={t('hsAmount')} rules={[{ required: true, message: t('required') }]}>
        <MoneyInput min={1} />
      </Form.Item>
      <Form.Item name="note" label={t('hsNote')}>
        <Input maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
