import { useQueryClient } from '@tanstack/react-query';
import { Badge, Calendar, Card, Checkbox, Grid, List, Space, Tabs, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { formatDateVi } from '../../../../lib/dates';
import { toIso } from '../../../lib/dates';
import { type Key, useI18n } from '../../../i18n';
import { fmt } from '../../targets/shared';
import { type CalendarTask, invalidateCalendar, markTask, useTasks } from '../api';
import { YearTemplate } from './YearTemplate';

function MonthView() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [month, setMonth] = useState<Dayjs>(dayjs());
  // On a phone the month is a small grid with a dot on each day something is due; the list below says what.
  const narrow = !Grid.useBreakpoint().md;
  const from = toIso(month.startOf('month'));
  const to = toIso(month.endOf('month'));
  const tasks = useTasks(from, to);
  const items = tasks.data?.items ?? [];
  const dueOn = (d: Dayjs) => items.filter((x) => x.dueDate === toIso(d));
  const who = (x: CalendarTask) => x.organizationName ?? x.unitName;
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Calendar
        fullscreen={!narrow}
        value={month}
        onPanelChange={(d) => setMonth(d)}
        onSelect={(d) => setMonth(d)}
        cellRender={(d, info) => {
          if (info.type !== 'date') return null;
          const due = dueOn(d);
          if (!due.length) return null;
          const titles = [...new Set(due.map((x) => x.title))];
          if (narrow) return <Badge status={due.every((x) => x.done) ? 'success' : 'warning'} />;
          return (
            <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {titles.slice(0, 3).map((title) => (
                <li key={title}>
                  <Badge
                    status={due.every((x) => x.title !== title || x.done) ? 'success' : 'warning'}
                    text={<span style={{ fontSize: 12 }}>{title}</span>}
                  />
                </li>
              ))}
            </ul>
          );
        }}
      />
      <Card size="small" title={<h2 className="card-heading">{t('clTasksOfMonth')}</h2>}>
        <List
          size="small"
          data-testid="calendar-tasks"
          loading={tasks.isLoading}
          locale={{ emptyText: t('clNoTasks') }}
          dataSource={items}
          renderItem={(x) => (
            <List.Item
              actions={[
                <Checkbox
                  key="done"
                  checked={x.done}
                  disabled={!x.can.mark}
                  onChange={async (e) => {
                    await markTask(x.id, e.target.checked);
                    await invalidateCalendar(qc);
                  }}
                >
                  {t('clDone')}
                </Checkbox>,
              ]}
            >
              <List.Item.Meta
                title={
                  <span>
                    <Tag color={x.kind === 'deadline' ? 'volcano' : 'blue'}>{t(`clKind_${x.kind}` as Key)}</Tag>
                    {x.title}
                  </span>
                }
                description={
                  <Typography.Text type="secondary">
                    {who(x)} · {fmt(t('clFromTo'), { from: formatDateVi(x.startDate), to: formatDateVi(x.dueDate) })}
                  </Typography.Text>
                }
              />
            </List.Item>
          )}
        />
      </Card>
    </Space>
  );
}

/** The front's year: the month's tasks of the user's units, and the province's calendar of the year. */
export function CalendarPage() {
  const { t } = useI18n();
  return (
    <Card size="small">
      <Tabs
        items={[
          { key: 'month', label: t('clMonth'), children: <MonthView /> },
          { key: 'year', label: t('clYear'), children: <YearTemplate /> },
        ]}
      />
    </Card>
  );
}
