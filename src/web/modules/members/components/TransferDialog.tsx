import { useQueryClient } from '@tanstack/react-query';
import { Alert, DatePicker, Form, Input, Radio, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { unitDisplayName } from '../../../../lib/units';
import { useI18n } from '../../../i18n';
import { ApiError, type Unit } from '../../../lib/api';
import { DATE_FORMATS, toIso, today } from '../../../lib/dates';
import { FormModal } from '../../../lib/form-modal';
import { useOfficialUnits } from '../../units/api';
import { type Membership, memberKeys, requestTransfer, useBranches } from '../api';

type Values = {
  kind: 'within' | 'commune';
  toBranchId?: string;
  provinceCode?: string;
  communeCode?: string;
  on: Dayjs;
  note?: string;
};

/**
 * Chuyển sinh hoạt: to another branch of the member's organisation in the commune (the usual case), or to another
 * commune, picked from the official list by province; the server takes the commune's id, which is looked up by its
 * official code among the units the user reads. Nothing changes until the receiving side accepts.
 */
export function TransferDialog({
  membership,
  units,
  branchName,
  onClose,
}: {
  membership: Membership;
  units: Unit[];
  branchName: string;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? 'within';
  const provinceCode = Form.useWatch('provinceCode', form);
  const branches = (useBranches(membership.organizationId).data ?? []).filter((b) => b.id !== membership.branchId);
  const village = units.find((u) => u.id === membership.villageId);
  const home = units.find((u) => u.id === village?.communeId);
  const provinces = useOfficialUnits(undefined, kind === 'commune');
  const communes = useOfficialUnits(provinceCode, kind === 'commune' && Boolean(provinceCode));

  async function submit(v: Values) {
    const base = { on: toIso(v.on), ...(v.note?.trim() && { note: v.note.trim() }) };
    if (v.kind === 'within') return requestTransfer(membership.id, { ...base, toBranchId: v.toBranchId });
    // By its official code: the receiving commune is usually not one the sender reads.
    return requestTransfer(membership.id, { ...base, toCommuneCode: v.communeCode });
  }

  /** The server names toBranchId / toCommuneId; the form holds the commune by its official code. */
  function placeErrors(e: unknown) {
    if (!(e instanceof ApiError)) return false;
    const fieldOf = (key: string): keyof Values | null =>
      key === 'toBranchId' && kind === 'within'
        ? 'toBranchId'
        : key === 'toCommuneCode' || key === 'toCommuneId' || key === 'toBranchId'
          ? 'communeCode'
          : key === 'on' || key === 'note'
            ? key
            : null;
    const fields = Object.entries(e.fields).flatMap(([key, msg]) => {
      const name = fieldOf(key);
      return name ? [{ name, errors: [msg] }] : [];
    });
    form.setFields(fields);
    return fields.length > 0;
  }

  return (
    <FormModal
      title={`${t('mbTransfer')}: ${membership.fullName}`}
      okText={t('mbTransfer')}
      form={form}
      name="member-transfer"
      initialValues={{ kind: 'within', on: today() }}
      intro={
        <Typography.Paragraph type="secondary">
          {t('mbCurrentBranch')}: {branchName || t('mbNoBranch')}
          {village ? ` · ${village.name}` : ''}. {t('mbTransferHint')}
        </Typography.Paragraph>
      }
      onClose={onClose}
      onSubmit={submit}
      placeErrors={placeErrors}
      successMessage={t('mbTransferSent')}
      refresh={() => qc.invalidateQueries({ queryKey: memberKeys.all })}
      onSaved={onClose}
    >
      <Form.Item name="kind" label={t('mbTransferTo')}>
        <Radio.Group
          options={[
            { value: 'within', label: t('mbWithin') },
            { value: 'commune', label: t('mbOtherCommune') },
          ]}
        />
      </Form.Item>
      {kind === 'within' ? (
        <>
          <Form.Item name="toBranchId" label={t('mbToBranch')} rules={[{ required: true, message: t('required') }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={branches.map((b) => ({ value: b.id, label: b.name }))}
            />
          </Form.Item>
          {branches.length === 0 && (
            <Alert type="info" showIcon title={t('mbNoOtherBranch')} style={{ marginBottom: 16 }} />
          )}
        </>
      ) : (
        <>
          <Form.Item name="provinceCode" label={t('mbProvince')} rules={[{ required: true, message: t('required') }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={provinces.isLoading}
              onChange={() => form.setFieldValue('communeCode', undefined)}
              options={(provinces.data ?? []).map((p) => ({ value: p.code, label: unitDisplayName(p) }))}
            />
          </Form.Item>
          <Form.Item name="communeCode" label={t('mbToCommune')} rules={[{ required: true, message: t('required') }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              disabled={!provinceCode}
              loading={communes.isLoading}
              options={(communes.data ?? [])
                .filter((c) => c.code !== home?.code)
                .map((c) => ({ value: c.code, label: unitDisplayName(c) }))}
            />
          </Form.Item>
        </>
      )}
      <Form.Item name="on" label={t('mbTransferOn')} rules={[{ required: true, message: t('required') }]}>
        <DatePicker format={DATE_FORMATS} style={{ width: 180 }} />
      </Form.Item>
      <Form.Item name="note" label={t('mbNote')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
