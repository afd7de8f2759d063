import { useQueryClient } from '@tanstack/react-query';
import { AutoComplete, DatePicker, Form, Input, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { amountInWords } from '../../../../lib/amount-in-words';
import { unitDisplayName } from '../../../../lib/units';
import { matchesVi } from '../../../../lib/vi-text';
import { ApiError, type Unit } from '../../../lib/api';
import { FormModal } from '../../../lib/form-modal';
import { useI18n } from '../../../i18n';
import type { Fund } from '../shared';
import { MoneyInput } from '../../../lib/inputs';
import { DATE_FORMATS, toIso } from '../../../lib/dates';
import { fundKeys, createDrive } from '../api';

type Values = {
  name: string;
  code?: string;
  period: [Dayjs, Dayjs];
  target?: number;
  assignedKind: 'none' | 'unit' | 'body';
  assignedUnitId?: string;
  assignedBody?: string;
};
type Props = { open: boolean; fund: Fund; units: Unit[]; onClose: () => void };

/** A new drive of a fund: its period, target and who set the target (a unit, or a named body such as "Đảng ủy xã"). */
export function DriveFormModal(props: Props) {
  return props.open ? <OpenDriveFormModal {...props} /> : null;
}

function OpenDriveFormModal({ fund, units, onClose }: Props) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('assignedKind', form);
  const target = Form.useWatch('target', form);

  // The commune and the levels above it that the user can see.
  const byId = new Map(units.map((u) => [u.id, u]));
  const chain: Unit[] = [];
  for (let u = byId.get(fund.communeId); u && !chain.includes(u); u = u.parentId ? byId.get(u.parentId) : undefined)
    chain.push(u);

  return (
    <FormModal
      title={t('fundDriveNew')}
      form={form}
      name="drive-new"
      initialValues={{ assignedKind: 'none' }}
      onClose={onClose}
      onSubmit={(v) => {
        const assignedBy =
          v.assignedKind === 'unit' && v.assignedUnitId
            ? { unitId: v.assignedUnitId }
            : v.assignedKind === 'body' && v.assignedBody?.trim()
              ? { body: v.assignedBody.trim() }
              : undefined;
        return createDrive({
          fundId: fund.id,
          name: v.name,
          ...(v.code?.trim() ? { code: v.code.trim().toUpperCase() } : {}),
          from: toIso(v.period[0]),
          to: toIso(v.period[1]),
          ...(v.target !== undefined && v.target !== null ? { target: v.target } : {}),
          ...(assignedBy ? { assignedBy } : {}),
        });
      }}
      placeErrors={(e, v) => {
        const fields = e instanceof ApiError ? Object.entries(e.fields) : [];
        const period = fields.find(([k]) => k === 'from' || k === 'to')?.[1];
        const by = fields.find(([k]) => k.startsWith('assignedBy'))?.[1];
        if (period) form.setFields([{ name: 'period', errors: [period] }]);
        if (by) form.setFields([{ name: v.assignedKind === 'unit' ? 'assignedUnitId' : 'assignedBody', errors: [by] }]);
        return !!(period || by);
      }}
      refresh={() => qc.invalidateQueries({ queryKey: fundKeys.drives(fund.id) })}
      onSaved={onClose}
    >
      <Form.Item
        name="name"
        label={t('fundDriveName')}
        rules={[{ required: true, whitespace: true, message: t('required') }]}
      >
        <Input maxLength={300} placeholder={t('fundDriveNameHint')} />
      </Form.Item>
      <Form.Item name="period" label={t('fundDrivePeriod')} rules={[{ required: true, message: t('required') }]}>
        <DatePicker.RangePicker format={DATE_FORMATS} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="code"
        label={t('fundDriveCode')}
        extra={t('fundDriveCodeHint')}
        normalize={(v: string) => v.toUpperCase()}
        rules={[{ pattern: /^[A-Za-z0-9]{3,20}$/, message: t('fundDriveCodeRule') }]}
      >
        <Input maxLength={20} style={{ fontFamily: 'monospace' }} />
      </Form.Item>
      <Form.Item name="target" label={t('fundDriveTarget')} extra={target ? amountInWords(target) : undefined}>
        <MoneyInput />
      </Form.Item>
      <Form.Item name="assignedKind" label={t('fundDriveAssignedBy')}>
        <Radio.Group
          options={[
            { value: 'none', label: t('fundDriveAssignedNone') },
            { value: 'unit', label: t('fundDriveAssignedUnit') },
            { value: 'body', label: t('fundDriveAssignedBody') },
          ]}
        />
      </Form.Item>
      {kind === 'unit' && (
        <Form.Item
          name="assignedUnitId"
          label={t('fundDriveAssignedUnit')}
          rules={[{ required: true, message: t('required') }]}
        >
          <Select options={chain.map((u) => ({ value: u.id, label: unitDisplayName(u) }))} />
        </Form.Item>
      )}
      {kind === 'body' && (
        <Form.Item
          name="assignedBody"
          label={t('fundDriveAssignedBody')}
          rules={[{ required: true, whitespace: true, message: t('required') }]}
        >
          <AutoComplete
            maxLength={200}
            options={[t('fundBodyParty'), t('fundBodyPeoplesCommittee'), t('fundBodyProvinceFront')].map((b) => ({
              value: b,
            }))}
            showSearch={{ filterOption: (input, o) => matchesVi(String(o?.value ?? ''), input) }}
          />
        </Form.Item>
      )}
    </FormModal>
  );
}
