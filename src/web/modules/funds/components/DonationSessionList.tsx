import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, Form, Grid, Input, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatDateVi } from '../../../../lib/dates';
import { formatInteger, formatMoney } from '../../../../lib/numbers';
import { exportXlsx } from '../../../lib/export-xlsx';
import { FormModal } from '../../../lib/form-modal';
import { useI18n } from '../../../i18n';
import { ReceiptDocButtons } from './DonationForm';
import { invalidateMoney, rememberReceipt, useSessionReceipts, type Drive, type Fund, type Receipt } from '../shared';
import { fileSafe } from '../../../lib/downloads';
import { voidDonation } from '../api';
import { BusyButton } from '../../../lib/file-buttons';

type Props = { fund: Fund; drives: Drive[] };

/** Receipts written in this session for the fund: print again, or void with a reason (standing committee). */
export function DonationSessionList({ fund, drives }: Props) {
  const { t } = useI18n();
  const narrow = !Grid.useBreakpoint().md;
  const receipts = useSessionReceipts().data.filter((r) => r.fundId === fund.id);
  const [voiding, setVoiding] = useState<Receipt | null>(null);
  const driveCode = (id: string | null) => drives.find((d) => d.id === id)?.code ?? '';
  const donor = (r: Receipt) => (r.donorKind === 'anonymous' ? t('fundDonorKind_anonymous') : r.donorName);

  const exportRows = () =>
    exportXlsx(
      fileSafe(`${t('fundSessionReceipts')} - ${fund.name}`),
      t('fundSessionReceipts'),
      [
        { header: t('fundReceiptNo'), value: (r: Receipt) => r.receiptNo, width: 16 },
        { header: t('fundDate'), value: (r) => formatDateVi(r.date), format: 'text' },
        { header: t('fundDonorName'), value: donor, width: 32 },
        { header: t('fundAmount'), value: (r) => r.amount, format: 'money', width: 20 },
        { header: t('fundGoods'), value: (r) => r.inKindDescription, width: 24 },
        { header: t('fundGoodsValue'), value: (r) => r.inKindValue, format: 'money', width: 20 },
        { header: t('fundDrive'), value: (r) => driveCode(r.driveId), width: 14 },
        { header: t('status'), value: (r) => (r.voided ? `${t('fundVoided')}: ${r.voidReason ?? ''}` : ''), width: 30 },
      ],
      receipts,
    );

  return (
    <Card
      size="small"
      title={t('fundSessionReceipts')}
      extra={
        <BusyButton size="small" onClick={exportRows} disabled={receipts.length === 0}>
          {t('fundExport')}
        </BusyButton>
      }
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('fundSessionReceiptsHint')}
      </Typography.Paragraph>
      <Table<Receipt>
        rowKey="id"
        size="small"
        dataSource={receipts}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        scroll={narrow ? undefined : { x: 'max-content' }}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('fundSessionReceiptsEmpty')} />,
        }}
        columns={[
          {
            title: t('fundReceiptNo'),
            key: 'no',
            render: (_, r) => (
              <Flex vertical style={{ minWidth: 140 }}>
                <Flex gap={6} align="center" wrap>
                  <Typography.Text strong delete={r.voided} style={{ whiteSpace: 'nowrap' }}>
                    {r.receiptNo}
                  </Typography.Text>
                  {r.voided && <Tag color="default">{t('fundVoided')}</Tag>}
                </Flex>
                <span>{donor(r)}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateVi(r.date)}
                  {r.driveId ? ` · ${driveCode(r.driveId)}` : ''}
                </Typography.Text>
                <Flex wrap gap={4} style={{ marginTop: 4 }}>
                  <ReceiptDocButtons receipt={r} size="small" />
                  {r.can.void && (
                    <Button size="small" danger onClick={() => setVoiding(r)}>
                      {t('fundVoid')}
                    </Button>
                  )}
                </Flex>
              </Flex>
            ),
          },
          {
            title: t('fundAmount'),
            key: 'amount',
            align: 'right',
            render: (_, r) => (
              <Flex vertical>
                <span style={{ whiteSpace: 'nowrap' }}>{formatInteger(r.amount)}</span>
                {r.inKindValue > 0 && (
                  <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
                    + {formatInteger(r.inKindValue)} {t('fundGoodsShort')}
                  </Typography.Text>
                )}
              </Flex>
            ),
          },
        ]}
      />
      <VoidModal receipt={voiding} onClose={() => setVoiding(null)} />
    </Card>
  );
}

function VoidModal({ receipt, onClose }: { receipt: Receipt | null; onClose: () => void }) {
  return receipt ? <OpenVoidModal receipt={receipt} onClose={onClose} /> : null;
}

function OpenVoidModal({ receipt, onClose }: { receipt: Receipt; onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ reason: string }>();

  return (
    <FormModal
      title={`${t('fundVoidTitle')} ${receipt.receiptNo}`}
      okText={t('fundVoid')}
      danger
      intro={
        <>
          <Typography.Paragraph>
            {receipt.donorKind === 'anonymous' ? t('fundDonorKind_anonymous') : receipt.donorName} ·{' '}
            {formatMoney(receipt.total)}
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary">{t('fundVoidHint')}</Typography.Paragraph>
        </>
      }
      form={form}
      name="donation-void"
      onClose={onClose}
      onSubmit={async (v) => {
        const row = await voidDonation(receipt.id, v.reason.trim());
        rememberReceipt(qc, row);
        void invalidateMoney(qc);
        return row;
      }}
      successMessage={(row) => `${t('fundVoidDone')} ${row.receiptNo}`}
      onSaved={onClose}
    >
      <Form.Item
        name="reason"
        label={t('fundVoidReason')}
        rules={[{ required: true, whitespace: true, min: 3, message: t('fundVoidReasonRule') }]}
      >
        <Input.TextArea rows={3} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
