import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Image,
  Popconfirm,
  Row,
  Space,
  Steps,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { amountInWords } from '../../../../lib/amount-in-words';
import { formatDateVi } from '../../../../lib/dates';
import { formatInteger } from '../../../../lib/numbers';
import { DownloadButton } from '../../../lib/file-buttons';
import { ResponsiveTable } from '../../../lib/responsive-table';
import type { Key } from '../../../i18n';
import { useI18n } from '../../../i18n';
import {
  type HousingCaseDetail,
  type HousingFunding,
  invalidateHousing,
  kindKey,
  removeFunding,
  sourceKey,
  stageColor,
  stageKey,
  uploadPhoto,
  useHousingCase,
} from '../api';
import { FundingModal } from '../components/FundingModal';
import { type Move, MOVE_LABELS, MoveModal } from '../components/MoveModal';

const MINUTES_LABELS: Record<HousingCaseDetail['minutes'][number]['kind'], Key> = {
  survey: 'hsMinutesSurvey',
  acceptance: 'hsMinutesAcceptance',
  handover: 'hsMinutesHandover',
};
const NEXT: Partial<Record<HousingCaseDetail['stage'], Move>> = {
  surveyed: 'approve',
  approved: 'start',
  building: 'hand_over',
  paused: 'resume',
};

/** One house: its stages, the money and where it comes from, photos per stage, the minutes to print. */
export function HousingCasePage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const q = useHousingCase(id);
  const c = q.data;
  const [move, setMove] = useState<Move | null>(null);
  const [funding, setFunding] = useState(false);
  if (!c) return <Card loading={q.isLoading}>{q.error ? String(q.error.message) : null}</Card>;

  const working = c.stage === 'paused' && c.pausedFrom ? c.pausedFrom : c.stage;
  const current = c.timeline.findIndex((s) => s.stage === working);
  const next = NEXT[c.stage];
  const missing = (c.requiredAmount ?? 0) - c.funded;

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Card size="small">
        <Link to="/housing">← {t('hsBack')}</Link>
        <Flex wrap gap={8} align="center" style={{ marginTop: 8 }}>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="housing-case-title">
            {c.headName}
          </Typography.Title>
          <Typography.Text type="secondary">{c.villageName}</Typography.Text>
          <Tag>{t(kindKey(c.kind))}</Tag>
          <Tag color={stageColor[c.stage]} data-testid="housing-case-stage">
            {t(stageKey(c.stage))}
          </Tag>
          <Space wrap style={{ marginInlineStart: 'auto' }}>
            {c.can.move && next && (
              <Button type="primary" onClick={() => setMove(next)}>
                {t(MOVE_LABELS[next])}
              </Button>
            )}
            {c.can.move && c.stage !== 'paused' && <Button onClick={() => setMove('pause')}>{t('hsMovePause')}</Button>}
            {!c.can.move && !c.can.edit && !c.can.addPhoto && <Tag>{t('hsReadOnly')}</Tag>}
          </Space>
        </Flex>
        {c.stage === 'paused' && c.pausedOn && (
          <Alert
            style={{ marginTop: 8 }}
            type="warning"
            title={t('hsPausedBecause')
              .replace('{date}', formatDateVi(c.pausedOn))
              .replace('{reason}', c.pauseReason ?? '')}
          />
        )}
      </Card>
      <Card size="small" title={t('hsTimeline')}>
        <Steps
          size="small"
          current={current}
          items={c.timeline.map((s, i) => ({
            title: t(stageKey(s.stage)),
            content: s.date ? formatDateVi(s.date) : '—',
            // Each step says where it stands: done, the one in hand (stopped when paused), or still ahead.
            status:
              i < current || (i === current && c.stage === 'handed_over')
                ? ('finish' as const)
                : i === current
                  ? c.stage === 'paused'
                    ? ('error' as const)
                    : ('process' as const)
                  : ('wait' as const),
          }))}
        />
        {c.description && (
          <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }}>
            <Typography.Text strong>{t('hsDescription')}: </Typography.Text>
            {c.description}
          </Typography.Paragraph>
        )}
      </Card>
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={14}>
          <FundingCard c={c} onAdd={() => setFunding(true)} missing={missing} />
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('hsMinutes')}>
            <Space orientation="vertical">
              {c.minutes.map((m) => (
                <DownloadButton
                  key={m.kind}
                  href={m.url}
                  disabled={!m.available}
                  data-testid={`housing-minutes-${m.kind}`}
                >
                  {t(MINUTES_LABELS[m.kind])} (.docx)
                </DownloadButton>
              ))}
            </Space>
          </Card>
        </Col>
      </Row>
      <PhotosCard c={c} />
      {move && <MoveModal c={c} move={move} onClose={() => setMove(null)} />}
      {funding && <FundingModal c={c} onClose={() => setFunding(false)} />}
    </Space>
  );
}

function FundingCard({ c, onAdd, missing }: { c: HousingCaseDetail; onAdd: () => void; missing: number }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const { message } = App.useApp();
  return (
    <Card
      size="small"
      title={t('hsFundings')}
      extra={
        c.can.fund && (
          <Button size="small" onClick={onAdd}>
            {t('hsAddFunding')}
          </Button>
        )
      }
    >
      <ResponsiveTable<HousingFunding>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={c.fundings}
        locale={{ emptyText: t('hsNoFunding') }}
        columns={[
          {
            title: t('hsSource'),
            key: 'source',
            card: 'title',
            render: (_: unknown, f: HousingFunding) =>
              `${t(sourceKey(f.source))}${f.donorName ? `: ${f.donorName}` : ''}${f.fundName && f.source === 'fund' && f.fundName !== t('hsSourceFund') ? ` (${f.fundName})` : ''}${f.payoutNo ? ` — ${f.payoutNo}` : ''}`,
          },
          {
            title: t('hsAmount'),
            dataIndex: 'amount',
            align: 'right',
            width: 140,
            render: (v: number) => formatInteger(v),
          },
          ...(c.can.fund
            ? [
                {
                  key: 'actions',
                  width: 70,
                  render: (_: unknown, f: HousingFunding) => (
                    <Popconfirm
                      title={t('hsRemove')}
                      onConfirm={() =>
                        removeFunding(c.id, f.id)
                          .then(() => invalidateHousing(qc))
                          .catch((e: Error) => message.error(e.message))
                      }
                    >
                      <Button size="small" danger type="link">
                        {t('hsRemove')}
                      </Button>
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Descriptions size="small" column={1} style={{ marginTop: 8 }} data-testid="housing-totals">
        <Descriptions.Item label={t('hsFundedTotal')}>
          {/* One line of text: the item lays its children out as flex items, which would drop the space between. */}
          <span>
            <Typography.Text strong>{formatInteger(c.funded)} đồng</Typography.Text>{' '}
            <Typography.Text type="secondary">({amountInWords(c.funded)})</Typography.Text>
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('hsRequired')}>
          {c.requiredAmount === null ? '—' : `${formatInteger(c.requiredAmount)} đồng`}
        </Descriptions.Item>
        {c.requiredAmount !== null && missing > 0 && (
          <Descriptions.Item label={t('hsMissing')}>
            <Typography.Text type="danger">{formatInteger(missing)} đồng</Typography.Text>
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}

function PhotosCard({ c }: { c: HousingCaseDetail }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const working = c.stage === 'paused' && c.pausedFrom ? c.pausedFrom : c.stage;
  const stages = c.timeline.filter((s) => s.date || c.photos.some((p) => p.stage === s.stage));
  return (
    <Card
      size="small"
      title={t('hsPhotos')}
      extra={
        c.can.addPhoto && (
          <Upload
            accept="image/jpeg,image/png,image/webp"
            showUploadList={false}
            customRequest={({ file, onSuccess, onError }) => {
              uploadPhoto(c.id, file as File, working)
                .then((r) => {
                  onSuccess?.(r);
                  void invalidateHousing(qc);
                })
                .catch((e: Error) => {
                  onError?.(e);
                  void message.error(e.message);
                });
            }}
          >
            <Button size="small">{t('hsAddPhoto')}</Button>
          </Upload>
        )
      }
    >
      {c.photos.length === 0 && <Typography.Text type="secondary">{t('hsNoPhotos')}</Typography.Text>}
      {stages.map((s) => {
        const photos = c.photos.filter((p) => p.stage === s.stage);
        if (photos.length === 0) return null;
        return (
          <div key={s.stage} style={{ marginBottom: 8 }}>
            <Typography.Text strong>{t(stageKey(s.stage))}</Typography.Text>
            <Flex wrap gap={8} style={{ marginTop: 4 }}>
              <Image.PreviewGroup>
                {photos.map((p) => (
                  <Image key={p.id} width={120} src={p.thumbUrl} preview={{ src: p.url }} alt={p.caption ?? ''} />
                ))}
              </Image.PreviewGroup>
            </Flex>
          </div>
        );
      })}
    </Card>
  );
}
