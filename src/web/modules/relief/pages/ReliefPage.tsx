import { Button, Card, Flex, Select, Space, Tabs, Tag, Typography } from 'antd';
import { ResponsiveTable } from '../../../lib/responsive-table';
import { useState } from 'react';
import { formatDateVi } from '../../../../lib/dates';
import { formatInteger } from '../../../../lib/numbers';
import { compareVi } from '../../../../lib/vi-text';
import type { Me } from '../../../lib/api';
import { exportXlsx } from '../../../lib/export-xlsx';
import { EmptyPage } from '../../../lib/empty-page';
import { useUrlParams } from '../../../lib/url-params';
import { BusyButton, FileButtons } from '../../../lib/file-buttons';
import { useI18n } from '../../../i18n';
import { ReliefProgramModal } from '../components/ReliefProgramModal';
import { categoryKey, signOffUrl, usePrograms, type ReliefProgram } from '../shared';
import { ReliefSuggestions } from '../components/ReliefSuggestions';
import { ReliefSummaryBreakdown, ReliefSummaryCards } from '../components/ReliefSummaryCards';
import { ReliefSupportModal } from '../components/ReliefSupportModal';
import { ReliefSupportsTable } from '../components/ReliefSupportsTable';
import { fileSafe } from '../../../lib/downloads';
import { useUnits } from '../../units/api';
import { mayCreateProgramIn } from '../permissions';

type TabKey = 'supports' | 'suggestions' | 'summary' | 'programs';

/** "Trợ giúp hộ gia đình": relief programmes, their supports, hand-over, suggestions and the sign-off list. */
export function ReliefPage({ me }: { me: Me }) {
  const { t } = useI18n();
  const units = useUnits();
  const unitList = units.data ?? [];
  const programs = usePrograms();
  const list = programs.data ?? [];
  const [params, set] = useUrlParams();
  const [creating, setCreating] = useState(false);
  const [adding, setAdding] = useState<{
    household?: { id: string; headName: string; villageName: string };
    n: number;
  } | null>(null);

  const program = list.find((p) => p.id === params.get('program')) ?? list[0];
  const communes = unitList.filter((u) => u.level === 'commune').sort((a, b) => compareVi(a.name, b.name));
  const manageable = communes.filter((c) => mayCreateProgramIn(me, unitList, c.id));
  const canAdd = program?.can.addSupport ?? false;
  const tab = (['supports', 'suggestions', 'summary', 'programs'] as TabKey[]).includes(params.get('tab') as TabKey)
    ? (params.get('tab') as TabKey)
    : 'supports';

  const header = (
    <Card size="small" styles={{ body: { padding: 12 } }}>
      <Flex wrap gap={8} align="center">
        <Typography.Title level={4} style={{ margin: 0, marginRight: 8 }}>
          {t('reliefNav')}
        </Typography.Title>
        {list.length > 0 && (
          <Select
            data-testid="relief-program-select"
            style={{ flex: '1 1 240px', minWidth: 0, maxWidth: 520 }}
            value={program?.id}
            placeholder={t('reliefSelectProgram')}
            onChange={(id: string) => set({ program: id })}
            options={list.map((p) => ({ value: p.id, label: `${p.name} (${formatDateVi(p.date)})` }))}
          />
        )}
        {manageable.length > 0 && <Button onClick={() => setCreating(true)}>{t('reliefProgramNew')}</Button>}
      </Flex>
      {program && (
        <Flex wrap gap={8} align="center" style={{ marginTop: 8 }}>
          <Typography.Text type="secondary">
            {formatDateVi(program.date)}
            {program.partner ? ` · ${t('reliefPartner')}: ${program.partner}` : ''}
          </Typography.Text>
          {program.targetCategories.map((c) => (
            <Tag key={c}>{t(categoryKey(c))}</Tag>
          ))}
          <Space wrap size={4} style={{ marginInlineStart: 'auto' }}>
            <Typography.Text>{t('reliefSignOff')}:</Typography.Text>
            <FileButtons exts={['docx', 'xlsx', 'pdf'] as const} href={(ext) => signOffUrl(program.id, ext)} />
          </Space>
        </Flex>
      )}
    </Card>
  );

  const programModal = (
    <ReliefProgramModal
      open={creating}
      communes={manageable}
      onClose={() => setCreating(false)}
      onSaved={(p) => {
        setCreating(false);
        set({ program: p.id, tab: 'supports' });
      }}
    />
  );

  if (!programs.isLoading && !program) {
    return (
      <EmptyPage
        header={header}
        description={t('reliefEmpty')}
        createLabel={t('reliefProgramNew')}
        canCreate={manageable.length > 0}
        onCreate={() => setCreating(true)}
      >
        {programModal}
      </EmptyPage>
    );
  }

  const programsTable = (
    <>
      <BusyButton
        size="small"
        style={{ marginBottom: 8 }}
        disabled={list.length === 0}
        onClick={() =>
          exportXlsx(
            fileSafe(t('reliefPrograms')),
            t('reliefPrograms'),
            [
              { header: t('reliefProgramName'), value: (p: ReliefProgram) => p.name, width: 48 },
              { header: t('reliefProgramDate'), value: (p) => formatDateVi(p.date), format: 'text', width: 12 },
              { header: t('reliefPartner'), value: (p) => p.partner ?? '', width: 20 },
              { header: t('reliefHouseholds'), value: (p) => p.households, format: 'integer' },
              { header: t('reliefValue'), value: (p) => p.value, format: 'money', width: 20 },
            ],
            list,
          )
        }
      >
        {t('reliefExport')}
      </BusyButton>
      <ResponsiveTable<ReliefProgram>
        size="small"
        rowKey="id"
        dataSource={list}
        loading={programs.isLoading}
        pagination={false}
        scroll={{ x: 560 }}
        onRow={(p) => ({ onClick: () => set({ program: p.id, tab: 'supports' }), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('reliefProgramName'), dataIndex: 'name' },
          { title: t('reliefProgramDate'), dataIndex: 'date', width: 100, render: (d: string) => formatDateVi(d) },
          {
            title: t('reliefHouseholds'),
            dataIndex: 'households',
            align: 'right',
            width: 80,
            render: (v: number) => formatInteger(v),
          },
          {
            title: t('reliefValue'),
            dataIndex: 'value',
            align: 'right',
            width: 130,
            render: (v: number) => formatInteger(v),
          },
        ]}
      />
    </>
  );

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      {header}
      {program && <ReliefSummaryCards program={program} />}
      {program && (
        <Card size="small" styles={{ body: { paddingTop: 0 } }}>
          <Tabs
            activeKey={tab}
            onChange={(k) => set({ tab: k })}
            items={[
              {
                key: 'supports',
                label: t('reliefSupports'),
                children: (
                  <ReliefSupportsTable
                    program={program}
                    canAdd={canAdd}
                    onAdd={() => setAdding((a) => ({ n: (a?.n ?? 0) + 1 }))}
                    canHandOver={(s) => s.can.handOver}
                  />
                ),
              },
              {
                key: 'suggestions',
                label: t('reliefSuggestions'),
                children: (
                  <ReliefSuggestions
                    program={program}
                    canAdd={canAdd}
                    onGive={(s) =>
                      setAdding((a) => ({
                        household: { id: s.id, headName: s.headName, villageName: s.villageName },
                        n: (a?.n ?? 0) + 1,
                      }))
                    }
                  />
                ),
              },
              { key: 'summary', label: t('reliefSummary'), children: <ReliefSummaryBreakdown program={program} /> },
              { key: 'programs', label: t('reliefPrograms'), children: programsTable },
            ]}
          />
        </Card>
      )}
      {program && adding && (
        <ReliefSupportModal
          key={adding.n}
          open
          program={program}
          canPayFromFund={program.can.payFromFund}
          household={adding.household}
          onClose={() => setAdding(null)}
        />
      )}
      {programModal}
    </Space>
  );
}
