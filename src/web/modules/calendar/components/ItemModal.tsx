import { useQueryClient } from '@tanstack/react-query';
import { Checkbox, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { DATE_FORMATS, toIso } from '../../../lib/dates';
import { FormModal } from '../../../lib/form-modal';
import { type Key, useI18n } from '../../../i18n';
import { addItem, AUDIENCES, type Audience, type CalendarItem, invalidateCalendar } from '../api';

type Values = { title: string; kind: CalendarItem['kind']; startDate: Dayjs; endDate: Dayjs; audiences: Audience[] };

/** Adds a line to the province's calendar of the year. */
export function ItemModal(props: { templateId: string; onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  return (
    <FormModal<Values, CalendarItem>
      title={t('clAddItem')}
      form={form}
      name="calendar-item"
      initialValues={{ kind: 'event', audiences: ['commune'] }}
      onClose={props.onClose}
      onSubmit={(v) =>
        addItem(props.templateId, {
          title: v.title,
          kind: v.kind,
          startDate: toIso(v.startDate),
          endDate: toIso(v.endDate),
          audiences: v.audiences,
        })
      }
      refresh={() => invalidateCalendar(qc)}
      onSaved={props.onClose}
    >
      <Form.Item name="title" label={t('clTitle')} rules={[{ required: true, message: t('required') }]}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="kind" label={t('clKind')}>
        <Select options={(['event', 'deadline'] as const).map((k) => ({ value: k, label: t(`clKind_${k}` as Key) }))} />
      </Form.Item>
      <Form.Item name="startDate" label={t('clStart')} rules={[{ required: true, message: t('required') }]}>
        <DatePicker format={DATE_FORMATS} />
      </Form.Item>
      <Form.Item name="endDate" label={t('clEnd')} rules={[{ required: true, message: t('required') }]}>
        <DatePicker format={DATE_FORMATS} />
      </Form.Item>
      <Form.Item name="audiences" label={t('clAudiences')} rules={[{ required: true, message: t('required') }]}>
        <Checkbox.Group options={AUDIENCES.map((a) => ({ value: a, label: t(`clAudience_${a}` as Key) }))} />
      </Form.Item>
    </FormModal>
  );
}
