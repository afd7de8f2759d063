import { useQueryClient } from '@tanstack/react-query';
import { Descriptions, Form, Input, Radio, Select } from 'antd';
import { formatDateVi } from '../../../../lib/dates';
import { formatMoney } from '../../../../lib/numbers';
import { useI18n } from '../../../i18n';
import { FormModal } from '../../../lib/form-modal';
import { assignBankRow } from '../api';
import { invalidateMoney, rememberReceipt, type BankRow, type Drive } from '../shared';

/** One bank row counted by hand: to a drive (or the general fund) with a receipt, or set aside with a reason. */
type AssignValues = { mode: 'drive' | 'ignore'; driveId?: string; donorName?: string; reason?: string };
const GENERAL = '__general__';

export function AssignModal({ row, drives, onClose }: { row: BankRow | null; drives: Drive[]; onClose: () => void }) {
  return row ? <OpenAssignModal row={row} drives={drives} onClose={onClose} /> : null;
}

function OpenAssignModal({ row, drives, onClose }: { row: BankRow; drives: Drive[]; onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<AssignValues>();
  const mode = Form.useWatch('mode', form);

  return (
    <FormModal
      title={t('fundBankAssignTitle')}
      intro={
        <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
          <Descriptions.Item label={t('fundDate')}>{formatDateVi(row.date)}</Descriptions.Item>
          <Descriptions.Item label={t('fundAmount')}>{formatMoney(row.amount)}</Descriptions.Item>
          <Descriptions.Item label={t('fundBankDescription')}>{row.description}</Descriptions.Item>
          {row.payerName && <Descriptions.Item label={t('fundBankPayer')}>{row.payerName}</Descriptions.Item>}
        </Descriptions>
      }
      form={form}
      name="bank-assign"
      initialValues={{ mode: 'drive', donorName: row.payerName ?? '' }}
      onClose={onClose}
      onSubmit={async (v) => {
        const res = await assignBankRow(
          row.id,
          v.mode === 'ignore'
            ? { ignore: true, reason: (v.reason ?? '').trim() }
            : {
                driveId: v.driveId === GENERAL || !v.driveId ? null : v.driveId,
                ...(v.donorName?.trim() ? { donorName: v.donorName.trim() } : {}),
              },
        );
        if (res.receipt) rememberReceipt(qc, res.receipt);
        return res;
      }}
      successMessage={(res) => (res.receipt ? `${t('fundReceiptSaved')} ${res.receipt.receiptNo}` : t('saved'))}
      refresh={() => void invalidateMoney(qc)}
      onSaved={onClose}
    >
      <Form.Item name="mode">
        <Radio.Group
          options={[
            { value: 'drive', label: t('fundBankAssignDrive') },
            { value: 'ignore', label: t('fundBankIgnore') },
          ]}
        />
      </Form.Item>
      {mode !== 'ignore' ? (
        <>
          <Form.Item name="driveId" label={t('fundDrive')} rules={[{ required: true, message: t('required') }]}>
            <Select
              options={[
                { value: GENERAL, label: t('fundBankGeneral') },
                ...drives.map((d) => ({ value: d.id, label: `${d.code} – ${d.name}` })),
              ]}
            />
          </Form.Item>
          <Form.Item name="donorName" label={t('fundDonorName')} extra={t('fundBankDonorHint')}>
            <Input maxLength={200} />
          </Form.Item>
        </>
      ) : (
        <Form.Item
          name="reason"
          label={t('fundBankIgnoreReason')}
          rules={[{ required: true, whitespace: true, min: 3, message: t('fundVoidReasonRule') }]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      )}
    </FormModal>
  );
}
