import { useQueryClient } from '@tanstack/react-query';
import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Unit } from '../../../lib/api';
import { CommuneItem, FormModal } from '../../../lib/form-modal';
import { useI18n } from '../../../i18n';
import { CATEGORIES, categoryKey, invalidateRelief, type ReliefProgram } from '../shared';
import { DATE_FORMATS, today, toIso } from '../../../lib/dates';
import { createProgram } from '../api';

type Values = {
  communeId: string;
  name: string;
  date: Dayjs;
  partner?: string;
  targetCategories: string[];
  note?: string;
};
type Props = { open: boolean; communes: Unit[]; onClose: () => void; onSaved: (p: ReliefProgram) => void };

/** A new relief programme (standing committee). Mounted only while open, so each opening starts empty. */
export function ReliefProgramModal(props: Props) {
  return props.open ? <OpenReliefProgramModal {...props} /> : null;
}

function OpenReliefProgramModal({ communes, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();

  return (
    <FormModal
      title={t('reliefProgramNew')}
      form={form}
      name="relief-program-new"
      initialValues={{
        communeId: communes[0]?.id,
        date: today(),
        partner: 'UBND xã',
        targetCategories: ['near_poor'],
      }}
      onClose={onClose}
      onSubmit={(v) =>
        createProgram({
          communeId: v.communeId,
          name: v.name,
          date: toIso(v.date),
          partner: v.partner?.trim() || undefined,
          targetCategories: v.targetCategories ?? [],
          note: v.note?.trim() || undefined,
        })
      }
      refresh={() => invalidateRelief(qc)}
      onSaved={onSaved}
    >
      <CommuneItem communes={communes} />
      <Form.Item
        name="name"
        label={t('reliefProgramName')}
        rules={[{ required: true, whitespace: true, message: t('required') }]}
      >
        <Input maxLength={300} placeholder={t('reliefProgramNameHint')} />
      </Form.Item>
      <Form.Item name="date" label={t('reliefProgramDate')} rules={[{ required: true, message: t('required') }]}>
        <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="partner" label={t('reliefPartner')}>
        <Input maxLength={200} placeholder={t('reliefPartnerHint')} />
      </Form.Item>
      <Form.Item name="targetCategories" label={t('reliefTargetCategories')}>
        <Select mode="multiple" options={CATEGORIES.map((c) => ({ value: c, label: t(categoryKey(c)) }))} />
      </Form.Item>
      <Form.Item name="note" label={t('reliefNote')}>
        <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
    </FormModal>
  );
}
