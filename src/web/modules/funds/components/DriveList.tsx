import { useQueries } from '@tanstack/react-query';
import { Button, Card, Col, Empty, Flex, Progress, Row, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatDateVi } from '../../../../lib/dates';
import { figure, percentLabel } from '../../../../lib/figure';
import { formatMoney } from '../../../../lib/numbers';
import { unitDisplayName } from '../../../../lib/units';
import type { Unit } from '../../../lib/api';
import { exportXlsx } from '../../../lib/export-xlsx';
import { useFigureText } from '../../../lib/figure-text';
import { useI18n } from '../../../i18n';
import { DriveFormModal } from './DriveFormModal';
import { NoticeButton } from './NoticeButton';
import { useDrives, type Drive, type Fund } from '../shared';
import { fileSafe } from '../../../lib/downloads';
import type { FundRights } from '../permissions';
import { fundKeys, fetchDriveSummary } from '../api';
import { BusyButton, DownloadButton } from '../../../lib/file-buttons';

type Props = { fund: Fund; rights: FundRights; units: Unit[]; onRecord: (driveId: string) => void };

/** The fund's drives, newest first, each with its total from the ledger against its target and its public page. */
export function DriveList({ fund, rights, units, onRecord }: Props) {
  const { t } = useI18n();
  const drives = useDrives(fund.id);
  const [creating, setCreating] = useState(false);
  const list = [...(drives.data ?? [])].sort((a, b) => b.from.localeCompare(a.from) || a.name.localeCompare(b.name));
  const summaries = useQueries({
    queries: list.map((d) => ({
      queryKey: fundKeys.driveSummary(d.id),
      queryFn: () => fetchDriveSummary(d.id),
    })),
  });
  const summaryOf = new Map(list.map((d, i) => [d.id, summaries[i]?.data]));
  const phrase = useFigureText();
  // The result in the user's words, from the summary's numbers (the API's `text` is the Vietnamese phrase).
  const resultText = (d: Drive) => {
    const s = summaryOf.get(d.id);
    return s
      ? phrase.figure({ aggregation: 'sum', unitLabel: 'đồng', actual: s.total, target: d.target ?? undefined })
      : undefined;
  };
  const unitName = (id: string) => {
    const u = units.find((x) => x.id === id);
    return u ? unitDisplayName(u) : null;
  };
  const assignedText = (d: Drive) => {
    if (!d.assignedBy) return null;
    return 'body' in d.assignedBy ? d.assignedBy.body : unitName(d.assignedBy.unitId);
  };

  const exportDrives = () =>
    exportXlsx(
      fileSafe(`${t('fundDrives')} - ${fund.name}`),
      t('fundDrives'),
      [
        { header: t('fundDriveName'), value: (d: Drive) => d.name, width: 50 },
        { header: t('fundDriveCode'), value: (d) => d.code, width: 14 },
        { header: t('fundFrom'), value: (d) => formatDateVi(d.from), format: 'text' },
        { header: t('fundTo'), value: (d) => formatDateVi(d.to), format: 'text' },
        { header: t('fundDriveTarget'), value: (d) => d.target, format: 'money', width: 20 },
        { header: t('fundDriveAssignedBy'), value: (d) => assignedText(d), width: 24 },
        { header: t('fundDriveTotal'), value: (d) => summaryOf.get(d.id)?.total, format: 'money', width: 20 },
        { header: t('fundDriveCash'), value: (d) => summaryOf.get(d.id)?.cash, format: 'money', width: 20 },
        { header: t('fundDriveGoods'), value: (d) => summaryOf.get(d.id)?.goods, format: 'money', width: 20 },
        { header: t('fundDriveCount'), value: (d) => summaryOf.get(d.id)?.count, format: 'integer' },
        { header: t('fundDrivePercent'), value: (d) => summaryOf.get(d.id)?.percent ?? null, format: 'percent' },
        { header: t('fundDriveResult'), value: (d) => resultText(d), width: 36 },
      ],
      list,
    );

  return (
    <>
      <Flex wrap gap={8} justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t('fundDrivesHint')}</Typography.Text>
        <Space wrap>
          <BusyButton onClick={exportDrives} disabled={list.length === 0}>
            {t('fundExport')}
          </BusyButton>
          {rights.manage && (
            <Button type="primary" onClick={() => setCreating(true)}>
              {t('fundDriveNew')}
            </Button>
          )}
        </Space>
      </Flex>
      {drives.isLoading && <Spin />}
      {!drives.isLoading && list.length === 0 && <Empty description={t('fundDriveEmpty')} />}
      <Row gutter={[12, 12]}>
        {list.map((d) => {
          const s = summaryOf.get(d.id);
          const f =
            s && d.target ? figure({ aggregation: 'sum', unitLabel: 'đồng', actual: s.total, target: d.target }) : null;
          const by = assignedText(d);
          return (
            <Col key={d.id} xs={24} md={12} xl={8}>
              <Card
                size="small"
                style={{ height: '100%' }}
                data-testid={`drive-${d.code}`}
                title={<span style={{ whiteSpace: 'normal' }}>{d.name}</span>}
                styles={{ header: { paddingTop: 8, paddingBottom: 8 } }}
              >
                <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                  <Flex wrap gap={6} align="center">
                    <Tag color="red" style={{ fontFamily: 'monospace' }}>
                      {d.code}
                    </Tag>
                    <Typography.Text type="secondary">
                      {formatDateVi(d.from)} – {formatDateVi(d.to)}
                    </Typography.Text>
                  </Flex>
                  {d.target !== null && (
                    <Typography.Text type="secondary">
                      {t('fundDriveTarget')}: {formatMoney(d.target)}
                      {by ? ` (${by} ${t('fundDriveAssignedSuffix')})` : ''}
                    </Typography.Text>
                  )}
                  <Typography.Text strong style={{ fontSize: 16 }} data-testid="drive-summary">
                    {resultText(d) ?? '…'}
                  </Typography.Text>
                  {f?.percent != null && f.rounded !== null && (
                    <Progress
                      percent={Math.min(100, f.percent)}
                      status={f.met ? 'success' : 'active'}
                      format={() => percentLabel(f.rounded ?? '')}
                      aria-label={`${d.name} — ${percentLabel(f.rounded ?? '')}`}
                    />
                  )}
                  {s && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {s.count} {t('fundDriveCountSuffix')} · {t('fundDriveCash')} {formatMoney(s.cash)}
                      {s.goods > 0 ? ` · ${t('fundDriveGoods')} ${formatMoney(s.goods)}` : ''}
                    </Typography.Text>
                  )}
                  <Flex wrap gap={8} style={{ marginTop: 4 }}>
                    <Button size="small" href={`/cong-khai/${d.id}`} target="_blank" rel="noopener">
                      {t('fundPublicPage')}
                    </Button>
                    <DownloadButton size="small" href={`/cong-khai/${d.id}.xlsx`}>
                      {t('fundPublicXlsx')}
                    </DownloadButton>
                    <DownloadButton size="small" href={`/cong-khai/${d.id}.pdf`} open>
                      {t('fundPublicPdf')}
                    </DownloadButton>
                    <NoticeButton driveId={d.id} summary={s} />
                    {rights.record && (
                      <Button size="small" type="primary" ghost onClick={() => onRecord(d.id)}>
                        {t('fundReceiptNew')}
                      </Button>
                    )}
                  </Flex>
                </Space>
              </Card>
            </Col>
          );
        })}
      </Row>
      <DriveFormModal open={creating} fund={fund} units={units} onClose={() => setCreating(false)} />
    </>
  );
}
