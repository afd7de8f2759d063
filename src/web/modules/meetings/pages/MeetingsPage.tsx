import { Button, Card, DatePicker, Empty, Flex, Select, Space, Tag, Typography } from 'antd';
import { ResponsiveTable } from '../../../lib/responsive-table';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { formatDateVi } from '../../../../lib/dates';
import type { Me } from '../../../lib/api';
import { useUrlParams } from '../../../lib/url-params';
import { useI18n } from '../../../i18n';
import { MeetingDetailCard } from '../components/MeetingDetailCard';
import { MeetingFormModal } from '../components/MeetingFormModal';
import { MEETING_TYPES, useMeeting, useMeetings, type MeetingDetail, type MeetingItem, type MeetingType } from '../api';
import { STATUS_COLOR, statusKey, typeKey } from '../shared';
import { DATE_FORMATS, toIso } from '../../../lib/dates';
import { useUnits } from '../../units/api';

/**
 * "Hội nghị": the commune's meetings with filters; one meeting's delegates, attendance, minutes, conclusions and
 * documents.
 */
export function MeetingsPage({ me }: { me: Me }) {
  const { t } = useI18n();
  const units = useUnits();
  const unitList = units.data ?? [];
  const [params, set] = useUrlParams();
  const type = (MEETING_TYPES as readonly string[]).includes(params.get('type') ?? '')
    ? (params.get('type') as MeetingType)
    : undefined;
  const from = params.get('from') ?? undefined;
  const to = params.get('to') ?? undefined;
  const list = useMeetings({ type, from, to });
  const selectedId = params.get('meeting') ?? undefined;
  const selected = useMeeting(selectedId);
  const [form, setForm] = useState<{ editing?: MeetingDetail; n: number } | null>(null);

  // Who may create: GET /meetings carries no list-level flag, so a role reading (the server decides).
  const canCreate = me.roles.some((r) => r.role === 'admin' || r.role === 'standing' || r.role === 'village_lead');

  const open = (id: string) => {
    set({ meeting: id });
    // On a phone the detail sits under the list: bring it into view.
    setTimeout(
      () => document.getElementById('meeting-detail')?.scrollIntoView({ behavior: 'smooth', block: 'start' }),
      300,
    );
  };

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Card size="small" styles={{ body: { padding: 12 } }}>
        <Flex wrap gap={8} align="center">
          <Typography.Title level={4} style={{ margin: 0, marginRight: 8 }}>
            {t('mtNav')}
          </Typography.Title>
          <Select
            style={{ flex: '1 1 160px', maxWidth: 220 }}
            value={type ?? ''}
            onChange={(v: string) => set({ type: v })}
            options={[
              { value: '', label: t('mtTypeAll') },
              ...MEETING_TYPES.map((x) => ({ value: x, label: t(typeKey(x)) })),
            ]}
          />
          <DatePicker.RangePicker
            style={{ flex: '1 1 240px', maxWidth: 300 }}
            format={DATE_FORMATS}
            placeholder={[t('mtFrom'), t('mtTo')]}
            onChange={(r: [Dayjs | null, Dayjs | null] | null) =>
              set({ from: r?.[0] ? toIso(r[0]) : null, to: r?.[1] ? toIso(r[1]) : null })
            }
          />
          {canCreate && (
            <Button
              type="primary"
              style={{ marginInlineStart: 'auto' }}
              onClick={() => setForm((f) => ({ n: (f?.n ?? 0) + 1 }))}
            >
              {t('mtNew')}
            </Button>
          )}
        </Flex>
      </Card>
      <Card size="small">
        {!list.isLoading && (list.data ?? []).length === 0 ? (
          <Empty description={t('mtEmpty')} />
        ) : (
          <ResponsiveTable<MeetingItem>
            size="small"
            rowKey="id"
            loading={list.isLoading}
            dataSource={list.data ?? []}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            rowClassName={(r) => (r.id === selectedId ? 'ant-table-row-selected' : '')}
            onRow={(r) => ({ onClick: () => open(r.id), style: { cursor: 'pointer' } })}
            columns={[
              {
                title: t('mtDate'),
                dataIndex: 'date',
                width: 100,
                responsive: ['sm'],
                render: (d: string) => formatDateVi(d),
              },
              {
                title: t('mtTitle'),
                dataIndex: 'title',
                card: 'title',
                render: (title: string, r) => (
                  <>
                    <div>{title}</div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {[r.villageName ?? r.communeName, r.place].filter(Boolean).join(' · ')}
                    </Typography.Text>
                  </>
                ),
              },
              {
                title: t('mtType'),
                dataIndex: 'type',
                width: 120,
                responsive: ['sm'],
                render: (x: MeetingType) => <Tag>{t(typeKey(x))}</Tag>,
              },
              {
                title: t('status'),
                dataIndex: 'status',
                width: 110,
                responsive: ['sm'],
                render: (s: MeetingItem['status']) => <Tag color={STATUS_COLOR[s]}>{t(statusKey(s))}</Tag>,
              },
              {
                title: t('mtDelegatesCount'),
                width: 90,
                align: 'right',
                responsive: ['md'],
                render: (_: unknown, r) => `${r.delegatesAttended ?? 0}/${r.delegatesInvited ?? 0}`,
              },
              {
                title: t('mtNumber'),
                width: 150,
                responsive: ['md'],
                render: (_: unknown, r) => [r.invitationNumber, r.minutesNumber].filter(Boolean).join(', '),
              },
            ]}
          />
        )}
      </Card>
      <div id="meeting-detail" />
      {selected.data ? (
        <MeetingDetailCard
          meeting={selected.data}
          onEdit={() => setForm((f) => ({ editing: selected.data, n: (f?.n ?? 0) + 1 }))}
        />
      ) : (
        !selectedId &&
        (list.data ?? []).length > 0 && <Typography.Text type="secondary">{t('mtSelect')}</Typography.Text>
      )}
      {form && (
        <MeetingFormModal
          key={form.n}
          open
          units={unitList}
          editing={form.editing}
          onClose={() => setForm(null)}
          onSaved={(m) => {
            setForm(null);
            open(m.id);
          }}
        />
      )}
    </Space>
  );
}
