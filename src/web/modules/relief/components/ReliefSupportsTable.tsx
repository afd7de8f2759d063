import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, DatePicker, Drawer, Empty, Flex, Form, Input, Space, Tag, Typography } from 'antd';
import { ResponsiveTable } from '../../../lib/responsive-table';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { formatDateVi } from '../../../../lib/dates';
import { formatInteger, formatMoney } from '../../../../lib/numbers';
import { matchesVi } from '../../../../lib/vi-text';
import { exportXlsx } from '../../../lib/export-xlsx';
import { FormModal } from '../../../lib/form-modal';
import { useI18n } from '../../../i18n';
import {
  CategoryTags,
  categoryKey,
  invalidateRelief,
  kindKey,
  sourceText,
  useSupports,
  type HouseholdYear,
  type ReliefProgram,
  type ReliefSupport,
} from '../shared';
import { afterToday, DATE_FORMATS, today, toIso } from '../../../lib/dates';
import { fileSafe } from '../../../lib/downloads';
import { handOverSupport, reliefKeys, fetchHouseholdYear } from '../api';
import { BusyButton } from '../../../lib/file-buttons';

type Props = { program: ReliefProgram; canHandOver: (s: ReliefSupport) => boolean; canAdd: boolean; onAdd: () => void };

/** The programme's supports, by village then name, with hand-over marking and a household's year on click. */
export function ReliefSupportsTable({ program, canHandOver, canAdd, onAdd }: Props) {
  const { t } = useI18n();
  const supports = useSupports(program.id);
  const [filter, setFilter] = useState('');
  const [handing, setHanding] = useState<ReliefSupport | null>(null);
  const [yearOf, setYearOf] = useState<{ id: string; name: string } | null>(null);
  const rows = (supports.data ?? []).filter((s) =>
    matchesVi(`${s.headName} ${s.villageName} ${s.donorName ?? ''} ${s.fundName ?? ''}`, filter),
  );

  const exportRows = () =>
    exportXlsx(
      fileSafe(`${t('reliefSupports')} - ${program.name}`),
      t('reliefSupports'),
      [
        { header: 'STT', value: (r: ReliefSupport) => rows.indexOf(r) + 1, format: 'integer', width: 6 },
        { header: t('reliefHeadName'), value: (r) => r.headName, width: 28 },
        { header: t('reliefVillage'), value: (r) => r.villageName, width: 16 },
        {
          header: t('reliefCategory'),
          value: (r) => (r.categories ?? []).map((c) => t(categoryKey(c))).join(', '),
          width: 24,
        },
        {
          header: t('reliefKind'),
          value: (r) => `${t(kindKey(r.kind))}${r.description ? ` (${r.description})` : ''}`,
          width: 28,
        },
        { header: t('reliefAmount'), value: (r) => r.value, format: 'money', width: 18 },
        { header: t('reliefSource'), value: (r) => sourceText(r, t), width: 32 },
        {
          header: t('reliefHandOverDate'),
          value: (r) => (r.handedOverAt ? formatDateVi(r.handedOverAt) : ''),
          format: 'text',
          width: 14,
        },
        { header: t('reliefHandOverBy'), value: (r) => r.handedOverBy ?? '', width: 20 },
        { header: t('reliefOverrideReason'), value: (r) => r.overrideReason ?? '', width: 30 },
      ],
      rows,
    );

  return (
    <div>
      <Flex wrap gap={8} align="center" style={{ marginBottom: 8 }}>
        <Input.Search
          allowClear
          placeholder={t('searchHint')}
          onChange={(e) => setFilter(e.target.value)}
          style={{ flex: '1 1 200px', maxWidth: 320 }}
        />
        {canAdd && (
          <Button type="primary" onClick={onAdd}>
            {t('reliefAddSupport')}
          </Button>
        )}
        <BusyButton onClick={exportRows} disabled={rows.length === 0}>
          {t('reliefExport')}
        </BusyButton>
      </Flex>
      <ResponsiveTable<ReliefSupport>
        size="small"
        rowKey="id"
        loading={supports.isLoading}
        dataSource={rows}
        scroll={{ x: 980 }}
        pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
        columns={[
          { title: 'STT', width: 50, align: 'center', render: (_, __, i) => i + 1, card: 'hide' },
          {
            title: t('reliefHeadName'),
            dataIndex: 'headName',
            width: 200,
            card: 'title',
            render: (_, r) => (
              <Space orientation="vertical" size={0}>
                <Typography.Link onClick={() => setYearOf({ id: r.householdId, name: r.headName ?? '' })}>
                  {r.headName}
                </Typography.Link>
                <span>
                  <CategoryTags categories={r.categories ?? []} />
                  {r.overrideReason && (
                    <Tag color="gold" title={r.overrideReason}>
                      +
                    </Tag>
                  )}
                </span>
              </Space>
            ),
          },
          { title: t('reliefVillage'), dataIndex: 'villageName', width: 120 },
          {
            title: t('reliefKind'),
            width: 170,
            render: (_, r) => `${t(kindKey(r.kind))}${r.description ? ` (${r.description})` : ''}`,
          },
          {
            title: t('reliefAmount'),
            dataIndex: 'value',
            align: 'right',
            width: 120,
            render: (v: number) => formatInteger(v),
          },
          { title: t('reliefSource'), width: 210, render: (_, r) => sourceText(r, t) },
          {
            title: t('reliefHandedOver'),
            width: 150,
            render: (_, r) =>
              r.handedOverAt ? (
                <Typography.Text type="success" title={r.handedOverBy ?? ''}>
                  ✓ {formatDateVi(r.handedOverAt)}
                  {r.handedOverBy ? ` – ${r.handedOverBy}` : ''}
                </Typography.Text>
              ) : canHandOver(r) ? (
                <Button size="small" onClick={() => setHanding(r)}>
                  {t('reliefHandOver')}
                </Button>
              ) : (
                <Typography.Text type="secondary">{t('reliefNotHandedOver')}</Typography.Text>
              ),
          },
        ]}
      />
      <HandOverModal support={handing} onClose={() => setHanding(null)} />
      <HouseholdYearDrawer household={yearOf} year={Number(program.date.slice(0, 4))} onClose={() => setYearOf(null)} />
    </div>
  );
}

function HandOverModal({ support, onClose }: { support: ReliefSupport | null; onClose: () => void }) {
  return support ? <OpenHandOverModal support={support} onClose={onClose} /> : null;
}

function OpenHandOverModal({ support, onClose }: { support: ReliefSupport; onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ date: Dayjs; by: string }>();
  return (
    <FormModal
      title={`${t('reliefHandOver')}: ${support.headName}`}
      intro={
        <Typography.Paragraph>
          {t(kindKey(support.kind))} – {formatMoney(support.value)}
        </Typography.Paragraph>
      }
      form={form}
      name={`relief-hand-over-${support.id}`}
      initialValues={{ date: today() }}
      onClose={onClose}
      onSubmit={(v) => handOverSupport(support.id, { date: toIso(v.date), by: v.by.trim() })}
      refresh={() => invalidateRelief(qc)}
      onSaved={onClose}
    >
      <Form.Item name="date" label={t('reliefHandOverDate')} rules={[{ required: true, message: t('required') }]}>
        <DatePicker format={DATE_FORMATS} disabledDate={afterToday} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="by"
        label={t('reliefHandOverBy')}
        rules={[{ required: true, whitespace: true, message: t('required') }]}
      >
        <Input maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}

/** Everything one household received in the year, across programmes. */
function HouseholdYearDrawer({
  household,
  year,
  onClose,
}: {
  household: { id: string; name: string } | null;
  year: number;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [y, setY] = useState(year);
  const data = useQuery({
    queryKey: reliefKeys.householdYear(household?.id, y),
    enabled: household !== null,
    queryFn: () => fetchHouseholdYear(household?.id, y),
  });
  type Item = HouseholdYear['items'][number];
  return (
    <Drawer
      open={household !== null}
      onClose={onClose}
      title={`${t('reliefYearView')}: ${household?.name ?? ''}`}
      size="large"
      styles={{ body: { padding: 12 } }}
    >
      <Flex wrap gap={8} align="center" style={{ marginBottom: 8 }}>
        <Typography.Text>{t('reliefYear')}:</Typography.Text>
        <DatePicker
          picker="year"
          allowClear={false}
          onChange={(d) => d && setY(d.year())}
          placeholder={String(y)}
          style={{ width: 110 }}
        />
        {data.data && (
          <Typography.Text strong>
            {formatInteger(data.data.items.length)} {t('reliefCount').toLowerCase()}, {formatMoney(data.data.value)}
          </Typography.Text>
        )}
        <BusyButton
          size="small"
          disabled={!data.data?.items.length}
          onClick={() =>
            data.data &&
            exportXlsx(
              fileSafe(`${t('reliefYearView')} - ${household?.name ?? ''} - ${y}`),
              String(y),
              [
                { header: t('reliefProgram'), value: (r: Item) => r.programName, width: 40 },
                {
                  header: t('reliefProgramDate'),
                  value: (r) => formatDateVi(r.programDate),
                  format: 'text',
                  width: 12,
                },
                { header: t('reliefKind'), value: (r) => t(kindKey(r.kind)), width: 16 },
                { header: t('reliefAmount'), value: (r) => r.value, format: 'money', width: 18 },
                { header: t('reliefSource'), value: (r) => sourceText(r, t), width: 32 },
              ],
              data.data.items,
            )
          }
        >
          {t('reliefExport')}
        </BusyButton>
      </Flex>
      {data.data && <CategoryTags categories={data.data.household.categories} />}
      <ResponsiveTable<Item>
        size="small"
        rowKey="id"
        loading={data.isLoading}
        dataSource={data.data?.items ?? []}
        pagination={false}
        scroll={{ x: 640 }}
        columns={[
          { title: t('reliefProgram'), dataIndex: 'programName', width: 200 },
          {
            title: t('reliefProgramDate'),
            dataIndex: 'programDate',
            width: 100,
            render: (d: string) => formatDateVi(d),
          },
          { title: t('reliefKind'), render: (_, r) => t(kindKey(r.kind)), width: 110 },
          {
            title: t('reliefAmount'),
            dataIndex: 'value',
            align: 'right',
            width: 110,
            render: (v: number) => formatInteger(v),
          },
          { title: t('reliefSource'), render: (_, r) => sourceText(r, t) },
        ]}
      />
    </Drawer>
  );
}
