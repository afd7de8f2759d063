import { Card, Col, Row, Statistic, Table, Tabs } from 'antd';
import { formatInteger, formatMoney } from '../../../../lib/numbers';
import { exportXlsx, type XlsxColumn } from '../../../lib/export-xlsx';
import { useI18n } from '../../../i18n';
import { categoryKey, sourceKey, useSummary, type ReliefProgram, type ReliefSummary } from '../shared';
import { fileSafe } from '../../../lib/downloads';
import { BusyButton } from '../../../lib/file-buttons';

type Line = { key: string; name: string; households: number; value: number; count: number };

/** The figures a review report quotes: households, value, gifts, handed over. */
export function ReliefSummaryCards({ program }: { program: ReliefProgram }) {
  const { t } = useI18n();
  const s = useSummary(program.id);
  const d: ReliefSummary | undefined = s.data;
  const stat = (title: string, value: string, testId: string) => (
    <Col xs={12} md={6}>
      <Card size="small">
        <Statistic
          title={title}
          value={value}
          loading={s.isLoading}
          data-testid={testId}
          styles={{ content: { fontSize: 18 } }}
        />
      </Card>
    </Col>
  );
  return (
    <Row gutter={[8, 8]}>
      {stat(t('reliefHouseholds'), formatInteger(d?.households ?? 0), 'relief-households')}
      {stat(t('reliefValue'), formatMoney(d?.value ?? 0), 'relief-value')}
      {stat(t('reliefCount'), formatInteger(d?.count ?? 0), 'relief-count')}
      {stat(
        t('reliefHandedOver'),
        `${formatInteger(d?.handedOver ?? 0)}/${formatInteger(d?.count ?? 0)}`,
        'relief-handed',
      )}
    </Row>
  );
}

/** The programme by source, by household category and by village, each exportable. */
export function ReliefSummaryBreakdown({ program }: { program: ReliefProgram }) {
  const { t } = useI18n();
  const s = useSummary(program.id);
  const d: ReliefSummary | undefined = s.data;
  const lines: Record<'source' | 'category' | 'village', Line[]> = {
    source: (d?.bySource ?? []).map((x) => ({
      key: `${x.source}-${x.fundId ?? x.name}`,
      name: x.source === 'other' ? t(sourceKey('other')) : `${x.name} (${t(sourceKey(x.source))})`,
      households: x.households,
      value: x.value,
      count: x.count,
    })),
    category: (d?.byCategory ?? []).map((x) => ({
      key: x.category,
      name: t(categoryKey(x.category)),
      households: x.households,
      value: x.value,
      count: x.count,
    })),
    village: (d?.byVillage ?? []).map((x) => ({
      key: x.villageId,
      name: x.name,
      households: x.households,
      value: x.value,
      count: x.count,
    })),
  };
  const titles = { source: t('reliefBySource'), category: t('reliefByCategory'), village: t('reliefByVillage') };
  const cols: XlsxColumn<Line>[] = [
    { header: t('name'), value: (l) => l.name, width: 40 },
    { header: t('reliefHouseholds'), value: (l) => l.households, format: 'integer' },
    { header: t('reliefCount'), value: (l) => l.count, format: 'integer' },
    { header: t('reliefValue'), value: (l) => l.value, format: 'money', width: 20 },
  ];
  const table = (k: keyof typeof lines) => (
    <>
      <BusyButton
        size="small"
        style={{ marginBottom: 8 }}
        disabled={lines[k].length === 0}
        onClick={() => exportXlsx(fileSafe(`${titles[k]} - ${program.name}`), titles[k], cols, lines[k])}
      >
        {t('reliefExport')}
      </BusyButton>
      <Table<Line>
        size="small"
        loading={s.isLoading}
        rowKey="key"
        dataSource={lines[k]}
        pagination={false}
        scroll={{ x: 420 }}
        columns={[
          { title: titles[k], dataIndex: 'name' },
          {
            title: t('reliefHouseholds'),
            dataIndex: 'households',
            align: 'right',
            width: 90,
            render: (v: number) => formatInteger(v),
          },
          {
            title: t('reliefValue'),
            dataIndex: 'value',
            align: 'right',
            width: 140,
            render: (v: number) => formatInteger(v),
          },
        ]}
      />
    </>
  );
  return (
    <Tabs
      size="small"
      items={(['source', 'category', 'village'] as const).map((k) => ({
        key: k,
        label: titles[k],
        children: table(k),
      }))}
    />
  );
}
