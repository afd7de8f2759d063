import { Button, Card, Collapse, Empty, Flex, Popconfirm, Segmented, Space, Tag, Typography, App } from 'antd';
import { ResponsiveTable } from '../../../lib/responsive-table';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { formatDateVi } from '../../../../lib/dates';
import { formatInteger } from '../../../../lib/numbers';
import { compareVi } from '../../../../lib/vi-text';
import type { Me } from '../../../lib/api';
import { useI18n } from '../../../i18n';
import { IssueDocumentButton } from '../../register/components/IssueDocumentButton';
import { CommentModal } from '../components/CommentModal';
import { CreateConsultationModal } from '../components/CreateConsultationModal';
import {
  closeConsultation,
  invalidateConsultations,
  useComments,
  useConsultation,
  useConsultations,
  type Comment,
  type Consultation,
  type ConsultationDetail,
} from '../api';
import { articleTitle, GENERAL, kindKey, statusColor, statusKey, synthesisUrl } from '../shared';
import { useUnits } from '../../units/api';
import { isStandingFor } from '../../../lib/roles';
import { FileButtons } from '../../../lib/file-buttons';

type Filter = 'all' | 'open' | 'closed';

function CommentItem({ c }: { c: Comment }) {
  const { t } = useI18n();
  return (
    <div style={{ borderTop: '1px solid #f0f0f0', padding: '6px 0' }}>
      <Flex wrap gap={4} align="center">
        <Typography.Text strong>{c.author}</Typography.Text>
        <Tag>{t(kindKey(c.authorKind))}</Tag>
        {c.meetingTitle && c.authorKind !== 'meeting' && <Tag color="purple">{c.meetingTitle}</Tag>}
        {c.source === 'portal' && <Tag color="blue">{t('csFromPortal')}</Tag>}
        {c.contact && <Typography.Text type="secondary">{c.contact}</Typography.Text>}
      </Flex>
      {/* Text as typed: React escapes it; pre-wrap keeps the citizen's line breaks. */}
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{c.content}</Typography.Paragraph>
    </div>
  );
}

function Detail({ d, onComment }: { d: ConsultationDetail; onComment: (articleRef?: string) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const comments = useComments(d.id);
  // Comments on the draft as a whole come under GENERAL, the others under their article.
  const byArticle = new Map<string, Comment[]>();
  for (const c of comments.data ?? []) {
    const key = c.articleId ?? GENERAL;
    byArticle.set(key, [...(byArticle.get(key) ?? []), c]);
  }
  const general = byArticle.get(GENERAL) ?? [];

  async function close() {
    try {
      await closeConsultation(d.id);
      message.success(t('csClosed'));
      await invalidateConsultations(qc);
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <Card size="small" title={<span style={{ whiteSpace: 'normal' }}>{d.title}</span>} data-testid="cs-detail">
      <Flex wrap gap={8} align="center" style={{ marginBottom: 8 }}>
        <Tag color={statusColor(d.status)}>{t(statusKey(d.status))}</Tag>
        <Typography.Text type="secondary">
          {formatDateVi(d.opensOn)} – {formatDateVi(d.deadline)}
          {d.requestedBy ? ` · ${t('csRequestedBy')}: ${d.requestedBy}` : ''} · {formatInteger(d.comments)}{' '}
          {t('csCommentsCount')}
        </Typography.Text>
      </Flex>
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        {d.can.comment && (
          <Button type="primary" onClick={() => onComment()}>
            {t('csAddComment')}
          </Button>
        )}
        {d.can.close && (
          <Popconfirm title={t('csCloseConfirm')} okText={t('csClose')} cancelText={t('cancel')} onConfirm={close}>
            <Button danger>{t('csClose')}</Button>
          </Popconfirm>
        )}
        <Space wrap size={4}>
          <Typography.Text>{t('csSynthesis')}:</Typography.Text>
          <FileButtons exts={['docx', 'pdf'] as const} href={(ext) => synthesisUrl(d.id, ext)} />
          {d.can.issueSynthesis && <IssueDocumentButton path={`/consultations/${d.id}/synthesis`} />}
        </Space>
        {d.public && (
          <Button type="link" href={`/gop-y/${d.id}`} target="_blank" rel="noopener">
            {t('csPortalLink')}
          </Button>
        )}
      </Flex>
      <Collapse
        size="small"
        items={[
          {
            key: GENERAL,
            label: (
              <Flex justify="space-between" gap={8}>
                <span>{t('csGeneralTitle')}</span>
                <Tag color={d.generalComments ? 'orange' : 'default'} style={{ marginInlineEnd: 0 }}>
                  {formatInteger(d.generalComments)}
                </Tag>
              </Flex>
            ),
            children: (
              <>
                {general.length === 0 ? (
                  <Typography.Text type="secondary">{t('csNoComments')}</Typography.Text>
                ) : (
                  general.map((c) => <CommentItem key={c.id} c={c} />)
                )}
                {d.can.comment && (
                  <Button size="small" style={{ marginTop: 8 }} onClick={() => onComment(GENERAL)}>
                    {t('csAddGeneral')}
                  </Button>
                )}
              </>
            ),
          },
          ...d.articles.map((a) => {
            const list = byArticle.get(a.id) ?? [];
            return {
              key: a.id,
              label: (
                <Flex justify="space-between" gap={8}>
                  <span>{articleTitle(a)}</span>
                  <Tag color={a.comments ? 'orange' : 'default'} style={{ marginInlineEnd: 0 }}>
                    {formatInteger(a.comments ?? 0)}
                  </Tag>
                </Flex>
              ),
              children: (
                <>
                  <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
                    {a.text}
                  </Typography.Paragraph>
                  {list.length === 0 ? (
                    <Typography.Text type="secondary">{t('csNoComments')}</Typography.Text>
                  ) : (
                    list.map((c) => <CommentItem key={c.id} c={c} />)
                  )}
                  {d.can.comment && (
                    <Button size="small" style={{ marginTop: 8 }} onClick={() => onComment(a.ref)}>
                      {t('csAddComment')}
                    </Button>
                  )}
                </>
              ),
            };
          }),
        ]}
      />
    </Card>
  );
}

/** "Góp ý dự thảo": drafts put out for comment, their articles and comments, the synthesis report. */
export function ConsultationsPage({ me }: { me: Me }) {
  const { t } = useI18n();
  const units = useUnits();
  const unitList = units.data ?? [];
  const list = useConsultations();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const [commenting, setCommenting] = useState<{ articleRef?: string } | null>(null);
  const [filter, setFilter] = useState<Filter>('all');
  const items = (list.data ?? []).filter(
    (c) => filter === 'all' || (filter === 'open' ? c.status !== 'closed' : c.status === 'closed'),
  );
  const selectedId = params.get('id') ?? items[0]?.id;
  const detail = useConsultation(selectedId);
  const communes = unitList.filter((u) => u.level === 'commune').sort((a, b) => compareVi(a.name, b.name));
  // Where a draft may be put out: GET /consultations carries no list-level flag, so a role reading.
  const manageable = communes.filter((c) => isStandingFor(me, unitList, c.id));
  const select = (id: string) => setParams({ id }, { replace: true });

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Card size="small" styles={{ body: { padding: 12 } }}>
        <Flex wrap gap={8} align="center">
          <Typography.Title level={4} style={{ margin: 0, marginRight: 8 }}>
            {t('csNav')}
          </Typography.Title>
          <Segmented<Filter>
            value={filter}
            onChange={setFilter}
            options={[
              { value: 'all', label: t('csAll') },
              { value: 'open', label: t('csStatus_open') },
              { value: 'closed', label: t('csStatus_closed') },
            ]}
          />
          {manageable.length > 0 && (
            <Button type="primary" style={{ marginInlineStart: 'auto' }} onClick={() => setCreating(true)}>
              {t('csNew')}
            </Button>
          )}
        </Flex>
      </Card>
      {!list.isLoading && items.length === 0 ? (
        <Card>
          <Empty description={t('csEmpty')} />
        </Card>
      ) : (
        <Card size="small">
          <ResponsiveTable<Consultation>
            size="small"
            rowKey="id"
            dataSource={items}
            loading={list.isLoading}
            pagination={items.length > 10 ? { pageSize: 10 } : false}
            scroll={{ x: 560 }}
            rowClassName={(c) => (c.id === selectedId ? 'ant-table-row-selected' : '')}
            onRow={(c) => ({ onClick: () => select(c.id), style: { cursor: 'pointer' } })}
            columns={[
              { title: t('csTitle'), dataIndex: 'title' },
              {
                title: t('csStatus'),
                dataIndex: 'status',
                width: 130,
                render: (s: Consultation['status']) => <Tag color={statusColor(s)}>{t(statusKey(s))}</Tag>,
              },
              { title: t('csDeadline'), dataIndex: 'deadline', width: 100, render: (d: string) => formatDateVi(d) },
              { title: t('csArticles'), dataIndex: 'articles', width: 70, align: 'right' },
              {
                title: t('csComments'),
                dataIndex: 'comments',
                width: 70,
                align: 'right',
                render: (n: number) => formatInteger(n),
              },
            ]}
          />
        </Card>
      )}
      {detail.data && <Detail d={detail.data} onComment={(articleRef) => setCommenting({ articleRef })} />}
      {detail.data && commenting && (
        <CommentModal
          consultation={detail.data}
          articleRef={commenting.articleRef}
          onClose={() => setCommenting(null)}
        />
      )}
      <CreateConsultationModal
        open={creating}
        communes={manageable}
        onClose={() => setCreating(false)}
        onSaved={(id) => {
          setCreating(false);
          select(id);
        }}
      />
    </Space>
  );
}
