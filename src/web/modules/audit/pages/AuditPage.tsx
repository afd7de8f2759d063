import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Button, Card, DatePicker, Input, Select, Space, Tag, Typography } from 'antd';
import { ResponsiveTable } from '../../../lib/responsive-table';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { recordPage } from '../../../lib/object-links';
import { formatDateTimeVi } from '../../../../lib/dates';
import { DATE_FORMATS } from '../../../lib/dates';
import { DownloadButton } from '../../../lib/file-buttons';
import { useI18n } from '../../../i18n';
import { fetchUsers, userKeys } from '../../users/api';
import { type AuditRow, auditKeys, fetchAuditPage } from '../api';
import { ACTIONS_EN, ENTITIES_EN, FIELDS_EN } from '../labels-en';

const ENTITIES: Record<string, string> = {
  unit: 'Đơn vị',
  organization: 'Tổ chức thành viên',
  user: 'Người dùng',
  person: 'Người',
  membership: 'Hội viên',
  household: 'Hộ',
  donation: 'Phiếu thu',
  meeting: 'Hội nghị',
  petition: 'Kiến nghị',
  post: 'Tin bài',
  report: 'Báo cáo',
  session: 'Phiên đăng nhập',
};

function Changes({ row }: { row: AuditRow }) {
  const { t, lang } = useI18n();
  if (row.changes.length === 0) return <Typography.Text type="secondary">{t('auNoChange')}</Typography.Text>;
  return (
    <ul style={{ margin: 0, paddingLeft: 16 }}>
      {row.changes.map((c) => (
        <li key={c.field}>
          <Typography.Text strong>{(lang === 'en' ? FIELDS_EN[c.field] : c.label) ?? c.field}:</Typography.Text>{' '}
          {c.before ?? '—'} → {c.after ?? '—'}
        </li>
      ))}
    </ul>
  );
}

export function AuditPage() {
  const { t, lang } = useI18n();
  const [search, setSearch] = useSearchParams();
  const [actor, setActor] = useState<string | undefined>();
  const [entity, setEntity] = useState<string | undefined>(search.get('entity') ?? undefined);
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const entityId = search.get('entityId') ?? '';
  const setEntityId = (id: string) => {
    const next = new URLSearchParams(search);
    if (id) next.set('entityId', id);
    else next.delete('entityId');
    setSearch(next);
  };
  const users = useQuery({ queryKey: userKeys.all, queryFn: fetchUsers });

  const params = new URLSearchParams();
  if (actor) params.set('actor', actor);
  if (entity) params.set('entity', entity);
  if (entityId) params.set('entityId', entityId);
  if (range?.[0]) params.set('from', range[0].format('YYYY-MM-DD'));
  if (range?.[1]) params.set('to', range[1].format('YYYY-MM-DD'));

  const audit = useInfiniteQuery({
    queryKey: auditKeys.list(params.toString()),
    initialPageParam: null as number | null,
    queryFn: ({ pageParam }) => fetchAuditPage(params, pageParam),
    getNextPageParam: (last) => last.nextBeforeId,
  });
  const rows = audit.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Card
      title={t('audit')}
      extra={<DownloadButton href={`/api/v1/audit/export.xlsx?${params}`}>{t('auExport')}</DownloadButton>}
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          aria-label={t('who')}
          placeholder={t('who')}
          style={{ minWidth: 220 }}
          value={actor}
          onChange={setActor}
          showSearch={{ optionFilterProp: 'label' }}
          options={(users.data ?? []).map((u) => ({ value: u.username, label: `${u.fullName} (${u.username})` }))}
        />
        <Select
          allowClear
          aria-label={t('entity')}
          placeholder={t('entity')}
          style={{ minWidth: 180 }}
          value={entity}
          onChange={setEntity}
          options={Object.entries(ENTITIES).map(([value, label]) => ({
            value,
            label: (lang === 'en' && ENTITIES_EN[value]) || label,
          }))}
        />
        <Input.Search
          allowClear
          aria-label={t('auRecordId')}
          placeholder={t('auRecordId')}
          style={{ width: 320 }}
          defaultValue={entityId}
          key={entityId}
          onSearch={(v) => setEntityId(v.trim())}
        />
        <DatePicker.RangePicker
          format={DATE_FORMATS}
          value={range}
          onChange={(v) => setRange(v)}
          // Each end named: an empty placeholder left the second input without a name (axe: critical).
          placeholder={[t('auFrom'), t('auTo')]}
        />
        {entityId && <Button onClick={() => setEntityId('')}>{t('auClearRecord')}</Button>}
      </Space>
      <ResponsiveTable
        rowKey="id"
        size="small"
        loading={audit.isLoading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: true }}
        columns={[
          { title: t('when'), dataIndex: 'at', width: 140, render: (v: string) => formatDateTimeVi(v) },
          { title: t('who'), dataIndex: 'actorUsername' },
          {
            title: t('action'),
            dataIndex: 'actionLabel',
            render: (label: string, r) => (
              <span title={r.action}>{(lang === 'en' && ACTIONS_EN[r.action]) || label}</span>
            ),
          },
          {
            title: t('auRecord'),
            key: 'record',
            render: (_: unknown, r: AuditRow) => {
              const page = r.entityId ? recordPage[r.entity]?.(r.entityId) : undefined;
              const name = r.entityName ?? r.entityId ?? '';
              return (
                <Space direction="vertical" size={0}>
                  <Tag>{(lang === 'en' && ENTITIES_EN[r.entity]) || r.entityLabel}</Tag>
                  {page ? <Link to={page}>{name}</Link> : <span>{name}</span>}
                  {r.entityId && r.entityId !== entityId && (
                    <Typography.Link onClick={() => setEntityId(r.entityId ?? '')}>{t('auHistory')}</Typography.Link>
                  )}
                </Space>
              );
            },
          },
          { title: t('auChanges'), key: 'changes', render: (_: unknown, r: AuditRow) => <Changes row={r} /> },
          { title: t('ip'), dataIndex: 'ip' },
        ]}
      />
      {audit.hasNextPage && (
        <Button style={{ marginTop: 12 }} onClick={() => audit.fetchNextPage()} loading={audit.isFetchingNextPage}>
          {t('loadMore')}
        </Button>
      )}
    </Card>
  );
}
