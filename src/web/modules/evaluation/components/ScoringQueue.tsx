import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatInteger } from '../../../../lib/numbers';
import { showApiError } from '../../../lib/forms';
import { useI18n } from '../../../i18n';
import { actionKey, invalidateEvaluation, moveCard, type Scorecard, stageColor, stageKey } from '../api';

/**
 * The scorecards waiting for the user — for the province, what its communes sent up: each with its total against the
 * pass score and the steps the server offers on it (`can.actions`). Approving or publishing is one click; returning
 * needs a comment, so it opens the card.
 */
export function ScoringQueue({ cards, onOpen }: { cards: Scorecard[]; onOpen: (id: string) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [busy, setBusy] = useState<string | null>(null);
  const waiting = cards.filter((c) => c.can.actions.length > 0);
  if (waiting.length === 0) return null;

  async function move(card: Scorecard, action: Scorecard['can']['actions'][number]) {
    setBusy(card.id);
    try {
      await moveCard(card.id, action);
      message.success(t('saved'));
      await invalidateEvaluation(qc);
    } catch (e) {
      message.error(showApiError(null, e));
    } finally {
      setBusy(null);
    }
  }

  return (
    <Card size="small" title={t('evToAct')} style={{ marginBottom: 12 }}>
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('evToActHint')}
      </Typography.Paragraph>
      <List
        size="small"
        data-testid="evaluation-to-act"
        dataSource={waiting}
        renderItem={(c) => (
          <List.Item
            actions={[
              ...c.can.actions
                .filter((a) => a !== 'return')
                .map((a) => (
                  <Button key={a} size="small" type="primary" loading={busy === c.id} onClick={() => void move(c, a)}>
                    {t(actionKey(a))}
                  </Button>
                )),
              <Button key="open" size="small" onClick={() => onOpen(c.id)}>
                {c.can.actions.includes('return') ? `${t('evOpenToReview')}` : t('evOpen')}
              </Button>,
            ]}
          >
            <Flex wrap gap={8} align="center">
              <Typography.Text strong>
                {c.target === 'commune' ? c.unitName : `${c.unitName}, ${c.communeName}`}
              </Typography.Text>
              <Tag>{t(c.target === 'commune' ? 'evTargetCommune' : 'evTargetVillage')}</Tag>
              <span>
                {t('evTotal')}: {formatInteger(c.total)}/{formatInteger(c.passScore)}
              </span>
              <Tag color={stageColor[c.stage]}>{t(stageKey(c.stage))}</Tag>
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}
