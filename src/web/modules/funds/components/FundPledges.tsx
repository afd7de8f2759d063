import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Empty, Flex, Form, Grid, Input, Select, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { formatDateVi } from '../../../../lib/dates';
import { formatInteger, formatMoney } from '../../../../lib/numbers';
import { compareVi } from '../../../../lib/vi-text';
import type { Unit } from '../../../lib/api';
import { exportXlsx } from '../../../lib/export-xlsx';
import { FailureShown, FormModal } from '../../../lib/form-modal';
import { AmountItem, CollectedInItem, DriveItem, MoneyDateItem, NoteItem } from './FundFields';
import { useI18n } from '../../../i18n';
import {
  DONOR_KINDS,
  donorKindKey,
  invalidateMoney,
  usePledges,
  type DonorKind,
  type Drive,
  type Fund,
  type Pledge,
} from '../shared';
import { toIso, today } from '../../../lib/dates';
import { fileSafe } from '../../../lib/downloads';
import { useIdempotentSubmit } from '../../../lib/idempotency';
import type { FundRights } from '../permissions';
import { BusyButton } from '../../../lib/file-buttons';

type Props = { fund: Fund; rights: FundRights; units: Unit[]; drives: Drive[] };

/** Pledges ("đăng ký ủng hộ") with what has been paid against each and what is still outstanding. */
export function FundPledges({ fund, rights, units, drives }: Props) {
  const { t } = useI18n();
  const pledges = usePledges(fund.id);
  const narrow = !Grid.useBreakpoint().md;
  const [creating, setCreating] = useState(false);
  const items = pledges.data?.items ?? [];
  const total = items.reduce((s, p) => s + p.amount, 0);
  const fulfilled = items.reduce((s, p) => s + p.fulfilled, 0);
  const donor = (p: Pledge) => p.donorName || t('fundDonorKind_anonymous');

  const exportRows = () =>
    exportXlsx(
      fileSafe(`${t('fundPledges')} - ${fund.name}`),
      t('fundPledges'),
      [
        { header: t('fundDate'), value: (p: Pledge) => formatDateVi(p.date), format: 'text' },
        { header: t('fundDonorKind'), value: (p) => t(donorKindKey(p.donorKind)), width: 16 },
        { header: t('fundDonorName'), value: donor, width: 36 },
        { header: t('fundPledgeAmount'), value: (p) => p.amount, format: 'money', width: 20 },
        { header: t('fundPledgeFulfilled'), value: (p) => p.fulfilled, format: 'money', width: 20 },
        { header: t('fundPledgeOutstanding'), value: (p) => p.outstanding, format: 'money', width: 20 },
      ],
      items,
    );

  return (
    <>
      <Flex wrap gap={8} justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Typography.Text data-testid="pledges-summary">
          {items.length} {t('fundPledgeCountSuffix')} · {t('fundPledgeAmount')} {formatMoney(total)} ·{' '}
          {t('fundPledgeFulfilled')} {formatMoney(fulfilled)} ·{' '}
          <b>
            {t('fundPledgeOutstanding')} {formatMoney(pledges.data?.outstanding ?? 0)}
          </b>
        </Typography.Text>
        <Flex wrap gap={8}>
          <BusyButton onClick={exportRows} disabled={items.length === 0}>
            {t('fundExport')}
          </BusyButton>
          {(rights.manage || rights.villageIds.length > 0) && (
            <Button type="primary" onClick={() => setCreating(true)}>
              {t('fundPledgeNew')}
            </Button>
          )}
        </Flex>
      </Flex>
      <Table<Pledge>
        rowKey="id"
        size="small"
        loading={pledges.isLoading}
        dataSource={[...items].sort((a, b) => b.date.localeCompare(a.date) || compareVi(a.donorName, b.donorName))}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={narrow ? undefined : { x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('fundPledgeEmpty')} /> }}
        columns={
          narrow
            ? [
                {
                  title: t('fundDonorName'),
                  key: 'donor',
                  render: (_, p) => (
                    <Flex vertical>
                      <span>{donor(p)}</span>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {formatDateVi(p.date)}
                      </Typography.Text>
                    </Flex>
                  ),
                },
                {
                  title: t('fundPledgeAmount'),
                  key: 'amounts',
                  align: 'right',
                  render: (_, p) => (
                    <Flex vertical style={{ whiteSpace: 'nowrap' }}>
                      <span>{formatInteger(p.amount)}</span>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('fundPledgeFulfilled')} {formatInteger(p.fulfilled)}
                      </Typography.Text>
                      {p.outstanding > 0 ? (
                        <b style={{ fontSize: 12 }}>
                          {t('fundPledgeOutstanding')} {formatInteger(p.outstanding)}
                        </b>
                      ) : (
                        <Typography.Text type="success" style={{ fontSize: 12 }}>
                          {t('fundPledgeDone')}
                        </Typography.Text>
                      )}
                    </Flex>
                  ),
                },
              ]
            : [
                { title: t('fundDate'), key: 'date', render: (_, p) => formatDateVi(p.date) },
                { title: t('fundDonorName'), key: 'donor', render: (_, p) => donor(p) },
                {
                  title: t('fundPledgeAmount'),
                  key: 'amount',
                  align: 'right',
                  render: (_, p) => formatInteger(p.amount),
                },
                {
                  title: t('fundPledgeFulfilled'),
                  key: 'fulfilled',
                  align: 'right',
                  render: (_, p) => formatInteger(p.fulfilled),
                },
                {
                  title: t('fundPledgeOutstanding'),
                  key: 'outstanding',
                  align: 'right',
                  render: (_, p) =>
                    p.outstanding > 0 ? (
                      <b>{formatInteger(p.outstanding)}</b>
                    ) : (
                      <Typography.Text type="success">{t('fundPledgeDone')}</Typography.Text>
                    ),
                },
              ]
        }
      />
      <PledgeModal
        open={creating}
        fund={fund}
        rights={rights}
        units={units}
        drives={drives}
        onClose={() => setCreating(false)}
      />
    </>
  );
}

type Values = {
  donorKind: DonorKind;
  donorName?: string;
  amount?: number;
  date: Dayjs;
  driveId?: string;
  unitId?: string;
  note?: string;
};

function PledgeModal(props: Props & { open: boolean; onClose: () => void }) {
  return props.open ? <OpenPledgeModal {...props} /> : null;
}

function OpenPledgeModal({ fund, rights, units, drives, onClose }: Props & { onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const { post, error } = useIdempotentSubmit(form, t('fundKeyReused'));
  const kind = Form.useWatch('donorKind', form);
  const villages = units
    .filter(
      (u) =>
        u.level === 'village' && u.communeId === fund.communeId && (rights.manage || rights.villageIds.includes(u.id)),
    )
    .sort((a, b) => compareVi(a.name, b.name));
  const villageRequired = !rights.manage;

  return (
    <FormModal
      title={t('fundPledgeNew')}
      form={form}
      name="pledge"
      initialValues={{
        donorKind: 'organization',
        date: today(),
        unitId: villageRequired ? villages[0]?.id : undefined,
      }}
      onClose={onClose}
      onSubmit={async (v) => {
        const saved = await post('/pledges', {
          fundId: fund.id,
          donorKind: v.donorKind,
          donorName: v.donorKind === 'anonymous' ? '' : (v.donorName ?? '').trim(),
          amount: v.amount ?? 0,
          date: toIso(v.date),
          ...(v.driveId ? { driveId: v.driveId } : {}),
          ...(v.unitId ? { unitId: v.unitId } : {}),
          ...(v.note?.trim() ? { note: v.note.trim() } : {}),
        });
        if (saved === undefined) throw new FailureShown(); // the Alert below says why
      }}
      refresh={() => void invalidateMoney(qc)}
      onSaved={onClose}
    >
      <Form.Item name="donorKind" label={t('fundDonorKind')}>
        <Select options={DONOR_KINDS.map((k) => ({ value: k, label: t(donorKindKey(k)) }))} />
      </Form.Item>
      {kind !== 'anonymous' && (
        <Form.Item
          name="donorName"
          label={t('fundDonorName')}
          rules={[{ required: true, whitespace: true, message: t('required') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
      )}
      <AmountItem label={t('fundPledgeAmount')} />
      <MoneyDateItem />
      <DriveItem drives={drives} />
      {(rights.manage || villages.length > 0) && <CollectedInItem villages={villages} required={villageRequired} />}
      <NoteItem />
      {error && <Alert type="error" showIcon title={error} />}
    </FormModal>
  );
}
