import { Button, Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatDateVi } from '../../../../lib/dates';
import { useI18n } from '../../../i18n';
import { NewRecommendationModal, TransitionModal } from './RecommendationModals';
import { NO_RIGHTS, type RecStatus, type Recommendation, type SupervisionDetail } from '../api';
import { NEXT_REC, nextKey, recColor, recStatusKey } from '../shared';

/** Kiến nghị sau giám sát, each with where it stands, its answer, its history and the next step. */
export function RecommendationsCard({ s }: { s: SupervisionDetail }) {
  const { t } = useI18n();
  const [adding, setAdding] = useState(false);
  const [stepping, setStepping] = useState<{ rec: Recommendation; to: Exclude<RecStatus, 'issued'> } | null>(null);
  const can = s.can ?? NO_RIGHTS;
  const canAdd = can.addRecommendation;
  return (
    <Card
      size="small"
      title={`${t('svRecommendations')} (${s.recommendationList.length})`}
      extra={
        can.edit && (
          <Button
            size="small"
            disabled={!canAdd}
            title={canAdd ? undefined : t('svRecNotYet')}
            onClick={() => setAdding(true)}
          >
            + {t('svRecNew')}
          </Button>
        )
      }
    >
      {s.recommendationList.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={s.status === 'planned' ? t('svRecNotYet') : undefined}
        />
      ) : (
        <List
          dataSource={s.recommendationList}
          renderItem={(r) => {
            const next = NEXT_REC[r.status];
            return (
              <List.Item key={r.id} style={{ display: 'block' }}>
                <Typography.Paragraph style={{ marginBottom: 4, whiteSpace: 'pre-wrap' }}>
                  <strong>{r.position}.</strong> {r.content}
                </Typography.Paragraph>
                <Flex wrap gap={6} align="center">
                  <Tag color={recColor[r.status]}>{t(recStatusKey(r.status))}</Tag>
                  {r.overdue && <Tag color="red">{t('svOverdue')}</Tag>}
                  <Typography.Text type="secondary">
                    {r.addressee}
                    {r.dueDate ? ` · ${t('svRecDueDate')}: ${formatDateVi(r.dueDate)}` : ''}
                  </Typography.Text>
                  {can.edit && next && (
                    <Button
                      size="small"
                      type={next === 'answered' ? 'primary' : 'default'}
                      style={{ marginInlineStart: 'auto' }}
                      onClick={() => setStepping({ rec: r, to: next })}
                    >
                      {t(nextKey(next))}
                    </Button>
                  )}
                </Flex>
                {r.answer && (
                  <Typography.Paragraph style={{ margin: '6px 0 0', whiteSpace: 'pre-wrap' }}>
                    <Typography.Text strong>{t('svAnswer')}:</Typography.Text> {r.answer}
                  </Typography.Paragraph>
                )}
                <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', marginTop: 4 }}>
                  {t('svHistory')}:{' '}
                  {(r.history ?? [])
                    .map((h) => `${t(recStatusKey(h.to))} ${formatDateVi(h.date)}${h.note ? ` (${h.note})` : ''}`)
                    .join(' → ')}
                </Typography.Text>
              </List.Item>
            );
          }}
        />
      )}
      {adding && <NewRecommendationModal supervisionId={s.id} onClose={() => setAdding(false)} />}
      {stepping && <TransitionModal rec={stepping.rec} to={stepping.to} onClose={() => setStepping(null)} />}
    </Card>
  );
}
