import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Dropdown, Flex, Form, Input, Select, Space, Tag, Typography } from 'antd';
import { ResponsiveTable } from '../../../lib/responsive-table';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useMemo, useState } from 'react';
import { formatInteger } from '../../../../lib/numbers';
import { unitDisplayName } from '../../../../lib/units';
import { compareVi } from '../../../../lib/vi-text';
import type { Me } from '../../../lib/api';
import { HouseholdEraseModal } from '../components/HouseholdEraseModal';
import { HouseholdFormModal } from '../components/HouseholdFormModal';
import { HouseholdImport } from '../components/HouseholdImport';
import { CategoryTags, categoryKey, fill, HOUSEHOLD_CATEGORIES } from '../shared';
import { useI18n } from '../../../i18n';
import { downloadFile, saveBlob } from '../../../lib/downloads';
import { useUnits } from '../../units/api';
import { NoDataInPeriod, useLatestYear } from '../../../lib/latest-year';
import { writableVillages } from '../permissions';
import {
  type Household,
  type HouseholdCategory,
  householdKeys,
  fetchHouseholds,
  householdExportPath,
  fetchPersonalData,
  latestYearPath,
  type Filters,
} from '../api';

const thisYear = new Date().getFullYear();
const YEARS = Array.from({ length: 8 }, (_, i) => thisYear + 1 - i);

/** "Hộ gia đình": the registry of the villages in scope, with categories per year, import and export. */
export function HouseholdsPage({ me }: { me: Me }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const units = useUnits();
  const [filters, setFilters] = useState<Filters>({ q: '', includeErased: false });
  const [search, setSearch] = useState('');
  const [page, setPage] = useState({ current: 1, pageSize: 20 });
  const [editing, setEditing] = useState<Household | null | 'new'>(null);
  const [erasing, setErasing] = useState<Household | null>(null);
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);

  // Search as one types, without a request per key.
  useEffect(() => {
    const timer = setTimeout(() => {
      setFilters((f) => (f.q === search ? f : { ...f, q: search }));
      setPage((p) => ({ ...p, current: 1 }));
    }, 350);
    return () => clearTimeout(timer);
  }, [search]);

  const list = useQuery({
    queryKey: householdKeys.list(filters, page),
    queryFn: () => fetchHouseholds(filters, page),
    placeholderData: keepPreviousData,
  });

  // A picked year with no categories offers the latest year that has some.
  const latestPath = latestYearPath(filters);
  const { latest } = useLatestYear([...householdKeys.all, 'latest-year', latestPath], latestPath);
  const offer = filters.year !== undefined && typeof latest === 'number' && latest !== filters.year ? latest : null;

  const allUnits = units.data ?? [];
  const villages = useMemo(
    () =>
      allUnits.filter((u) => u.level === 'village').sort((a, b) => compareVi(unitDisplayName(a), unitDisplayName(b))),
    [allUnits],
  );
  const canAdd = list.data?.can.add ?? false;
  const writable = writableVillages(me, allUnits);
  const importCommunes = allUnits
    .filter((u) => u.level === 'commune' && writable.some((v) => v.communeId === u.id))
    .sort((a, b) => compareVi(a.name, b.name));

  const set = (changes: Partial<Filters>) => {
    setFilters((f) => ({ ...f, ...changes }));
    setPage((p) => ({ ...p, current: 1 }));
  };

  async function exportList() {
    setExporting(true);
    try {
      await downloadFile(householdExportPath(filters), 'danh-sach-ho.xlsx');
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setExporting(false);
    }
  }

  async function personalData(h: Household) {
    try {
      const data = await fetchPersonalData(h.id);
      saveBlob(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }), `du-lieu-ca-nhan-${h.id}.json`);
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  }

  const columns: ColumnsType<Household> = [
    {
      title: t('hhHeadName'),
      key: 'headName',
      render: (_, h) => (
        <Flex vertical>
          {h.can.edit ? (
            <Typography.Link strong onClick={() => setEditing(h)}>
              {h.headName}
            </Typography.Link>
          ) : (
            <Typography.Text strong={!h.erased} type={h.erased ? 'secondary' : undefined}>
              {h.headName}
            </Typography.Text>
          )}
          {h.address && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {h.address}
            </Typography.Text>
          )}
          {h.erased && (
            <span>
              <Tag>{t('hhErased')}</Tag>
            </span>
          )}
        </Flex>
      ),
    },
    { title: t('hhVillage'), dataIndex: 'villageName', key: 'village', responsive: ['md'] },
    { title: t('hhMembers'), dataIndex: 'members', key: 'members', align: 'right', width: 90, responsive: ['sm'] },
    { title: t('hhPhone'), dataIndex: 'phone', key: 'phone', responsive: ['lg'] },
    {
      title: t('hhCategory'),
      key: 'categories',
      render: (_, h) => (
        <div style={{ minWidth: 140, maxWidth: 260, whiteSpace: 'normal' }}>
          <CategoryTags categories={h.categories} year={filters.year} t={t} />
        </div>
      ),
    },
    {
      title: t('hhActions'),
      key: 'actions',
      width: 1,
      render: (_, h) => {
        const { edit, erase, exportPersonalData } = h.can;
        if (!edit && !erase && !exportPersonalData) return null;
        return (
          <Space size={4} wrap={false}>
            {edit && (
              <Button size="small" onClick={() => setEditing(h)}>
                {t('edit')}
              </Button>
            )}
            {(erase || exportPersonalData) && (
              <Dropdown
                trigger={['click']}
                menu={{
                  items: [
                    ...(exportPersonalData ? [{ key: 'pd', label: t('hhPersonalData') }] : []),
                    ...(erase ? [{ key: 'erase', label: t('hhErase'), danger: true }] : []),
                  ],
                  onClick: ({ key }) => {
                    if (key === 'pd') void personalData(h);
                    if (key === 'erase') setErasing(h);
                  },
                }}
              >
                <Button size="small" aria-label={t('hhMore')}>
                  ⋯
                </Button>
              </Dropdown>
            )}
          </Space>
        );
      },
    },
  ];

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Card size="small" styles={{ body: { padding: 12 } }}>
        <Flex wrap gap={8} align="center" justify="space-between">
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('hhTitle')}
          </Typography.Title>
          <Space wrap>
            {canAdd && writable.length > 0 && (
              <Button type="primary" onClick={() => setEditing('new')}>
                {t('hhAdd')}
              </Button>
            )}
            {canAdd && writable.length > 0 && <Button onClick={() => setImporting(true)}>{t('hhImport')}</Button>}
            <Button onClick={exportList} loading={exporting}>
              {t('hhExport')}
            </Button>
          </Space>
        </Flex>
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 6, fontSize: 12 }}>
          {t('hhIntro')}
        </Typography.Text>
      </Card>

      <Card size="small" styles={{ body: { padding: 12 } }}>
        <Form name="household-filters" layout="vertical" component="div">
          <Flex wrap gap={8}>
            <Select
              aria-label={t('hhVillage')}
              style={{ flex: '1 1 180px', minWidth: 0 }}
              allowClear
              placeholder={t('hhAllVillages')}
              value={filters.villageId}
              onChange={(v?: string) => set({ villageId: v })}
              showSearch={{ optionFilterProp: 'label' }}
              options={villages.map((v) => ({ value: v.id, label: unitDisplayName(v) }))}
            />
            <Select
              aria-label={t('hhYear')}
              style={{ flex: '0 1 120px', minWidth: 100 }}
              allowClear
              placeholder={t('hhAnyYear')}
              value={filters.year}
              onChange={(v?: number) => set({ year: v })}
              options={YEARS.map((y) => ({ value: y, label: String(y) }))}
            />
            <Select
              aria-label={t('hhCategory')}
              style={{ flex: '1 1 180px', minWidth: 0 }}
              allowClear
              placeholder={t('hhAnyCategory')}
              value={filters.category}
              onChange={(v?: HouseholdCategory) => set({ category: v })}
              options={HOUSEHOLD_CATEGORIES.map((c) => ({ value: c, label: t(categoryKey(c)) }))}
            />
            <Input.Search
              aria-label={t('search')}
              style={{ flex: '2 1 220px', minWidth: 0 }}
              allowClear
              placeholder={t('hhSearch')}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              onSearch={(v) => {
                setSearch(v);
                set({ q: v });
              }}
            />
            <Checkbox checked={filters.includeErased} onChange={(e) => set({ includeErased: e.target.checked })}>
              {t('hhShowErased')}
            </Checkbox>
          </Flex>
        </Form>
      </Card>

      <Card size="small" styles={{ body: { padding: 0 } }}>
        {list.isError && (
          <Alert
            type="error"
            showIcon
            title={list.error instanceof Error ? list.error.message : t('errorGeneric')}
            style={{ margin: 12 }}
          />
        )}
        <ResponsiveTable<Household>
          rowKey="id"
          size="small"
          loading={list.isFetching}
          columns={columns}
          dataSource={list.data?.items ?? []}
          locale={{
            emptyText:
              offer && filters.year !== undefined && !filters.q ? (
                <NoDataInPeriod shown={{ year: filters.year }} offer={offer} onGo={(year) => set({ year })} />
              ) : (
                t('hhEmpty')
              ),
          }}
          scroll={{ x: 'max-content' }}
          pagination={{
            current: page.current,
            pageSize: page.pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100],
            showTotal: (n) => fill(t('hhTotal'), { n: formatInteger(n) }),
            onChange: (current, pageSize) => setPage({ current, pageSize }),
            size: 'small',
          }}
        />
      </Card>

      <HouseholdFormModal
        open={editing !== null}
        household={editing === 'new' ? null : editing}
        villages={writable}
        onClose={() => setEditing(null)}
        onSaved={() => setEditing(null)}
      />
      <HouseholdEraseModal household={erasing} onClose={() => setErasing(null)} />
      <HouseholdImport open={importing} communes={importCommunes} onClose={() => setImporting(false)} />
    </Space>
  );
}
