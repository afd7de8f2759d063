import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Flex, Grid, Row, Select, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { compareVi } from '../../../../lib/vi-text';
import type { Me } from '../../../lib/api';
import { BankStatements } from '../components/BankStatements';
import { DonationForm } from '../components/DonationForm';
import { DonationSessionList } from '../components/DonationSessionList';
import { DriveList } from '../components/DriveList';
import { FundBalanceCards } from '../components/FundBalanceCards';
import { FundBook } from '../components/FundBook';
import { FundFormModal } from '../components/FundFormModal';
import { FundPledges } from '../components/FundPledges';
import { useDrives, type Fund } from '../shared';
import { PayoutForms } from '../components/PayoutForms';
import { EmptyPage } from '../../../lib/empty-page';
import { useUrlParams } from '../../../lib/url-params';
import { useI18n } from '../../../i18n';
import { useUnits, useCommuneOrganizations } from '../../units/api';
import { allocationKeys, fetchAllocationRecipients } from '../allocation-api';
import { AllocationForm } from '../components/AllocationForm';
import { AllocationList, AllocationsReceived } from '../components/Allocations';
import { fundOwnersFor, fundRights } from '../permissions';
import { fundKeys, fetchFunds } from '../api';
import { GoodsTab } from '../../goods/components/GoodsTab';

type TabKey = 'drives' | 'receipt' | 'pledges' | 'payouts' | 'allocations' | 'bank' | 'book' | 'goods';

/**
 * "Quỹ & ủng hộ": one fund at a time — its balance, drives, receipts, pledges, payouts, bank statements and book. A
 * province's (or the national unit's) own fund adds its allocations to communes; a commune's fund shows what the
 * level above allocated to it; a fund the user only reads (a province reading its communes') is marked so.
 */
export function FundsPage({ me }: { me: Me }) {
  const { t } = useI18n();
  const units = useUnits();
  const narrow = !Grid.useBreakpoint().md;
  const unitList = units.data ?? [];
  const [params, set] = useUrlParams();
  const [creating, setCreating] = useState(false);
  const [receiptDrive, setReceiptDrive] = useState<{ id?: string; n: number }>({ n: 0 });

  const funds = useQuery({
    queryKey: fundKeys.funds,
    queryFn: fetchFunds,
  });
  // The user's own funds first (a province's before its communes' it reads), then by unit and name.
  const list = [...(funds.data ?? [])].sort(
    (a, b) =>
      Number(b.can.manage) - Number(a.can.manage) || compareVi(a.unitName, b.unitName) || compareVi(a.name, b.name),
  );
  const wanted = params.get('fund');
  const fund = list.find((f) => f.id === wanted) ?? list[0];
  const orgs = useCommuneOrganizations(fund?.communeId);
  const rights = fundRights(fund);
  const drives = useDrives(fund?.id);
  const driveList = [...(drives.data ?? [])].sort((a, b) => b.from.localeCompare(a.from));

  const manageable = fundOwnersFor(me, unitList);
  const manyCommunes = new Set(list.map((f) => f.unitId)).size > 1;
  const above = fund !== undefined && fund.unitLevel !== 'commune';
  // Who the fund may allocate to (a province's communes, or the provinces for the national fund): the server says.
  const recipients = useQuery({
    queryKey: allocationKeys.recipients(fund?.id ?? ''),
    queryFn: () => fetchAllocationRecipients(fund?.id ?? ''),
    enabled: above && rights.manage,
  });

  const tabs: { key: TabKey; show: boolean }[] = [
    { key: 'drives', show: true },
    { key: 'receipt', show: rights.record },
    { key: 'pledges', show: true },
    { key: 'payouts', show: rights.manage },
    { key: 'allocations', show: above },
    { key: 'bank', show: rights.manage },
    { key: 'book', show: true },
    { key: 'goods', show: true },
  ];
  const visible = tabs.filter((x) => x.show).map((x) => x.key);
  const requested = params.get('tab') as TabKey | null;
  const tab: TabKey = requested && visible.includes(requested) ? requested : 'drives';

  const header = (
    <Card size="small" styles={{ body: { padding: 12 } }}>
      <Flex wrap gap={8} align="center">
        <Typography.Title level={4} style={{ margin: 0, marginRight: 8 }}>
          {t('funds')}
        </Typography.Title>
        {list.length > 0 && (
          <Select
            data-testid="fund-select"
            aria-label={t('fundSelect')}
            style={{ flex: '1 1 240px', minWidth: 0, maxWidth: 480 }}
            value={fund?.id}
            loading={funds.isLoading}
            onChange={(id: string) => set({ fund: id })}
            options={list.map((f) => ({
              value: f.id,
              label: manyCommunes ? `${f.name} – ${f.unitName}` : f.name,
            }))}
          />
        )}
        {fund && !rights.manage && !rights.record && <Tag data-testid="fund-read-only">{t('fundReadOnly')}</Tag>}
        <Space wrap>
          {manageable.length > 0 && <Button onClick={() => setCreating(true)}>{t('fundNew')}</Button>}
          {fund && rights.record && (
            <Button
              type="primary"
              onClick={() => {
                setReceiptDrive((r) => ({ id: undefined, n: r.n + 1 }));
                set({ tab: 'receipt' });
              }}
            >
              {t('fundReceiptNew')}
            </Button>
          )}
        </Space>
      </Flex>
      {fund?.bankAccount && (
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 6, fontSize: 12 }}>
          {t('fundBankAccount')}: {fund.bankAccount}
          {fund.bankAccountName ? ` – ${fund.bankAccountName}` : ''}
          {fund.bankBin ? ` (BIN ${fund.bankBin})` : ''}
        </Typography.Text>
      )}
    </Card>
  );

  const created = (f: Fund) => {
    setCreating(false);
    set({ fund: f.id, tab: 'drives' });
  };

  if (!funds.isLoading && !fund) {
    return (
      <EmptyPage
        header={header}
        description={t('fundEmpty')}
        createLabel={t('fundNew')}
        canCreate={manageable.length > 0}
        onCreate={() => setCreating(true)}
      >
        <FundFormModal open={creating} units={manageable} onClose={() => setCreating(false)} onSaved={created} />
      </EmptyPage>
    );
  }

  const tabContent = (key: TabKey) => {
    if (!fund) return null;
    switch (key) {
      case 'drives':
        return (
          <DriveList
            fund={fund}
            rights={rights}
            units={unitList}
            onRecord={(id) => {
              setReceiptDrive((r) => ({ id, n: r.n + 1 }));
              set({ tab: 'receipt' });
            }}
          />
        );
      case 'receipt':
        return (
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={12}>
              {/* The form waits for its pickers' lists: remounting it when they arrived wiped what a user on a slow
                  network had already typed. */}
              {drives.isLoading || orgs.isLoading || units.isLoading ? (
                <Card size="small">
                  <Skeleton active paragraph={{ rows: 6 }} />
                </Card>
              ) : (
                <DonationForm
                  key={`${fund.id}-${receiptDrive.n}`}
                  fund={fund}
                  rights={rights}
                  units={unitList}
                  organizations={orgs.data ?? []}
                  drives={driveList}
                  driveId={receiptDrive.id}
                />
              )}
            </Col>
            <Col xs={24} lg={12}>
              <DonationSessionList fund={fund} drives={driveList} />
            </Col>
          </Row>
        );
      case 'pledges':
        return <FundPledges fund={fund} rights={rights} units={unitList} drives={driveList} />;
      case 'payouts':
        return <PayoutForms fund={fund} drives={driveList} />;
      case 'allocations':
        return (
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            {rights.manage && recipients.data && (
              <AllocationForm fund={fund} recipients={recipients.data} drives={driveList} />
            )}
            <AllocationList fund={fund} />
          </Space>
        );
      case 'bank':
        return <BankStatements fund={fund} drives={driveList} />;
      case 'book':
        return <FundBook fund={fund} />;
      case 'goods':
        return <GoodsTab fundId={fund.id} units={unitList} communeId={fund.communeId} />;
    }
  };

  const label: Record<TabKey, string> = {
    drives: t('fundDrives'),
    receipt: t('fundReceipts'),
    pledges: t('fundPledges'),
    payouts: t('fundPayouts'),
    allocations: t(fund?.unitLevel === 'national' ? 'fundAllocTabProvince' : 'fundAllocTab'),
    bank: t('fundBank'),
    book: t('fundBook'),
    goods: t('goodsTab'),
  };

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      {header}
      {fund && <FundBalanceCards fundId={fund.id} />}
      {fund && fund.unitLevel !== 'national' && <AllocationsReceived fund={fund} />}
      {fund && (
        <Card size="small" styles={{ body: { paddingTop: 0, paddingInline: narrow ? 8 : 12 } }}>
          <Tabs
            activeKey={tab}
            onChange={(k) => set({ tab: k })}
            items={visible.map((k) => ({ key: k, label: label[k], children: tabContent(k) }))}
          />
        </Card>
      )}
      <FundFormModal open={creating} units={manageable} onClose={() => setCreating(false)} onSaved={created} />
    </Space>
  );
}
