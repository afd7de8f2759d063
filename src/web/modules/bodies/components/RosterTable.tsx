import { Button, Flex, Grid, List, Table, Tag, Typography } from 'antd';
import { formatDateVi } from '../../../../lib/dates';
import { useI18n } from '../../../i18n';
import type { Seat } from '../api';
import { type Places, placeName, positionKey } from '../shared';

type Props = {
  seats: Seat[];
  places: Places;
  /** False for a village's board, whose seats are all of its village. */
  showPlace: boolean;
  /** The body's last day, when its term has ended: seats ending then served their term, not left early. */
  endedOn: string | null;
  /** The "leaves" action, for those who keep a sitting body's roster. */
  onEnd?: (seat: Seat) => void;
};

/** Who sits on a body (or sat, on an ended term): a table on wide screens, a list on phones. */
export function RosterTable({ seats, places, showPlace, endedOn, onEnd }: Props) {
  const { t } = useI18n();
  const narrow = !Grid.useBreakpoint().md;
  const leftEarly = (s: Seat) => s.untilDate !== null && (endedOn === null || s.untilDate < endedOn);
  const place = (s: Seat) => (showPlace ? placeName(s, places) : '');
  const until = (s: Seat) =>
    s.untilDate ? `${formatDateVi(s.untilDate)}${s.endReason ? ` (${s.endReason})` : ''}` : '';

  if (narrow)
    return (
      <List
        size="small"
        bordered
        dataSource={seats}
        renderItem={(s) => (
          <List.Item style={{ display: 'block' }}>
            <Flex gap={6} align="flex-start" justify="space-between">
              <Flex wrap gap={6} align="center">
                <Typography.Text strong delete={leftEarly(s)}>
                  {s.fullName}
                </Typography.Text>
                <Tag color={leftEarly(s) ? 'default' : 'red'}>{t(positionKey(s.position))}</Tag>
                {leftEarly(s) && <Tag>{t('bdLeft')}</Tag>}
              </Flex>
              {onEnd && !s.untilDate && (
                <Button size="small" type="link" style={{ flex: 'none', paddingInline: 0 }} onClick={() => onEnd(s)}>
                  {t('bdEndSeat')}
                </Button>
              )}
            </Flex>
            {s.title && <div>{s.title}</div>}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[place(s), `${t('bdFrom')} ${formatDateVi(s.fromDate)}`, until(s)].filter(Boolean).join(' · ')}
            </Typography.Text>
          </List.Item>
        )}
      />
    );

  return (
    <Table<Seat>
      rowKey="id"
      size="small"
      dataSource={seats}
      pagination={false}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: t('bdNo'), key: 'no', width: 50, render: (_, __, i) => i + 1 },
        {
          title: t('bdName'),
          dataIndex: 'fullName',
          render: (v: string, s) => (
            <Typography.Text strong delete={leftEarly(s)}>
              {v}
            </Typography.Text>
          ),
        },
        { title: t('bdPosition'), dataIndex: 'position', render: (_, s) => t(positionKey(s.position)) },
        // Columns no seat fills are left out (a board's seats carry no printed title).
        ...(seats.some((s) => s.title) ? [{ title: t('bdSeatTitle'), dataIndex: 'title' }] : []),
        ...(seats.some((s) => place(s))
          ? [{ title: t('bdOrgOrVillage'), key: 'place', render: (_: unknown, s: Seat) => place(s) }]
          : []),
        { title: t('bdFrom'), dataIndex: 'fromDate', render: (v: string) => formatDateVi(v) },
        ...(seats.some((s) => s.untilDate)
          ? [{ title: t('bdUntil'), key: 'until', render: (_: unknown, s: Seat) => until(s) }]
          : []),
        ...(onEnd
          ? [
              {
                title: '',
                key: 'actions',
                render: (_: unknown, s: Seat) =>
                  !s.untilDate && (
                    <Button size="small" type="link" onClick={() => onEnd(s)}>
                      {t('bdEndSeat')}
                    </Button>
                  ),
              },
            ]
          : []),
      ]}
    />
  );
}
