import { useQuery } from '@tanstack/react-query';
import { App, Button, Dropdown, Input, Select, Space, Tag, Typography } from 'antd';
import { ResponsiveTable } from '../../../lib/responsive-table';
import dayjs from 'dayjs';
import { useDeferredValue, useState } from 'react';
import { formatDateVi } from '../../../../lib/dates';
import { formatInteger } from '../../../../lib/numbers';
import { compareVi } from '../../../../lib/vi-text';
import { useI18n } from '../../../i18n';
import { useAllOrganizations, useUnits } from '../../units/api';
import { fetchMemberships, fetchPersonalData, memberKeys, useBranches, useMemberCounts, type Membership } from '../api';
import { saveBlob } from '../../../lib/downloads';
import { DownloadButton } from '../../../lib/file-buttons';
import { useMe } from '../../../lib/auth';
import { hasRole, isAdminUser, isStandingFor } from '../../../lib/roles';
import { AdmitDialog } from './AdmitDialog';
import { ImportDialog } from './ImportDialog';
import { LeaveDialog } from './LeaveDialog';
import { PersonEraseDialog } from './PersonEraseDialog';
import { TransferDialog } from './TransferDialog';

const PAGE = 50;

type Dialog = { kind: 'leave' | 'transfer' | 'erase'; membership: Membership } | null;

/** The member list of what the user reads: counts first, then a searchable, filterable table. */
export function MembersList() {
  const { t } = useI18n();
  const units = useUnits().data ?? [];
  const orgs = (useAllOrganizations().data ?? []).filter((o) => o.active);
  const [organizationId, setOrganizationId] = useState<string>();
  const [villageId, setVillageId] = useState<string>();
  const [status, setStatus] = useState<'active' | 'left' | 'all'>('active');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [admitting, setAdmitting] = useState(false);
  const [importing, setImporting] = useState(false);
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  const me = useMe().data;
  const branches = useBranches(organizationId).data ?? [];

  const villages = units.filter((u) => u.level === 'village').sort((a, b) => compareVi(a.name, b.name));
  const home = units.find((u) => u.level === 'commune') ?? villages[0];
  const today = dayjs().format('YYYY-MM-DD');
  const counts = useMemberCounts(villageId ?? home?.id, today);
  const params = new URLSearchParams({ status, limit: String(PAGE), offset: String((page - 1) * PAGE) });
  if (organizationId) params.set('organizationId', organizationId);
  if (villageId) params.set('villageId', villageId);
  const typed = useDeferredValue(q.trim());
  if (typed) params.set('q', typed);
  const list = useQuery({
    queryKey: memberKeys.list(params.toString()),
    queryFn: () => fetchMemberships(params),
    placeholderData: (previous) => previous,
  });
  const orgName = new Map(orgs.map((o) => [o.id, o.shortName]));
  const branchName = new Map(branches.map((b) => [b.id, b.name]));
  const reset = () => setPage(1);
  // The list carries no `can` flags: those who keep member lists (the server checks each row) see the actions; the
  // erasure only the standing committee of the member's commune.
  const keeps = me ? isAdminUser(me) || hasRole(me, 'standing', 'org_lead', 'village_lead') : false;
  const communeOf = new Map(units.map((u) => [u.id, u.communeId]));
  const erases = (m: Membership) => (me ? isStandingFor(me, units, communeOf.get(m.villageId) ?? undefined) : false);

  async function personalData(m: Membership) {
    try {
      const data = await fetchPersonalData(m.personId);
      saveBlob(
        new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }),
        `du-lieu-ca-nhan-${m.personId}.json`,
      );
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <>
      {counts.data && (
        <Typography.Paragraph data-testid="member-counts">
          <Typography.Text strong>
            {formatInteger(counts.data.people)} {t('mbPeople')}, {formatInteger(counts.data.memberships)}{' '}
            {t('mbMemberships')}
          </Typography.Text>{' '}
          ({t('mbAsOf')} {formatDateVi(counts.data.asOf)}){' '}
          {counts.data.byOrganization.map((o) => (
            <Tag key={o.organizationId}>
              {orgName.get(o.organizationId) ?? o.name}: {formatInteger(o.members)}
            </Tag>
          ))}
        </Typography.Paragraph>
      )}
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          aria-label={t('mbOrganization')}
          placeholder={t('mbOrganization')}
          style={{ minWidth: 180 }}
          value={organizationId}
          onChange={(v) => {
            setOrganizationId(v);
            reset();
          }}
          options={orgs.map((o) => ({ value: o.id, label: o.shortName }))}
        />
        <Select
          allowClear
          aria-label={t('mbVillage')}
          placeholder={t('mbVillage')}
          style={{ minWidth: 160 }}
          value={villageId}
          onChange={(v) => {
            setVillageId(v);
            reset();
          }}
          options={villages.map((v) => ({ value: v.id, label: v.name }))}
        />
        <Select
          aria-label={t('mbStatus')}
          style={{ minWidth: 150 }}
          value={status}
          onChange={(v) => {
            setStatus(v);
            reset();
          }}
          options={[
            { value: 'active', label: t('mbActive') },
            { value: 'left', label: t('mbLeft') },
            { value: 'all', label: t('mbAll') },
          ]}
        />
        <Input.Search
          allowClear
          placeholder={t('mbSearch')}
          style={{ width: 260 }}
          // Filters as one types (the list is paged on the server; a village head on a phone needs no Enter).
          onChange={(e) => {
            setQ(e.target.value);
            reset();
          }}
        />
        <Button type="primary" onClick={() => setAdmitting(true)}>
          {t('mbAdd')}
        </Button>
        <Button onClick={() => setImporting(true)}>{t('mbImport')}</Button>
        {home && (
          <DownloadButton href={`/api/v1/members/counts.xlsx?unitId=${villageId ?? home.id}&asOf=${today}`}>
            {t('mbExport')}
          </DownloadButton>
        )}
        {keeps && (
          // The list as filtered (not the search: a name typed stays on the screen), as the template's columns.
          <DownloadButton
            href={`/api/v1/memberships/export.xlsx?${new URLSearchParams({
              status,
              ...(organizationId && { organizationId }),
              ...(villageId && { villageId }),
            })}`}
          >
            {t('mbExportList')}
          </DownloadButton>
        )}
      </Space>
      <ResponsiveTable<Membership>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 900 }}
        pagination={{
          current: page,
          pageSize: PAGE,
          total: list.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (n) => `${formatInteger(n)} ${t('mbMemberships')}`,
          onChange: setPage,
        }}
        columns={[
          { title: t('mbName'), dataIndex: 'fullName', fixed: 'left', width: 190 },
          { title: t('mbBirthYear'), dataIndex: 'birthYear', width: 90 },
          { title: t('mbVillage'), dataIndex: 'villageName' },
          { title: t('mbOrganization'), dataIndex: 'organizationId', render: (v: string) => orgName.get(v) ?? '' },
          {
            title: t('mbBranch'),
            dataIndex: 'branchId',
            render: (v: string | null) => (v ? (branchName.get(v) ?? '') : ''),
          },
          { title: t('mbJoinedOn'), dataIndex: 'joinedOn', render: (v: string) => formatDateVi(v) },
          { title: t('mbCategory'), dataIndex: 'duesCategory' },
          {
            title: t('mbStatus'),
            dataIndex: 'leftOn',
            render: (v: string | null, m) =>
              v ? (
                <Tag title={m.leaveReason ?? ''}>{`${t('mbLeft')} ${formatDateVi(v)}`}</Tag>
              ) : (
                <Tag color="green">{t('mbActive')}</Tag>
              ),
          },
          {
            title: '',
            key: 'actions',
            fixed: 'right',
            width: 64,
            render: (_, m) =>
              keeps && (
                <Dropdown
                  trigger={['click']}
                  menu={{
                    items: [
                      ...(m.leftOn
                        ? []
                        : [
                            { key: 'transfer', label: t('mbTransfer') },
                            { key: 'leave', label: t('mbLeave') },
                          ]),
                      { key: 'pd', label: t('mbPersonalData') },
                      ...(erases(m) ? [{ key: 'erase', label: t('mbErase'), danger: true }] : []),
                    ],
                    onClick: ({ key }) => {
                      if (key === 'pd') void personalData(m);
                      if (key === 'leave' || key === 'transfer' || key === 'erase')
                        setDialog({ kind: key, membership: m });
                    },
                  }}
                >
                  <Button size="small" aria-label={`${t('mbActions')}: ${m.fullName}`}>
                    ⋯
                  </Button>
                </Dropdown>
              ),
          },
        ]}
      />
      {admitting && <AdmitDialog villages={villages} organizations={orgs} onClose={() => setAdmitting(false)} />}
      {dialog?.kind === 'leave' && <LeaveDialog membership={dialog.membership} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'transfer' && (
        <TransferDialog
          membership={dialog.membership}
          units={units}
          branchName={dialog.membership.branchId ? (branchName.get(dialog.membership.branchId) ?? '') : ''}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'erase' && <PersonEraseDialog membership={dialog.membership} onClose={() => setDialog(null)} />}
      {importing && <ImportDialog organizations={orgs} onClose={() => setImporting(false)} />}
    </>
  );
}
