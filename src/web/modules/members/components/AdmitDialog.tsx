import { useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useI18n } from '../../../i18n';
import type { Organization, Unit } from '../../../lib/api';
import { DATE_FORMATS } from '../../../lib/dates';
import { showApiError } from '../../../lib/forms';
import { IntegerInput } from '../../../lib/inputs';
import { addPerson, admitMember, memberKeys, useBranches } from '../api';

type Values = {
  fullName: string;
  villageId: string;
  birthYear?: number;
  sex?: 'male' | 'female';
  organizationId: string;
  branchId?: string;
  joinedOn: Dayjs;
  cardNo?: string;
  duesCategory?: string;
};

/**
 * A new member: the person (name, village; birth year and sex when known), then their membership. A person written
 * before a refused membership is kept for the retry, so a second click never writes the person twice.
 */
export function AdmitDialog({
  villages,
  organizations,
  onClose,
}: {
  villages: Unit[];
  organizations: Organization[];
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [personId, setPersonId] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const organizationId = Form.useWatch('organizationId', form);
  const branches = useBranches(organizationId).data ?? [];
  const blank = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);

  async function save(v: Values) {
    setSaving(true);
    try {
      const id =
        personId ??
        (
          await addPerson({
            fullName: v.fullName,
            villageId: v.villageId,
            ...(v.birthYear !== undefined && v.birthYear !== null && { birthYear: v.birthYear }),
            ...(v.sex && { sex: v.sex }),
          })
        ).id;
      setPersonId(id);
      await admitMember({
        personId: id,
        organizationId: v.organizationId,
        joinedOn: v.joinedOn.format('YYYY-MM-DD'),
        ...(v.branchId && { branchId: v.branchId }),
        ...(blank(v.cardNo) && { cardNo: blank(v.cardNo) }),
        ...(blank(v.duesCategory) && { duesCategory: blank(v.duesCategory) }),
      });
      void message.success(t('mbAdded'));
      await qc.invalidateQueries({ queryKey: memberKeys.all });
      onClose();
    } catch (e) {
      const rest = showApiError(form, e);
      if (rest) void message.error(rest);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open
      title={t('mbAdd')}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={saving}
      onCancel={onClose}
      onOk={() => form.submit()}
    >
      <Form form={form} layout="vertical" initialValues={{ joinedOn: dayjs() }} onFinish={save}>
        <Form.Item name="fullName" label={t('mbName')} rules={[{ required: true, message: t('required') }]}>
          <Input maxLength={200} disabled={personId !== null} autoFocus />
        </Form.Item>
        <Form.Item name="villageId" label={t('mbVillage')} rules={[{ required: true, message: t('required') }]}>
          <Select disabled={personId !== null} options={villages.map((v) => ({ value: v.id, label: v.name }))} />
        </Form.Item>
        <Form.Item name="birthYear" label={t('mbBirthYear')}>
          <IntegerInput disabled={personId !== null} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="sex" label={t('mbSex')}>
          <Select
            allowClear
            disabled={personId !== null}
            options={[
              { value: 'female', label: t('mbFemale') },
              { value: 'male', label: t('mbMale') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="organizationId"
          label={t('mbOrganization')}
          rules={[{ required: true, message: t('required') }]}
        >
          <Select options={organizations.map((o) => ({ value: o.id, label: o.name }))} />
        </Form.Item>
        <Form.Item name="branchId" label={t('mbBranch')}>
          <Select allowClear options={branches.map((b) => ({ value: b.id, label: b.name }))} />
        </Form.Item>
        <Form.Item name="joinedOn" label={t('mbJoinedOn')} rules={[{ required: true, message: t('required') }]}>
          <DatePicker format={DATE_FORMATS} style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="cardNo" label={t('mbCardNo')}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="duesCategory" label={t('mbCategory')}>
          <Input maxLength={50} placeholder="Thường" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
