import { useQueryClient } from '@tanstack/react-query';
import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { formatDateVi } from '../../../../lib/dates';
import { FormModal } from '../../../lib/form-modal';
import { useI18n } from '../../../i18n';
import { AGENCIES, createPetition, FIELDS, invalidatePetitions, type Options, type PetitionDetail } from '../api';
import { agencyKey, fieldKey } from '../shared';
import { DATE_FORMATS, today, toIso } from '../../../lib/dates';

type Values = {
  content: string;
  field: string;
  agency: string;
  agencyName?: string;
  villageId?: string;
  meetingId?: string;
  receivedAt?: Dayjs;
  dueDate?: Dayjs;
  submitterName?: string;
  submitterContact?: string;
  submitterAddress?: string;
};
type Props = { communeId: string; options: Options; onClose: () => void; onSaved: (p: PetitionDetail) => void };

/**
 * Recording a petition (standing committee for the commune, a village head for their village). Mounted only while open.
 */
export function PetitionFormModal({ communeId, options, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const villages = options.villages.filter((v) => v.canCreate);

  return (
    <FormModal
      title={t('ptNew')}
      width={640}
      form={form}
      name="petition-new"
      initialValues={{
        agency: 'ubnd_xa',
        villageId: options.canManage ? '' : villages[0]?.id,
      }}
      onClose={onClose}
      onSubmit={(v) =>
        createPetition({
          communeId,
          content: v.content,
          field: v.field,
          agency: v.agency,
          agencyName: v.agencyName?.trim() || undefined,
          villageId: v.villageId || undefined,
          meetingId: v.meetingId || undefined,
          receivedAt: v.receivedAt ? toIso(v.receivedAt) : undefined,
          dueDate: v.dueDate ? toIso(v.dueDate) : undefined,
          submitterName: v.submitterName?.trim() || undefined,
          submitterContact: v.submitterContact?.trim() || undefined,
          submitterAddress: v.submitterAddress?.trim() || undefined,
        })
      }
      successMessage={(p) => `${t('ptSaved')} ${p.code}`}
      refresh={() => invalidatePetitions(qc)}
      onSaved={onSaved}
    >
      <Form.Item
        name="content"
        label={t('ptContent')}
        rules={[{ required: true, whitespace: true, message: t('required') }]}
      >
        <Input.TextArea maxLength={5000} autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
      <Form.Item name="field" label={t('ptField')} rules={[{ required: true, message: t('required') }]}>
        {/* No field chosen beforehand: a default would file every hurried petition under it. */}
        <Select placeholder={t('ptFieldPick')} options={FIELDS.map((f) => ({ value: f, label: t(fieldKey(f)) }))} />
      </Form.Item>
      <Form.Item name="agency" label={t('ptAgency')} rules={[{ required: true, message: t('required') }]}>
        <Select options={AGENCIES.map((a) => ({ value: a, label: t(agencyKey(a)) }))} />
      </Form.Item>
      <Form.Item name="agencyName" label={t('ptAgencyName')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="villageId" label={t('ptVillage')}>
        <Select
          options={[
            ...(options.canManage ? [{ value: '', label: t('ptWholeCommune') }] : []),
            ...villages.map((v) => ({ value: v.id, label: v.name })),
          ]}
        />
      </Form.Item>
      <Form.Item name="meetingId" label={t('ptMeeting')}>
        <Select
          allowClear
          placeholder={t('ptNoMeeting')}
          options={options.meetings.map((m) => ({ value: m.id, label: `${m.title} (${formatDateVi(m.date)})` }))}
        />
      </Form.Item>
      <Form.Item name="receivedAt" label={t('ptReceivedAt')}>
        <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} disabledDate={(d) => d.isAfter(today(), 'day')} />
      </Form.Item>
      <Form.Item name="dueDate" label={t('ptDueDate')}>
        <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="submitterName" label={t('ptSubmitterName')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="submitterContact" label={t('ptSubmitterContact')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="submitterAddress" label={t('ptSubmitterAddress')}>
        <Input maxLength={300} />
      </Form.Item>
    </FormModal>
  );
}
