import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatMoney } from '../../../../lib/numbers';
import { useI18n } from '../../../i18n';
import { ApiError } from '../../../lib/api';
import { NoDataInPeriod, thisYear, useYearWithData } from '../../../lib/latest-year';
import { useAllOrganizations } from '../../units/api';
import { memberKeys, recordDues, useBranches, useDuesGrid, type DuesGrid as Grid } from '../api';

type Row = Grid['members'][number];
const periodLabel = (p: string) => (p.length === 4 ? p : `T${Number(p.slice(5))}`);

/**
 * A branch's members × the periods of a year: paid (amount), owed (a red "Chưa nộp"), or not yet a member (—).
 * Select members and a period, "Đánh dấu đã nộp" records each at their category's rate; a period someone else
 * marked meanwhile comes back as 409 and is counted as already paid, never written twice.
 */
export function DuesGrid() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const orgs = (useAllOrganizations().data ?? []).filter((o) => o.active);
  const [organizationId, setOrganizationId] = useState<string>();
  const [branchId, setBranchId] = useState<string>();
  const [selected, setSelected] = useState<string[]>([]);
  const [period, setPeriod] = useState<string>();
  const [marking, setMarking] = useState(false);
  const branches = useBranches(organizationId).data ?? [];
  // Opens on the latest year someone in the branch paid (kept in the address), not on a year nobody has paid yet.
  const scope = new URLSearchParams({ organizationId: organizationId ?? '' });
  if (branchId) scope.set('branchId', branchId);
  const { year, setYear, offer, pending } = useYearWithData({
    queryKey: memberKeys.duesLatestYear(scope.toString()),
    path: organizationId ? `/dues/latest-year?${scope.toString()}` : null,
    param: 'year',
  });
  const grid = useDuesGrid(organizationId, branchId, year, !pending);
  const years = [...new Set([...Array.from({ length: 5 }, (_, i) => thisYear() - i), year])].sort((a, b) => b - a);

  async function markPaid(rows: Row[]) {
    if (!period || !grid.data) return;
    const index = grid.data.periods.indexOf(period);
    setMarking(true);
    let done = 0;
    let already = 0;
    const errors: string[] = [];
    for (const r of rows) {
      if (!r.member[index] || r.paid[index] !== null || r.rate === null) continue;
      try {
        await recordDues({ membershipId: r.membershipId, period, amount: r.rate });
        done++;
      } catch (e) {
        if (e instanceof ApiError && e.status === 409) already++;
        else errors.push(`${r.fullName}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    setMarking(false);
    setSelected([]);
    await qc.invalidateQueries({ queryKey: memberKeys.all });
    void message.info(`${t('mbMarked')}: ${done}${already ? `; ${already} ${t('mbAlreadyPaid')}` : ''}`);
    if (errors.length) void message.error(errors.slice(0, 3).join('; '));
  }

  const data = grid.data;
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label={t('mbOrganization')}
          placeholder={t('mbOrganization')}
          style={{ minWidth: 180 }}
          value={organizationId}
          onChange={(v) => {
            setOrganizationId(v);
            setBranchId(undefined);
          }}
          options={orgs.map((o) => ({ value: o.id, label: o.shortName }))}
        />
        <Select
          allowClear
          aria-label={t('mbBranch')}
          placeholder={t('mbBranch')}
          style={{ minWidth: 220 }}
          value={branchId}
          onChange={setBranchId}
          options={branches.map((b) => ({ value: b.id, label: b.name }))}
        />
        <Select
          aria-label={t('mbYear')}
          value={year}
          onChange={setYear}
          options={years.map((y) => ({ value: y, label: String(y) }))}
        />
      </Space>
      {!organizationId && <Alert type="info" showIcon message={t('mbPickOrg')} />}
      {data && data.totals.collected === 0 && offer && (
        <NoDataInPeriod alert shown={{ year }} offer={offer} onGo={setYear} />
      )}
      {data && (
        <>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2, md: 4 }}
            items={[
              { key: 'c', label: t('mbCollected'), children: formatMoney(data.totals.collected) },
              { key: 'd', label: t('mbDue'), children: formatMoney(data.totals.due) },
              { key: 'o', label: t('mbOwing'), children: data.totals.unpaidMembers },
              { key: 's', label: t('mbShareUp'), children: formatMoney(data.totals.shareUp) },
            ]}
          />
          <Space wrap style={{ margin: '12px 0' }}>
            <Select
              aria-label={t('mbPeriod')}
              placeholder={t('mbPeriod')}
              style={{ width: 120 }}
              virtual={false}
              listHeight={400}
              value={period}
              onChange={setPeriod}
              options={data.periods.map((p) => ({ value: p, label: periodLabel(p) }))}
            />
            <Button
              type="primary"
              disabled={!period || selected.length === 0}
              loading={marking}
              onClick={() => markPaid(data.members.filter((m) => selected.includes(m.membershipId)))}
            >
              {t('mbMarkPaid')} ({selected.length})
            </Button>
          </Space>
          <Table<Row>
            rowKey="membershipId"
            size="small"
            dataSource={data.members}
            pagination={{ pageSize: 100, showSizeChanger: false }}
            scroll={{ x: 200 + data.periods.length * 90 }}
            rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]) }}
            columns={[
              {
                title: t('mbName'),
                dataIndex: 'fullName',
                fixed: 'left',
                width: 180,
                render: (v: string, r) => (
                  <>
                    {v}
                    <br />
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {r.duesCategory}
                      {r.rate === null ? ` — ${t('mbNoRule')}` : ` · ${formatMoney(r.rate)}`}
                    </Typography.Text>
                  </>
                ),
              },
              ...data.periods.map((p, i) => ({
                title: periodLabel(p),
                key: p,
                width: 90,
                render: (_: unknown, r: Row) =>
                  !r.member[i] ? (
                    <Typography.Text type="secondary" title={t('mbNotMember')}>
                      —
                    </Typography.Text>
                  ) : r.paid[i] !== null ? (
                    <Tag color="green">{formatMoney(r.paid[i] ?? 0)}</Tag>
                  ) : (
                    <Tag color="red">{t('mbUnpaid')}</Tag>
                  ),
              })),
            ]}
          />
        </>
      )}
    </>
  );
}
