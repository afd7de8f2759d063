import { Card, Empty, List, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { formatDateVi } from '../../../lib/dates';
import { recordPage } from '../../lib/object-links';
import { type Key, useI18n } from '../../i18n';
import { fmt } from '../targets/shared';
import type { AgendaGroup, AgendaItem } from './api';

/** What each kind of work opens: the record of an item, and the list behind "Xem tất cả". */
const GROUPS: Record<string, { record: string; list: string }> = {
  'petitions.due': { record: 'petition', list: '/petitions' },
  'tasks.due': { record: 'campaign', list: '/campaigns' },
  'rounds.owed': { record: 'round', list: '/rounds' },
  'rounds.missing': { record: 'round', list: '/rounds' },
  'recommendations.due': { record: 'supervision', list: '/supervision' },
  'posts.review': { record: 'post', list: '/posts' },
  'reports.draft': { record: 'report', list: '/reports' },
  'transfers.incoming': { record: 'transfer', list: '/members?tab=transfers' },
  'allocations.acknowledge': { record: 'allocation_line', list: '/funds' },
  'calendar.due': { record: 'calendar_task', list: '/calendar' },
  'reports.owed': { record: 'report_form', list: '/report-forms' },
  'reports.review': { record: 'report_submission', list: '/report-forms' },
};

const STATE_COLOR: Record<AgendaItem['state'], string> = { late: 'red', soon: 'gold', waiting: 'blue' };

function Item({ item, record }: { item: AgendaItem; record: string | undefined }) {
  const { t } = useI18n();
  const href = record ? recordPage[record]?.(item.id) : undefined;
  return (
    <List.Item style={{ display: 'block', paddingInline: 0 }}>
      <div style={{ display: 'flex', gap: 8, alignItems: 'baseline', flexWrap: 'wrap' }}>
        <Tag color={STATE_COLOR[item.state]} style={{ marginInlineEnd: 0 }}>
          {t(`tdState_${item.state}` as Key)}
        </Tag>
        {href ? <Link to={href}>{item.title}</Link> : <Typography.Text>{item.title}</Typography.Text>}
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {[item.detail, item.dueDate ? fmt(t('tdDue'), { date: formatDateVi(item.dueDate) }) : null]
          .filter(Boolean)
          .join(' · ')}
      </Typography.Text>
    </List.Item>
  );
}

/** The user's work, one card per kind, the kinds holding late work first (the server's order). */
export function AgendaList({ groups }: { groups: AgendaGroup[] }) {
  const { t } = useI18n();
  if (groups.length === 0)
    return (
      <Card title={<h2 className="card-heading">{t('tdWork')}</h2>} size="small">
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tdNothingDue')} />
      </Card>
    );
  return (
    <>
      {groups.map((g) => {
        const meta = GROUPS[g.key];
        return (
          <Card
            key={g.key}
            size="small"
            data-testid={`agenda-${g.key}`}
            title={<h2 className="card-heading">{t(`tdGroup_${g.key}` as Key)}</h2>}
            extra={meta && <Link to={meta.list}>{fmt(t('tdSeeAll'), { count: g.count })}</Link>}
            style={{ marginBottom: 12 }}
          >
            <List
              size="small"
              dataSource={g.items}
              rowKey={(i) => `${i.id}-${i.title}`}
              renderItem={(i) => <Item item={i} record={meta?.record} />}
            />
          </Card>
        );
      })}
    </>
  );
}
