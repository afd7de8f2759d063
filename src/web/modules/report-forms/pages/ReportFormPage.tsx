import { Alert, App, Button, Card, Flex, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { formatDateVi } from '../../../../lib/dates';
import { DownloadButton } from '../../../lib/file-buttons';
import { useUnits } from '../../units/api';
import { useI18n } from '../../../i18n';
import { fmt } from '../../targets/shared';
import {
  cellColor,
  cellKey,
  invalidateReports,
  lateTextOf,
  startSubmission,
  statusColor,
  statusKey,
  useCompleteness,
  useFormUnits,
  useGrid,
  useReportForm,
} from '../api';
import { FormBuilder } from '../components/FormBuilder';
import { GridRange } from '../components/GridRange';
import { RemindButton } from '../components/RemindButton';

/** A refused range says which end is wrong (the server names `from` or `to`). */
const rangeError = (e: unknown) => {
  const fields = (e as { fields?: Record<string, string> }).fields ?? {};
  return Object.values(fields)[0] ?? (e instanceof Error ? e.message : String(e));
};

/**
 * One form: the completeness grid (units × periods), one period's list with the reminder for the Zalo group and the
 * exports, and the reports the user's own units owe, opened or started from here.
 */
export function ReportFormPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const form = useReportForm(id);
  const units = useFormUnits(id);
  const allUnits = useUnits();
  const [range, setRange] = useState<{ from: string; to: string } | null>(null);
  const grid = useGrid(id, range ? `from=${range.from}&to=${range.to}` : '');
  const periods = grid.data?.periods ?? [];
  const [chosen, setChosen] = useState<string | null>(null);
  const period = chosen ?? periods.at(-2)?.period ?? periods.at(-1)?.period ?? '';
  const completeness = useCompleteness(id, period);
  const [lateText, setLateText] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [exportUnit, setExportUnit] = useState<string | null>(null);
  const f = form.data;
  if (!f) return <Card loading />;
  const mine = (units.data?.items ?? []).filter((u) => u.canFill);
  const byUnit = new Map((completeness.data?.items ?? []).map((i) => [i.unitId, i]));

  async function open(unitId: string) {
    const found = byUnit.get(unitId);
    if (found?.submissionId) return navigate(`/report-submissions/${found.submissionId}`);
    try {
      const s = await startSubmission({ formId: id, unitId, period, values: {} });
      await invalidateReports(qc);
      navigate(`/report-submissions/${s.id}`);
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Card size="small">
        <Flex wrap gap={8} align="center">
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="rf-form-title">
            {f.title}
          </Typography.Title>
          <Typography.Text type="secondary">
            {f.ownerName} · {t('rfVersion')} {f.version}
          </Typography.Text>
          <Select
            data-testid="rf-period"
            style={{ width: 200, marginInlineStart: 'auto' }}
            value={period}
            onChange={(v: string) => setChosen(v)}
            options={[...periods].reverse().map((p) => ({ value: p.period, label: p.label }))}
          />
          {f.can.edit && <Button onClick={() => setEditing(true)}>{t('rfEdit')}</Button>}
          <DownloadButton href={`/api/v1/report-forms/${id}/template.xlsx`}>{t('rfTemplate')}</DownloadButton>
        </Flex>
      </Card>

      {mine.length > 0 && (
        <Card size="small" title={t('rfMyReports')}>
          <Space orientation="vertical" style={{ width: '100%' }}>
            {mine.map((u) => {
              const item = byUnit.get(u.unitId);
              return (
                <Flex key={u.unitId} gap={8} align="center" wrap data-testid="rf-my-unit">
                  <Typography.Text strong>{u.name}</Typography.Text>
                  <Tag color={statusColor[item?.status ?? 'missing']}>{t(statusKey(item?.status ?? 'missing'))}</Tag>
                  <Button
                    type="primary"
                    style={{ marginInlineStart: 'auto' }}
                    // The period and its reports must be known first: a click before would start the wrong one.
                    disabled={!period || !completeness.data}
                    onClick={() => void open(u.unitId)}
                  >
                    {item?.submissionId ? t('rfOpen') : t('rfStart')}
                  </Button>
                </Flex>
              );
            })}
          </Space>
        </Card>
      )}

      <Card size="small" title={`${t('rfGrid')} · ${periods.find((p) => p.period === period)?.label ?? ''}`}>
        <Flex wrap gap={8} style={{ marginBottom: 8 }}>
          <GridRange
            kind={f.periodKind}
            current={f.currentPeriod}
            from={range?.from ?? periods[0]?.period ?? ''}
            to={range?.to ?? periods.at(-1)?.period ?? ''}
            onChange={(r) => {
              setRange(r);
              setChosen(null);
            }}
          />
          {grid.error && (
            <Alert
              style={{ flexBasis: '100%' }}
              type="error"
              data-testid="rf-range-error"
              title={rangeError(grid.error)}
            />
          )}
        </Flex>
        <Flex wrap gap={8} style={{ marginBottom: 8 }}>
          <Button
            data-testid="rf-late-text"
            onClick={() => void lateTextOf(id, period).then((r) => setLateText(r.text))}
          >
            {t('rfLateText')}
          </Button>
          {grid.data?.can.remind && <RemindButton formId={id} period={period} mail={grid.data.mail} />}
          <DownloadButton href={`/api/v1/report-forms/${id}/export.xlsx?period=${period}`}>
            {t('rfExportPeriod')}
          </DownloadButton>
          <Select
            allowClear
            style={{ width: 200 }}
            placeholder={t('rfUnit')}
            value={exportUnit}
            onChange={(v: string | undefined) => setExportUnit(v ?? null)}
            options={(grid.data?.units ?? []).map((u) => ({ value: u.unitId, label: u.name }))}
          />
          {exportUnit && (
            <DownloadButton
              href={`/api/v1/report-forms/${id}/export.xlsx?unitId=${exportUnit}&from=${periods[0]?.period ?? ''}&to=${periods.at(-1)?.period ?? ''}`}
            >
              {t('rfExportUnit')}
            </DownloadButton>
          )}
        </Flex>
        {lateText !== null && (
          <Space orientation="vertical" style={{ width: '100%', marginBottom: 8 }}>
            <Input.TextArea
              data-testid="rf-late-message"
              value={lateText}
              readOnly
              autoSize={{ minRows: 3, maxRows: 12 }}
            />
            <Button
              onClick={() => void navigator.clipboard?.writeText(lateText).then(() => message.success(t('rfCopied')))}
            >
              {t('rfCopy')}
            </Button>
          </Space>
        )}
        {grid.data && (
          <>
            <Typography.Paragraph type="secondary" data-testid="rf-totals">
              {fmt(t('rfTotals'), grid.data.totals)}
            </Typography.Paragraph>
            <Table
              size="small"
              data-testid="rf-grid"
              pagination={false}
              scroll={{ x: true }}
              rowKey="unitId"
              dataSource={grid.data.units.map((u, i) => ({ ...u, cells: grid.data?.cells[i] ?? [] }))}
              columns={[
                { title: t('rfUnit'), dataIndex: 'name', fixed: 'left' as const, width: 160 },
                ...grid.data.periods.map((p, j) => ({
                  title: p.label,
                  key: p.period,
                  render: (_: unknown, row: { cells: (keyof typeof cellColor)[] }) => {
                    const c = row.cells[j] ?? 'open';
                    return (
                      <Tag color={cellColor[c]} title={`${t('rfDue')} ${formatDateVi(p.dueDate)}`}>
                        {t(cellKey(c))}
                      </Tag>
                    );
                  },
                })),
              ]}
            />
          </>
        )}
      </Card>
      {editing && (
        <FormBuilder
          owners={(allUnits.data ?? []).filter((u) => u.id === f.ownerUnitId)}
          form={f}
          onClose={() => setEditing(false)}
        />
      )}
    </Space>
  );
}
