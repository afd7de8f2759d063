import { useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Grid, Input, Select, Tag } from 'antd';
import { ResponsiveTable } from '../../../lib/responsive-table';
import { useState } from 'react';
import { formatDateTimeVi } from '../../../../lib/dates';
import type { Me } from '../../../lib/api';
import { useI18n, type Key } from '../../../i18n';
import { useOpenParam } from '../../../lib/url-params';
import { PostEditor } from '../components/PostEditor';
import { fetchPostCommunes, fetchPosts, postKeys, type PostKind, type PostStatus } from '../api';
import { POST_KINDS, POST_STATUSES, STATUS_COLORS } from '../shared';

/** Tin bài cổng thông tin: the commune's posts by status and kind, the editor, approval and publishing. */
export function PostsPage({ me }: { me: Me }) {
  void me;
  const { t } = useI18n();
  const communes = useQuery({
    queryKey: postKeys.communes,
    queryFn: fetchPostCommunes,
  });
  const [communeId, setCommuneId] = useState<string | undefined>();
  const commune =
    communes.data?.find((c) => c.id === communeId) ?? communes.data?.find((c) => c.canCreate) ?? communes.data?.[0];
  const [status, setStatus] = useState<PostStatus | undefined>();
  const [kind, setKind] = useState<PostKind | undefined>();
  const [q, setQ] = useState('');
  const [open, setOpen] = useOpenParam();
  const screens = Grid.useBreakpoint();

  const params = new URLSearchParams();
  if (commune) params.set('communeId', commune.id);
  if (status) params.set('status', status);
  if (kind) params.set('kind', kind);
  if (q.trim()) params.set('q', q.trim());
  const posts = useQuery({
    queryKey: postKeys.list(params),
    enabled: !!commune,
    queryFn: () => fetchPosts(params),
  });

  return (
    <Card title={t('psNav')}>
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        {(communes.data?.length ?? 0) > 1 && (
          <Select
            style={{ minWidth: 180, flex: '1 1 180px' }}
            value={commune?.id}
            onChange={setCommuneId}
            aria-label={t('psCommune')}
            options={communes.data?.map((c) => ({ value: c.id, label: `${c.kind} ${c.name}` }))}
          />
        )}
        <Select
          allowClear
          style={{ width: 150 }}
          placeholder={t('psStatus')}
          value={status}
          onChange={setStatus}
          options={POST_STATUSES.map((s) => ({ value: s, label: t(`psStatus_${s}` as Key) }))}
        />
        <Select
          allowClear
          style={{ width: 140 }}
          placeholder={t('psKind')}
          value={kind}
          onChange={setKind}
          options={POST_KINDS.map((k) => ({ value: k, label: t(`psKind_${k}` as Key) }))}
        />
        <Input.Search
          allowClear
          style={{ flex: '1 1 220px', minWidth: 0 }}
          placeholder={t('psSearch')}
          onSearch={setQ}
        />
        {commune?.canCreate && (
          <Button type="primary" onClick={() => setOpen('new')}>
            {t('psNew')}
          </Button>
        )}
      </Flex>
      <ResponsiveTable
        rowKey="id"
        size="small"
        loading={posts.isLoading || communes.isLoading}
        dataSource={posts.data ?? []}
        locale={{ emptyText: t('psEmpty') }}
        scroll={{ x: true }}
        pagination={{ pageSize: 30, hideOnSinglePage: true }}
        onRow={(r) => ({ onClick: () => setOpen(r.id), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: t('psTitle'),
            dataIndex: 'title',
            render: (v: string, r) => (
              <Flex gap={8} align="center">
                {r.coverThumbUrl && screens.md && (
                  <img
                    src={r.coverThumbUrl}
                    alt=""
                    width={48}
                    height={32}
                    style={{ objectFit: 'cover', borderRadius: 3 }}
                  />
                )}
                <strong>{v}</strong>
              </Flex>
            ),
          },
          {
            title: t('psKind'),
            dataIndex: 'kind',
            responsive: ['sm'],
            render: (v: PostKind) => t(`psKind_${v}` as Key),
          },
          {
            title: t('psStatus'),
            dataIndex: 'status',
            render: (v: PostStatus) => <Tag color={STATUS_COLORS[v]}>{t(`psStatus_${v}` as Key)}</Tag>,
          },
          {
            title: t('psDate'),
            key: 'date',
            responsive: ['sm'],
            render: (_: unknown, r) => {
              const when = r.publishedAt ?? r.updatedAt;
              return when ? formatDateTimeVi(when) : '';
            },
          },
          { title: t('psAuthor'), dataIndex: 'authorName', responsive: ['md'] },
          {
            title: '',
            key: 'open',
            card: 'actions',
            render: (_: unknown, r) =>
              r.publicUrl && (
                <a href={r.publicUrl} target="_blank" rel="noopener" onClick={(e) => e.stopPropagation()}>
                  {t('psOpenPortal')}
                </a>
              ),
          },
        ]}
      />
      {commune && (
        <PostEditor id={open} commune={commune} onClose={() => setOpen(null)} onSaved={(id) => setOpen(id)} />
      )}
    </Card>
  );
}
