import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Flex, List, Popconfirm, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { formatDateVi } from '../../../../lib/dates';
import { DownloadButton } from '../../../lib/file-buttons';
import { type Key, useI18n } from '../../../i18n';
import { fmt } from '../../targets/shared';
import {
  draftNewsPost,
  type FestivalDetail,
  invalidateFestivals,
  issueReport,
  removeCommendation,
  useFestival,
  useFestivalReport,
} from '../api';
import { CommendationModal } from '../components/CommendationModal';
import { PlanModal } from '../components/PlanModal';

function Report({ id }: { id: string }) {
  const { t } = useI18n();
  const report = useFestivalReport(id);
  if (!report.data) return <Spin />;
  const r = report.data;
  return (
    <div data-testid="festival-report">
      <Typography.Title level={5} style={{ textAlign: 'center', marginBottom: 0 }}>
        {r.title}
      </Typography.Title>
      <Typography.Paragraph strong style={{ textAlign: 'center' }}>
        {r.subtitle}
      </Typography.Paragraph>
      {r.sections.map((s) => (
        <div key={s.heading}>
          <Typography.Text strong>{s.heading}</Typography.Text>
          {s.paragraphs.map((p) => (
            <Typography.Paragraph key={p} style={{ textIndent: '1.27em', marginBottom: 6 }}>
              {p}
            </Typography.Paragraph>
          ))}
          {s.list.length > 0 && (
            <ul>
              {s.list.map((x) => (
                <li key={x}>{x}</li>
              ))}
            </ul>
          )}
        </div>
      ))}
      <Typography.Text type="secondary">{t('fvFigures')}: </Typography.Text>
      {r.figures.map((f) => (
        <Tag key={f.key}>
          {f.label}: {f.text}
        </Tag>
      ))}
    </div>
  );
}

/** One village's festival: the plan, the commended, the report read at the ceremony, the news post after it. */
export function FestivalPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const { id = '' } = useParams();
  const q = useFestival(id);
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const [drafting, setDrafting] = useState(false);
  const [issuing, setIssuing] = useState(false);
  if (!q.data) return <Spin />;
  const f: FestivalDetail = q.data;

  async function draft() {
    setDrafting(true);
    try {
      const post = await draftNewsPost(f.id);
      void message.success(fmt(t('fvNewsDrafted'), { title: post.title }));
      await invalidateFestivals(qc);
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setDrafting(false);
    }
  }

  async function issue() {
    setIssuing(true);
    try {
      const out = await issueReport(f.id);
      void message.success(fmt(t('fvIssuedDone'), { number: out.report?.number ?? '' }));
      await invalidateFestivals(qc);
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setIssuing(false);
    }
  }

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Link to="/festivals">← {t('fvBack')}</Link>
      <Card
        size="small"
        title={
          <h2 className="card-heading">
            {t('fvNav')} {f.year} — {f.villageName}
          </h2>
        }
        extra={
          f.can.edit && (
            <Button onClick={() => setEditing(true)} data-testid="festival-edit">
              {t('fvEditPlan')}
            </Button>
          )
        }
      >
        <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
          <Descriptions.Item label={t('fvDate')}>
            {formatDateVi(f.date)}
            {f.startTime ? `, ${f.startTime}` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('fvPlace')}>{f.place}</Descriptions.Item>
          <Descriptions.Item label={t('fvPresenter')}>{f.presenter ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('fvNewsPost')}>
            {f.newsPost ? (
              <Link to="/posts">
                {f.newsPost.title} <Tag>{t(`psStatus_${f.newsPost.status}` as Key)}</Tag>
              </Link>
            ) : (
              '—'
            )}
          </Descriptions.Item>
        </Descriptions>
        {f.programme.length > 0 && (
          <>
            <Typography.Text strong>{t('fvPlan')}</Typography.Text>
            <ol>
              {f.programme.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ol>
          </>
        )}
      </Card>
      <Card
        size="small"
        title={<h2 className="card-heading">{t('fvList')}</h2>}
        extra={
          f.can.editReport && (
            <Button onClick={() => setAdding(true)} data-testid="festival-add-commended">
              {t('fvAddCommended')}
            </Button>
          )
        }
      >
        <List
          size="small"
          data-testid="festival-commended"
          dataSource={f.commendations}
          renderItem={(c, i) => (
            <List.Item
              actions={
                f.can.editReport
                  ? [
                      <Popconfirm
                        key="remove"
                        title={t('fvRemove')}
                        onConfirm={async () => {
                          await removeCommendation(f.id, c.id);
                          await invalidateFestivals(qc);
                        }}
                      >
                        <Button size="small" type="link" danger>
                          {t('fvRemove')}
                        </Button>
                      </Popconfirm>,
                    ]
                  : []
              }
            >
              <List.Item.Meta
                title={`${i + 1}. ${c.kind === 'household' ? `${t('fvKindHousehold')} ${c.name}` : c.name}`}
                description={c.reason}
              />
            </List.Item>
          )}
        />
      </Card>
      <Card
        size="small"
        title={<h2 className="card-heading">{f.report ? t('fvReportIssued') : t('fvReport')}</h2>}
        extra={
          <Flex gap={8} wrap>
            <DownloadButton href={f.reportUrl}>{t('fvReportDocx')}</DownloadButton>
            {f.can.issue && (
              <Popconfirm title={t('fvIssueConfirm')} onConfirm={() => issue()}>
                <Button loading={issuing} data-testid="festival-issue">
                  {t('fvIssue')}
                </Button>
              </Popconfirm>
            )}
            {f.can.draftNews && (
              <Button type="primary" loading={drafting} onClick={() => void draft()} data-testid="festival-draft-news">
                {t('fvDraftNews')}
              </Button>
            )}
          </Flex>
        }
      >
        {f.report && (
          <Tag color="green" data-testid="festival-issued" style={{ marginBottom: 8 }}>
            {fmt(t('fvIssuedAs'), { number: f.report.number, date: formatDateVi(f.report.date) })}
          </Tag>
        )}
        <Report id={f.id} />
      </Card>
      {editing && (
        <PlanModal villages={[]} festival={f} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />
      )}
      {adding && <CommendationModal festivalId={f.id} onClose={() => setAdding(false)} />}
    </Space>
  );
}
