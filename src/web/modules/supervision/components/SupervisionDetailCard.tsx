import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Flex, Grid, Input, Popconfirm, Steps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatDateVi } from '../../../../lib/dates';
import { ApiError } from '../../../lib/api';
import { useI18n } from '../../../i18n';
import {
  invalidateSupervision,
  NO_RIGHTS,
  STATUSES,
  updateSupervision,
  type Status,
  type SupervisionDetail,
} from '../api';
import { kindKey, statusColor, statusKey } from '../shared';

/** One supervision: its plan, status steps, findings. */
export function SupervisionDetailCard({ s, onEdit }: { s: SupervisionDetail; onEdit: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const screens = Grid.useBreakpoint();
  const [findings, setFindings] = useState(s.findings ?? '');
  const [findingsError, setFindingsError] = useState<string | null>(null);
  const dirty = findings.trim() !== (s.findings ?? '').trim();

  async function patch(body: Record<string, unknown>) {
    setFindingsError(null);
    try {
      await updateSupervision(s.id, body);
      message.success(t('saved'));
    } catch (e) {
      if (e instanceof ApiError && e.fields.findings) setFindingsError(e.fields.findings);
      else message.error(e instanceof Error ? e.message : String(e));
    }
    await invalidateSupervision(qc);
  }

  const can = s.can ?? NO_RIGHTS;
  const current = STATUSES.indexOf(s.status);
  const period =
    s.startDate === s.endDate ? formatDateVi(s.startDate) : `${formatDateVi(s.startDate)} – ${formatDateVi(s.endDate)}`;
  const next: Status | null = s.status === 'planned' ? 'in_progress' : s.status === 'in_progress' ? 'concluded' : null;

  return (
    <Card
      size="small"
      title={
        <Flex wrap gap={6} align="center">
          <Tag>{t(kindKey(s.kind))}</Tag>
          <Tag color={statusColor[s.status]}>{t(statusKey(s.status))}</Tag>
        </Flex>
      }
      extra={
        can.edit && (
          <Button size="small" onClick={onEdit}>
            {t('svEdit')}
          </Button>
        )
      }
    >
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {s.subject}
      </Typography.Title>
      <Steps
        size="small"
        current={current}
        responsive
        items={STATUSES.map((st) => ({ title: t(statusKey(st)) }))}
        style={{ marginBottom: 12 }}
      />
      <Descriptions
        size="small"
        column={1}
        bordered
        layout={screens.sm ? 'horizontal' : 'vertical'}
        items={[
          { key: 'target', label: t('svTarget'), children: s.target ?? '—' },
          { key: 'period', label: t('svPeriod'), children: period },
          {
            key: 'team',
            label: t('svTeam'),
            children: s.team.length
              ? s.team.map((m, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: read-only name/title text that may repeat
                  <div key={i}>{m.title ? `${m.name}, ${m.title}` : m.name}</div>
                ))
              : '—',
          },
          ...(s.content
            ? [
                {
                  key: 'content',
                  label: t('svContent'),
                  children: <span style={{ whiteSpace: 'pre-wrap' }}>{s.content}</span>,
                },
              ]
            : []),
        ]}
      />
      {s.status !== 'planned' && (
        <div style={{ marginTop: 12 }}>
          <Typography.Text strong>{t('svFindings')}</Typography.Text>
          {can.edit ? (
            <>
              <Input.TextArea
                value={findings}
                status={findingsError ? 'error' : undefined}
                onChange={(e) => setFindings(e.target.value)}
                maxLength={20000}
                autoSize={{ minRows: 3, maxRows: 12 }}
                style={{ marginTop: 4 }}
              />
              {findingsError && <Typography.Text type="danger">{findingsError}</Typography.Text>}
            </>
          ) : (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 4 }}>
              {s.findings ?? '—'}
            </Typography.Paragraph>
          )}
        </div>
      )}
      {can.edit && (
        <Flex wrap gap={8} style={{ marginTop: 12 }}>
          {s.status !== 'planned' && (
            <Button disabled={!dirty} onClick={() => void patch({ findings })}>
              {t('svSaveFindings')}
            </Button>
          )}
          {next === 'in_progress' && (
            <Button type="primary" onClick={() => void patch({ status: 'in_progress' })}>
              {t('svStart')}
            </Button>
          )}
          {next === 'concluded' && (
            <Popconfirm
              title={t('svConcludeConfirm')}
              okText={t('svConclude')}
              cancelText={t('cancel')}
              onConfirm={() => patch({ status: 'concluded', ...(dirty && { findings }) })}
            >
              <Button type="primary">{t('svConclude')}</Button>
            </Popconfirm>
          )}
        </Flex>
      )}
    </Card>
  );
}
