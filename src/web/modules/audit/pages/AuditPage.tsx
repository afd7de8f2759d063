import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { DATE_FORMATS } from '../../../lib/dates';
import { Button, Card, DatePicker, Select, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { formatDateTimeVi } from '../../../../lib/dates';
import { useI18n } from '../../../i18n';
import { userKeys, fetchUsers } from '../../users/api';
import { auditKeys, fetchAuditPage } from '../api';

const ENTITIES = ['unit', 'organization', 'user', 'session'];

export function AuditPage() {
  const { t } = useI18n();
  const [actorId, setActorId] = useState<string | undefined>();
  const [entity, setEntity] = useState<string | undefined>();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const users = useQuery({
    queryKey: userKeys.all,
    queryFn: fetchUsers,
  });

  const params = new URLSearchParams();
  if (actorId) params.set('actorId', actorId);
  if (entity) params.set('entity', entity);
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
    <Card title={t('audit')}>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={t('who')}
          style={{ minWidth: 200 }}
          value={actorId}
          onChange={setActorId}
          showSearch={{ optionFilterProp: 'label' }}
          options={(users.data ?? []).map((u) => ({ value: u.id, label: `${u.fullName} (${u.username})` }))}
        />
        <Select
          allowClear
          placeholder={t('entity')}
          style={{ minWidth: 160 }}
          value={entity}
          onChange={setEntity}
          options={ENTITIES.map((e) => ({ value: e, label: e }))}
        />
        <DatePicker.RangePicker
          format={DATE_FORMATS}
          value={range}
          onChange={(v) => setRange(v)}
          placeholder={[t('dateRange'), '']}
        />
      </Space>
      <Table
        rowKey="id"
        size="small"
        loading={audit.isLoading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: true }}
        expandable={{
          rowExpandable: (r) => r.before !== null || r.after !== null,
          expandedRowRender: (r) => (
            <Space align="start" wrap>
              <div>
                <Typography.Text strong>{t('before')}</Typography.Text>
                <pre style={{ whiteSpace: 'pre-wrap', maxWidth: 480 }}>{JSON.stringify(r.before, null, 2)}</pre>
              </div>
              <div>
                <Typography.Text strong>{t('after')}</Typography.Text>
                <pre style={{ whiteSpace: 'pre-wrap', maxWidth: 480 }}>{JSON.stringify(r.after, null, 2)}</pre>
              </div>
            </Space>
          ),
        }}
        columns={[
          { title: t('when'), dataIndex: 'at', render: (v: string) => formatDateTimeVi(v) },
          { title: t('who'), dataIndex: 'actorUsername' },
          { title: t('action'), dataIndex: 'action' },
          { title: t('entity'), dataIndex: 'entity' },
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
