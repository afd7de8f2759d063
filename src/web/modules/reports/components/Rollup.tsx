import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Select, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { formatDateVi } from '../../../../lib/dates';
import { formatInteger } from '../../../../lib/numbers';
import { useFigureText } from '../../../lib/figure-text';
import { useI18n } from '../../../i18n';
import { periodOf } from './CreateReport';
import { useUnits } from '../../units/api';
import { fetchRollup, reportKeys, type RollupCell, type RollupRow } from '../api';

/** The province's view: which communes have submitted their report of a period, and one table of their figures. */
export function Rollup({ onOpen }: { onOpen: (id: string) => void }) {
  const { t } = useI18n();
  const provinces = (useUnits().data ?? []).filter((u) => u.level === 'province' || u.level === 'district');
  const [provinceId, setProvinceId] = useState<string | undefined>();
  const province = provinces.find((p) => p.id === provinceId) ?? provinces[0];
  const now = dayjs();
  const [type, setType] = useState<'half_year' | 'year'>('half_year');
  const [year, setYear] = useState(now.month() < 6 ? now.year() - 1 : now.year());
  const [half, setHalf] = useState<1 | 2>(now.month() < 6 ? 2 : 1);
  const p = periodOf({ type, year, half });
  const q = province ? `provinceId=${province.id}&type=${type}&from=${p.from}&to=${p.to}` : '';
  const data = useQuery({
    queryKey: reportKeys.rollup(q),
    enabled: !!province,
    queryFn: () => fetchRollup(q),
  });
  const years = Array.from({ length: 6 }, (_, i) => now.year() - i);
  const phrase = useFigureText();
  // A ratio cell reads "9/17 ca, đạt 53%" in the user's words; a count or sum is the number alone.
  const fmt = (c: RollupCell, row: RollupRow) =>
    c === null
      ? ''
      : c.denominator !== undefined
        ? phrase.figure({ aggregation: 'ratio', unitLabel: row.unitLabel, actual: c.value, denominator: c.denominator })
        : formatInteger(c.value);
  const r = data.data;
  // The period in the user's words (the API's periodLabel is the Vietnamese one the reports print).
  const periodText = r
    ? r.type === 'half_year'
      ? `${t(r.from.endsWith('-01-01') ? 'rpFirstHalf' : 'rpSecondHalf')} ${r.from.slice(0, 4)}`
      : r.type === 'year'
        ? `${t('rpType_year')} ${r.from.slice(0, 4)}`
        : `${formatDateVi(r.from)} – ${formatDateVi(r.to)}`
    : '';
  return (
    <>
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        {provinces.length > 1 && (
          <Select
            style={{ minWidth: 180 }}
            value={province?.id}
            onChange={setProvinceId}
            options={provinces.map((u) => ({ value: u.id, label: `${u.kind} ${u.name}` }))}
            aria-label={t('rpProvince')}
          />
        )}
        <Select
          style={{ width: 120 }}
          value={type}
          onChange={setType}
          options={(['half_year', 'year'] as const).map((k) => ({ value: k, label: t(`rpType_${k}`) }))}
          aria-label={t('rpType')}
        />
        <Select
          style={{ width: 100 }}
          value={year}
          onChange={setYear}
          options={years.map((y) => ({ value: y, label: String(y) }))}
          aria-label={t('rpYear')}
        />
        {type === 'half_year' && (
          <Select
            style={{ width: 170 }}
            value={half}
            onChange={setHalf}
            options={[
              { value: 1, label: t('rpFirstHalf') },
              { value: 2, label: t('rpSecondHalf') },
            ]}
            aria-label={t('rpHalf')}
          />
        )}
        {province && <Button href={`/api/v1/reports/rollup.xlsx?${q}`}>.xlsx</Button>}
      </Flex>
      {r && (
        <>
          <Typography.Paragraph>
            {t('rpSentCount')}:{' '}
            <strong>
              {r.submitted}/{r.communes.length}
            </strong>{' '}
            · {periodText}
          </Typography.Paragraph>
          <Table
            rowKey="unitId"
            size="small"
            pagination={false}
            scroll={{ x: true }}
            style={{ marginBottom: 16 }}
            dataSource={r.communes}
            columns={[
              { title: t('rpCommune'), dataIndex: 'name', render: (v: string, c) => `${c.kind} ${v}` },
              {
                title: t('rpStatus'),
                dataIndex: 'submitted',
                render: (v: boolean) => <Tag color={v ? 'green' : 'red'}>{t(v ? 'rpSent' : 'rpNotSent')}</Tag>,
              },
              {
                title: t('rpNumber'),
                key: 'n',
                render: (_: unknown, c) =>
                  c.report ? (
                    <Typography.Link onClick={() => onOpen(c.report?.id ?? '')}>
                      {c.report.number ?? t('rpOpen')}
                    </Typography.Link>
                  ) : (
                    '—'
                  ),
              },
              {
                title: t('rpIssueDate'),
                key: 'd',
                render: (_: unknown, c) => (c.report?.issuedDate ? formatDateVi(c.report.issuedDate) : ''),
              },
            ]}
          />
          <Table
            rowKey="key"
            size="small"
            bordered
            pagination={false}
            scroll={{ x: true }}
            dataSource={r.rows}
            columns={[
              { title: t('rpFigure'), dataIndex: 'label', fixed: 'left' as const, width: 200 },
              { title: t('rpUnitLabel'), dataIndex: 'unitLabel' },
              ...r.columns.map((c, i) => ({
                title: c.name,
                key: c.unitId,
                align: 'right' as const,
                render: (_: unknown, row: RollupRow) => fmt(row.cells[i] ?? null, row),
              })),
              {
                title: t('rpTotal'),
                key: 'total',
                align: 'right' as const,
                render: (_: unknown, row: RollupRow) => <strong>{fmt(row.total, row)}</strong>,
              },
              {
                title: t('rpTarget'),
                key: 'target',
                align: 'right' as const,
                render: (_: unknown, row: RollupRow) =>
                  row.total.target !== undefined ? formatInteger(row.total.target) : '',
              },
              {
                title: t('rpPercent'),
                key: 'pct',
                align: 'right' as const,
                render: (_: unknown, row: RollupRow) => (row.total.percent ? `${row.total.percent}%` : ''),
              },
            ]}
          />
        </>
      )}
      {!province && <Typography.Text type="secondary">{t('rpNoRollup')}</Typography.Text>}
    </>
  );
}
