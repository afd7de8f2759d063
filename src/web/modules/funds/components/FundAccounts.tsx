import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, Form, Input, Popover, QRCode, Select, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../i18n';
import { FormModal } from '../../../lib/form-modal';
import { ResponsiveTable } from '../../../lib/responsive-table';
import { bankKeys, createAccount, fetchAccounts, updateAccount, type FundAccount } from '../bank-api';
import type { Drive, Fund } from '../shared';

type Props = { fund: Fund; drives: Drive[] };

/** The fund's bank accounts: where its statements come from, each with the drive its uncoded transfers count to. */
export function FundAccounts({ fund, drives }: Props) {
  const { t } = useI18n();
  const [adding, setAdding] = useState(false);
  const accounts = useQuery({ queryKey: bankKeys.accounts(fund.id), queryFn: () => fetchAccounts(fund.id) });
  const list = accounts.data ?? [];
  const manage = fund.can.manage;
  return (
    <Card
      size="small"
      title={t('fundAccTitle')}
      data-testid="bank-accounts"
      extra={
        manage && (
          <Button size="small" type="primary" onClick={() => setAdding(true)}>
            {t('fundAccNew')}
          </Button>
        )
      }
    >
      <ResponsiveTable<FundAccount>
        rowKey="id"
        size="small"
        loading={accounts.isLoading}
        dataSource={list}
        pagination={false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('fundAccEmpty')} /> }}
        columns={[
          {
            title: t('fundAccNo'),
            key: 'no',
            card: 'title',
            render: (_, a) => (
              <span>
                <b>{a.accountNo}</b> · {a.bankName}
              </span>
            ),
          },
          { title: t('fundAccName'), key: 'name', render: (_, a) => a.accountName ?? '' },
          {
            title: t('fundAccDefaultDrive'),
            key: 'drive',
            render: (_, a) => <DefaultDrive account={a} drives={drives} />,
          },
          { title: t('fundAccVietQr'), key: 'actions', render: (_, a) => <VietQr account={a} /> },
        ]}
      />
      <AddAccountModal open={adding} fund={fund} drives={drives} onClose={() => setAdding(false)} />
    </Card>
  );
}

function driveOptions(drives: Drive[], none: string) {
  return [{ value: '', label: none }, ...drives.map((d) => ({ value: d.id, label: `${d.code} – ${d.name}` }))];
}

/** The default drive, changed in place by whoever may manage the account. */
function DefaultDrive({ account, drives }: { account: FundAccount; drives: Drive[] }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  if (!account.can.manage) {
    const d = drives.find((x) => x.id === account.defaultDriveId);
    return <span>{d ? `${d.code} – ${d.name}` : t('fundAccNoDrive')}</span>;
  }
  return (
    <Select
      size="small"
      aria-label={`${t('fundAccDefaultDrive')} ${account.accountNo}`}
      value={account.defaultDriveId ?? ''}
      loading={saving}
      disabled={saving}
      style={{ minWidth: 200, maxWidth: '100%' }}
      popupMatchSelectWidth={false}
      options={driveOptions(drives, t('fundAccNoDrive'))}
      onChange={async (v: string) => {
        setSaving(true);
        try {
          await updateAccount(account.id, { defaultDriveId: v || null });
          await qc.invalidateQueries({ queryKey: bankKeys.accounts(account.fundId) });
          void message.success(t('fundAccSaved'));
        } catch (e) {
          void message.error(e instanceof Error ? e.message : String(e));
        } finally {
          setSaving(false);
        }
      }}
    />
  );
}

function VietQr({ account }: { account: FundAccount }) {
  const { t } = useI18n();
  if (!account.vietQr)
    return (
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('fundAccNoQr')}
      </Typography.Text>
    );
  return (
    <Popover
      trigger="click"
      content={
        <div style={{ textAlign: 'center' }}>
          <QRCode value={account.vietQr} size={180} bordered={false} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('fundAccVietQrHint')}
          </Typography.Text>
        </div>
      }
    >
      <Button size="small">{t('fundAccVietQr')}</Button>
    </Popover>
  );
}

type AccountValues = { bankName: string; accountNo: string; bankBin?: string; accountName?: string; driveId?: string };

function AddAccountModal({
  open,
  fund,
  drives,
  onClose,
}: {
  open: boolean;
  fund: Fund;
  drives: Drive[];
  onClose: () => void;
}) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<AccountValues>();
  return (
    <FormModal
      open={open}
      title={t('fundAccNew')}
      form={form}
      name="fund-account"
      initialValues={{ driveId: '' }}
      onClose={onClose}
      onSubmit={(v) =>
        createAccount(fund.id, {
          bankName: v.bankName.trim(),
          accountNo: v.accountNo.trim(),
          ...(v.bankBin?.trim() ? { bankBin: v.bankBin.trim() } : {}),
          ...(v.accountName?.trim() ? { accountName: v.accountName.trim() } : {}),
          ...(v.driveId ? { defaultDriveId: v.driveId } : {}),
        })
      }
      successMessage={t('fundAccSaved')}
      refresh={() => qc.invalidateQueries({ queryKey: bankKeys.accounts(fund.id) })}
      onSaved={() => {
        form.resetFields();
        onClose();
      }}
    >
      <Form.Item
        name="bankName"
        label={t('fundAccBank')}
        rules={[{ required: true, whitespace: true, message: t('required') }]}
      >
        <Input maxLength={100} placeholder={t('fundAccBankHint')} />
      </Form.Item>
      <Form.Item
        name="accountNo"
        label={t('fundAccNo')}
        rules={[
          { required: true, message: t('required') },
          { pattern: /^\s*[0-9A-Za-z.-]{1,30}\s*$/, message: t('fundAccNoRule') },
        ]}
      >
        <Input maxLength={30} inputMode="numeric" />
      </Form.Item>
      <Form.Item name="accountName" label={t('fundAccName')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="bankBin"
        label={t('fundBankBin')}
        extra={t('fundBankBinHint')}
        rules={[{ pattern: /^\s*\d{6}\s*$/, message: t('fundBankBinRule') }]}
      >
        <Input maxLength={6} inputMode="numeric" />
      </Form.Item>
      <Form.Item name="driveId" label={t('fundAccDefaultDrive')} extra={t('fundAccDefaultDriveHint')}>
        <Select options={driveOptions(drives, t('fundAccNoDrive'))} />
      </Form.Item>
    </FormModal>
  );
}
