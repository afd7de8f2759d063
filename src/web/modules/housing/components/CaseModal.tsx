import { useQueryClient } from '@tanstack/react-query';
import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, type Unit } from '../../../lib/api';
import { DATE_FORMATS, today, toIso } from '../../../lib/dates';
import { FormModal } from '../../../lib/form-modal';
import { MoneyInput } from '../../../lib/inputs';
import { useI18n } from '../../../i18n';
import { createCase, type HousingCaseDetail, invalidateHousing, KINDS, kindKey } from '../api';

type Values = {
  householdId?: string;
  headName?: string;
  villageId?: string;
  kind: 'new_build' | 'repair';
  surveyedOn: Dayjs;
  description?: string;
  participants?: string;
  requiredAmount?: number;
};
type Hit = { id: string; headName: string; villageName: string; villageId: string };

/** Opens a case: a registered household (searched by name) or a head's name and village; the kind and survey. */
export function CaseModal(props: {
  communeId: string;
  villages: Unit[];
  onClose: () => void;
  onSaved: (c: HousingCaseDetail) => void;
}) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [hits, setHits] = useState<Hit[]>([]);
  const linked = Form.useWatch('householdId', form);
  const villages = props.villages.filter((v) => v.communeId === props.communeId);

  async function search(q: string) {
    if (q.trim().length < 2) return;
    const r = await api<{ items: Hit[] }>(
      'GET',
      `/households?communeId=${props.communeId}&limit=20&q=${encodeURIComponent(q.trim())}`,
    ).catch(() => ({ items: [] }));
    setHits(r.items);
  }

  return (
    <FormModal<Values, HousingCaseDetail>
      title={t('hsNew')}
      form={form}
      name="housing-case"
      initialValues={{ kind: 'new_build', surveyedOn: today() }}
      onClose={props.onClose}
      onSubmit={(v) =>
        createCase({
          communeId: props.communeId,
          householdId: v.householdId || null,
          headName: v.householdId ? null : v.headName,
          villageId: v.householdId ? null : v.villageId,
          kind: v.kind,
          surveyedOn: toIso(v.surveyedOn),
          description: v.description ?? null,
          participants: (v.participants ?? '')
            .split('\n')
            .map((s) => s.trim())
            .filter(Boolean),
          requiredAmount: v.requiredAmount ?? null,
        })
      }
      refresh={() => invalidateHousing(qc)}
      onSaved={props.onSaved}
    >
      <Form.Item name="householdId" label={t('hsHousehold')} extra={t('hsHouseholdHint')}>
        <Select
          showSearch={{ filterOption: false, onSearch: (q) => void search(q) }}
          allowClear
          options={hits.map((h) => ({ value: h.id, label: `${h.headName} — ${h.villageName}` }))}
        />
      </Form.Item>
      {!linked && (
        <>
          <Form.Item name="headName" label={t('hsHead')} rules={[{ required: true, message: t('required') }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="villageId" label={t('hsVillage')} rules={[{ required: true, message: t('required') }]}>
            <Select options={villages.map((v) => ({ value: v.id, label: v.name }))} />
          </Form.Item>
        </>
      )}
      <Form.Item name="kind" label={t('hsKind')} rules={[{ required: true, message: t('required') }]}>
        <Select options={KINDS.map((k) => ({ value: k, label: t(kindKey(k)) }))} />
      </Form.Item>
      <Form.Item name="surveyedOn" label={t('hsSurveyedOn')} rules={[{ required: true, message: t('required') }]}>
        <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="requiredAmount" label={t('hsRequired')}>
        <MoneyInput min={1} />
      </Form.Item>
      <Form.Item name="description" label={t('hsDescription')}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Form.Item name="participants" label={t('hsParticipants')}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  );
}
