import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Empty, Grid, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { formatDateVi } from '../../../../lib/dates';
import { unitDisplayName } from '../../../../lib/units';
import { compareVi } from '../../../../lib/vi-text';
import { type Key, useI18n } from '../../../i18n';
import { useMe } from '../../../lib/auth';
import { showApiError } from '../../../lib/forms';
import { hasRole, isAdminUser } from '../../../lib/roles';
import { useUnits } from '../../units/api';
import { acceptTransfer, memberKeys, type Transfer, useTransfers } from '../api';
import { AcceptIncomingDialog, RefuseTransferDialog } from './TransferDecisionDialogs';

const DIRECTION: Record<Transfer['direction'], Key> = {
  within: 'mbDirWithin',
  incoming: 'mbDirIncoming',
  outgoing: 'mbDirOutgoing',
};

const place = (branch: string | null, commune: string, showCommune: boolean) =>
  [branch, showCommune ? commune : null].filter(Boolean).join(', ');

/**
 * Chuyển sinh hoạt of one commune: the requests waiting (within the commune and from other communes, which this
 * side accepts or refuses with a reason; those sent to other communes wait there), then the decided ones.
 */
export function TransfersTab() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const me = useMe().data;
  const units = useUnits().data ?? [];
  const communes = units.filter((u) => u.level === 'commune').sort((a, b) => compareVi(a.name, b.name));
  const [picked, setPicked] = useState<string>();
  const communeId = picked ?? communes[0]?.id;
  const list = useTransfers(communeId);
  const [accepting, setAccepting] = useState<Transfer | null>(null);
  const [refusing, setRefusing] = useState<Transfer | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  // The list carries no `can` flags: those who keep member lists see the buttons; the server decides each one.
  const wide = Grid.useBreakpoint().md ?? true;
  const keeps = me ? isAdminUser(me) || hasRole(me, 'standing', 'org_lead', 'village_lead') : false;

  async function acceptWithin(tr: Transfer) {
    setBusy(tr.id);
    try {
      await acceptTransfer(tr.id, {});
      void message.success(t('mbAccepted'));
      await qc.invalidateQueries({ queryKey: memberKeys.all });
    } catch (e) {
      void message.error(showApiError(null, e));
    } finally {
      setBusy(null);
    }
  }

  const items = list.data ?? [];
  const pending = items.filter((i) => i.status === 'pending');
  const decided = items.filter((i) => i.status !== 'pending');

  const member = (tr: Transfer) => (
    <Space orientation="vertical" size={0}>
      <Typography.Text strong>{tr.fullName}</Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {[tr.birthYear, tr.organization].filter(Boolean).join(' · ')}
      </Typography.Text>
    </Space>
  );
  const from = (tr: Transfer) => place(tr.fromBranchName, tr.fromCommuneName, tr.direction !== 'within');
  const to = (tr: Transfer) => place(tr.toBranchName, tr.toCommuneName, tr.direction !== 'within');
  const status = (tr: Transfer) => (
    <Space orientation="vertical" size={2}>
      <span>
        <Tag>{t(DIRECTION[tr.direction])}</Tag>
        {tr.status === 'accepted' && <Tag color="green">{t('mbAccepted')}</Tag>}
        {tr.status === 'refused' && <Tag color="red">{t('mbRefused')}</Tag>}
        {tr.decidedOn && formatDateVi(tr.decidedOn)}
      </span>
      {tr.note && <Typography.Text type="secondary">{`${t('mbNote')}: ${tr.note}`}</Typography.Text>}
      {tr.decisionNote && <Typography.Text>{`${t('mbReason')}: ${tr.decisionNote}`}</Typography.Text>}
    </Space>
  );
  const actions = (tr: Transfer, vertical: boolean) =>
    tr.status !== 'pending' ? null : tr.direction === 'outgoing' ? (
      <Typography.Text type="secondary">{t('mbWaitingOther')}</Typography.Text>
    ) : (
      keeps && (
        <Space orientation={vertical ? 'vertical' : 'horizontal'} size={4}>
          {tr.direction === 'within' ? (
            <Popconfirm
              title={t('mbAcceptConfirm')}
              description={`${tr.fullName} → ${tr.toBranchName ?? ''}`}
              okText={t('mbAccept')}
              cancelText={t('cancel')}
              onConfirm={() => acceptWithin(tr)}
            >
              <Button size="small" type="primary" loading={busy === tr.id}>
                {t('mbAccept')}
              </Button>
            </Popconfirm>
          ) : (
            <Button size="small" type="primary" onClick={() => setAccepting(tr)}>
              {t('mbAccept')}
            </Button>
          )}
          <Button size="small" danger onClick={() => setRefusing(tr)}>
            {t('mbRefuse')}
          </Button>
        </Space>
      )
    );

  // On a phone one column holds the whole request, its buttons below: nothing hides behind a sideways scroll.
  const columns = (withActions: boolean): ColumnsType<Transfer> =>
    wide
      ? [
          { title: t('mbMember'), key: 'member', width: 170, render: (_, tr) => member(tr) },
          { title: t('mbFrom'), key: 'from', render: (_, tr) => from(tr) },
          { title: t('mbTo'), key: 'to', render: (_, tr) => to(tr) },
          { title: t('mbTransferOn'), dataIndex: 'on', width: 110, render: (v: string) => formatDateVi(v) },
          { title: t('mbStatus'), key: 'status', render: (_, tr) => status(tr) },
          ...(withActions
            ? [{ title: '', key: 'actions', width: 110, render: (_: unknown, tr: Transfer) => actions(tr, true) }]
            : []),
        ]
      : [
          {
            title: t('mbMember'),
            key: 'all',
            render: (_, tr) => (
              <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                {member(tr)}
                <Typography.Text>{`${from(tr)} → ${to(tr)}`}</Typography.Text>
                <Typography.Text type="secondary">{`${t('mbTransferOn')}: ${formatDateVi(tr.on)}`}</Typography.Text>
                {status(tr)}
                {withActions && actions(tr, false)}
              </Space>
            ),
          },
        ];

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      {communes.length > 1 && (
        <Select
          aria-label={t('mbCommune')}
          showSearch={{ optionFilterProp: 'label' }}
          style={{ minWidth: 220, maxWidth: '100%' }}
          value={communeId}
          onChange={setPicked}
          options={communes.map((c) => ({ value: c.id, label: unitDisplayName(c) }))}
        />
      )}
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('mbPending')} ({pending.length})
      </Typography.Title>
      <Table<Transfer>
        rowKey="id"
        size="small"
        data-testid="transfers-pending"
        loading={list.isLoading}
        dataSource={pending}
        columns={columns(true)}
        scroll={wide ? { x: 760 } : undefined}
        pagination={false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('mbNoTransfers')} /> }}
      />
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('mbHistory')} ({decided.length})
      </Typography.Title>
      <Table<Transfer>
        rowKey="id"
        size="small"
        data-testid="transfers-decided"
        loading={list.isLoading}
        dataSource={decided}
        columns={columns(false)}
        scroll={wide ? { x: 660 } : undefined}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('mbNoTransfers')} /> }}
      />
      {accepting && <AcceptIncomingDialog transfer={accepting} units={units} onClose={() => setAccepting(null)} />}
      {refusing && <RefuseTransferDialog transfer={refusing} onClose={() => setRefusing(null)} />}
    </Space>
  );
}
