import { useQueryClient } from '@tanstack/react-query';
import { Form, Input, Select, Typography } from 'antd';
import { compareVi } from '../../../../lib/vi-text';
import { useI18n } from '../../../i18n';
import type { Unit } from '../../../lib/api';
import { FormModal } from '../../../lib/form-modal';
import { useCommuneOrganizations } from '../../units/api';
import { acceptTransfer, memberKeys, refuseTransfer, type Transfer, useCommuneBranches } from '../api';

const who = (tr: Transfer) => `${tr.fullName}${tr.birthYear ? ` (${tr.birthYear})` : ''}`;

/**
 * A member from another commune: the receiving commune picks the branch (of any of its organisations: the one
 * matching the member's) and the village they join, by default the branch's.
 */
export function AcceptIncomingDialog({
  transfer,
  units,
  onClose,
}: {
  transfer: Transfer;
  units: Unit[];
  onClose: () => void;
}) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ branchId: string; villageId?: string }>();
  const branches = useCommuneBranches(transfer.toCommuneId);
  const orgs = useCommuneOrganizations(transfer.toCommuneId).data ?? [];
  const orgName = new Map(orgs.map((o) => [o.id, o.shortName]));
  const villages = units
    .filter((u) => u.level === 'village' && u.communeId === transfer.toCommuneId)
    .sort((a, b) => compareVi(a.name, b.name));
  return (
    <FormModal
      title={`${t('mbAccept')}: ${who(transfer)}`}
      okText={t('mbAccept')}
      form={form}
      name="transfer-accept"
      intro={
        <Typography.Paragraph type="secondary">
          {transfer.organization} · {transfer.fromBranchName ? `${transfer.fromBranchName}, ` : ''}
          {transfer.fromCommuneName}
        </Typography.Paragraph>
      }
      onClose={onClose}
      onSubmit={(v) =>
        acceptTransfer(transfer.id, { branchId: v.branchId, ...(v.villageId && { villageId: v.villageId }) })
      }
      successMessage={t('mbAccepted')}
      refresh={() => qc.invalidateQueries({ queryKey: memberKeys.all })}
      onSaved={onClose}
    >
      <Form.Item name="branchId" label={t('mbReceivingBranch')} rules={[{ required: true, message: t('required') }]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={branches.isLoading}
          options={(branches.data ?? []).map((b) => ({
            value: b.id,
            label: orgName.has(b.organizationId) ? `${b.name} — ${orgName.get(b.organizationId)}` : b.name,
          }))}
        />
      </Form.Item>
      <Form.Item name="villageId" label={t('mbReceivingVillage')} extra={t('mbVillageDefault')}>
        <Select allowClear options={villages.map((v) => ({ value: v.id, label: v.name }))} />
      </Form.Item>
    </FormModal>
  );
}

/** The receiving side declines, with the reason the sender reads; the member stays where they were. */
export function RefuseTransferDialog({ transfer, onClose }: { transfer: Transfer; onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <FormModal
      title={`${t('mbRefuse')}: ${who(transfer)}`}
      okText={t('mbRefuse')}
      danger
      form={form}
      name="transfer-refuse"
      onClose={onClose}
      onSubmit={(v) => refuseTransfer(transfer.id, v.reason.trim())}
      successMessage={t('mbRefused')}
      refresh={() => qc.invalidateQueries({ queryKey: memberKeys.all })}
      onSaved={onClose}
    >
      <Form.Item
        name="reason"
        label={t('mbRefuseReason')}
        rules={[{ required: true, whitespace: true, message: t('required') }]}
      >
        <Input.TextArea rows={3} maxLength={500} autoFocus />
      </Form.Item>
    </FormModal>
  );
}
