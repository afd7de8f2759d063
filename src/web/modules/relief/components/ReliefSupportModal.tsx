import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, DatePicker, Form, Input, Modal, Radio, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { amountInWords } from '../../../../lib/amount-in-words';
import { ApiError } from '../../../lib/api';
import { showApiError } from '../../../lib/forms';
import { useI18n } from '../../../i18n';
import {
  CategoryTags,
  invalidateRelief,
  kindKey,
  SUPPORT_KINDS,
  sourceKey,
  type ReliefProgram,
  type SourceKind,
  type SupportKind,
} from '../shared';
import { MoneyInput } from '../../../lib/inputs';
import { afterToday, DATE_FORMATS, toIso } from '../../../lib/dates';
import { addSupport, reliefKeys, searchHouseholds } from '../api';
import { fundKeys, fetchCommuneFunds } from '../../funds/api';

type Values = {
  householdId: string;
  kind: SupportKind;
  value: number;
  description?: string;
  source: SourceKind;
  fundId?: string;
  donorName?: string;
  date?: Dayjs;
  decisionRef?: string;
  overrideReason?: string;
};
type Props = {
  open: boolean;
  program: ReliefProgram;
  canPayFromFund: boolean;
  household?: { id: string; headName: string; villageName: string };
  onClose: () => void;
};

/**
 * Add one support: the household (searched without diacritics), kind, value and source. A second
 * gift to a household in the same programme is refused (409) until someone gives a reason.
 */
export function ReliefSupportModal(props: Props) {
  return props.open ? <OpenReliefSupportModal {...props} /> : null;
}

function OpenReliefSupportModal({ program, canPayFromFund, household, onClose }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [q, setQ] = useState('');
  const [needReason, setNeedReason] = useState(false);
  const [saving, setSaving] = useState(false);
  const source = Form.useWatch('source', form) ?? 'donor';
  const value = Form.useWatch('value', form);

  const hits = useQuery({
    queryKey: reliefKeys.householdSearch(program.id, q),
    queryFn: () => searchHouseholds(program.id, q).then((r) => r.items),
  });
  const funds = useQuery({
    queryKey: fundKeys.ofCommune(program.communeId),
    enabled: canPayFromFund,
    queryFn: () => fetchCommuneFunds(program.communeId),
  });
  const options = (hits.data ?? []).map((h) => ({
    value: h.id,
    label: (
      <Space size={4} wrap>
        <span>{h.headName}</span>
        <Typography.Text type="secondary">– {h.villageName}</Typography.Text>
        <CategoryTags categories={h.categories} />
        {h.served && <Typography.Text type="warning">({t('reliefAlreadyServed')})</Typography.Text>}
      </Space>
    ),
  }));
  if (household && !options.some((o) => o.value === household.id))
    options.unshift({ value: household.id, label: <span>{`${household.headName} – ${household.villageName}`}</span> });

  async function submit() {
    const v = await form.validateFields();
    setSaving(true);
    try {
      await addSupport(program.id, {
        householdId: v.householdId,
        kind: v.kind,
        value: v.value,
        description: v.description?.trim() || undefined,
        ...(v.source === 'fund' && {
          fundId: v.fundId,
          date: v.date ? toIso(v.date) : undefined,
          decisionRef: v.decisionRef?.trim() || undefined,
        }),
        ...(v.source === 'donor' && { donorName: v.donorName?.trim() }),
        overrideReason: needReason ? v.overrideReason?.trim() : undefined,
      });
      message.success(t('saved'));
      await invalidateRelief(qc);
      onClose();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'already_supported') {
        setNeedReason(true);
        form.setFields([{ name: 'overrideReason', errors: [t('reliefOverrideHint')] }]);
      } else {
        const msg = showApiError(form, e);
        if (msg) message.error(msg);
      }
    } finally {
      setSaving(false);
    }
  }

  const programDate = dayjs(program.date);
  return (
    <Modal
      open
      title={`${t('reliefAddSupport')} – ${program.name}`}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={saving}
      destroyOnHidden
      onCancel={onClose}
      onOk={submit}
      width={560}
    >
      <Form
        form={form}
        name="relief-support-new"
        layout="vertical"
        preserve={false}
        initialValues={{
          householdId: household?.id,
          kind: 'cash',
          source: 'donor',
          date: afterToday(programDate) ? undefined : programDate,
        }}
      >
        <Form.Item name="householdId" label={t('reliefHousehold')} rules={[{ required: true, message: t('required') }]}>
          <Select
            showSearch={{ filterOption: false, onSearch: setQ }}
            placeholder={t('reliefHouseholdSearch')}
            loading={hits.isFetching}
            options={options}
            onChange={() => setNeedReason(false)}
          />
        </Form.Item>
        <Form.Item name="kind" label={t('reliefKind')} rules={[{ required: true, message: t('required') }]}>
          <Radio.Group optionType="button" options={SUPPORT_KINDS.map((k) => ({ value: k, label: t(kindKey(k)) }))} />
        </Form.Item>
        <Form.Item
          name="value"
          label={t('reliefAmount')}
          extra={value ? amountInWords(value) : undefined}
          rules={[
            { required: true, message: t('required') },
            { type: 'number', min: 1, message: t('reliefAmountPositive') },
          ]}
        >
          <MoneyInput />
        </Form.Item>
        <Form.Item name="description" label={t('reliefDescription')}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="source" label={t('reliefSource')}>
          <Radio.Group
            options={(['donor', ...(canPayFromFund ? ['fund'] : []), 'other'] as SourceKind[]).map((s) => ({
              value: s,
              label: t(sourceKey(s)),
            }))}
          />
        </Form.Item>
        {source === 'donor' && (
          <Form.Item
            name="donorName"
            label={t('reliefDonorName')}
            rules={[{ required: true, whitespace: true, message: t('required') }]}
          >
            <Input maxLength={200} />
          </Form.Item>
        )}
        {source === 'fund' && (
          <>
            <Form.Item name="fundId" label={t('reliefFund')} rules={[{ required: true, message: t('required') }]}>
              <Select
                loading={funds.isLoading}
                options={(funds.data ?? []).map((f) => ({ value: f.id, label: f.name }))}
              />
            </Form.Item>
            <Space wrap style={{ width: '100%' }}>
              <Form.Item name="date" label={t('reliefPayoutDate')} rules={[{ required: true, message: t('required') }]}>
                <DatePicker format={DATE_FORMATS} disabledDate={afterToday} />
              </Form.Item>
              <Form.Item name="decisionRef" label={t('reliefDecisionRef')}>
                <Input maxLength={100} placeholder="02/QĐ-MTTQ" />
              </Form.Item>
            </Space>
          </>
        )}
        {needReason && (
          <>
            <Alert type="warning" showIcon title={t('reliefOverrideHint')} style={{ marginBottom: 12 }} />
            <Form.Item
              name="overrideReason"
              label={t('reliefOverrideReason')}
              rules={[{ required: true, whitespace: true, min: 3, message: t('required') }]}
            >
              <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
