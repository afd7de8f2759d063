import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Select, Tag } from 'antd';
import { useState } from 'react';
import { formatInteger } from '../../../../lib/numbers';
import type { Unit } from '../../../lib/api';
import { useMe } from '../../../lib/auth';
import { showApiError } from '../../../lib/forms';
import { ResponsiveTable } from '../../../lib/responsive-table';
import { useI18n } from '../../../i18n';
import {
  invalidateEvaluation,
  openCard,
  type Scorecard,
  stageColor,
  stageKey,
  useCriteriaSets,
  useScorecards,
} from '../api';
import { canOpenScorecardFor } from '../access';
import { ScorecardModal } from './ScorecardModal';
import { ScoringQueue } from './ScoringQueue';

/**
 * The scorecards of a year in the caller's scope — a province sees every commune's, side by side — with their total
 * against the pass score and where each stands in the chain; a card opens for scoring and its next step. Above them,
 * the cards waiting for the user (a province: what its communes sent up); the picker to open a card is offered only
 * for units the user may score.
 */
export function Scoring({ year, units }: { year: number; units: Unit[] }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const me = useMe();
  const cards = useScorecards(year);
  const sets = useCriteriaSets();
  const [openId, setOpenId] = useState<string | null>(null);
  const [unitId, setUnitId] = useState<string>();
  const yearSets = (sets.data ?? []).filter((s) => s.year === year);
  const scored = new Set((cards.data ?? []).map((c) => c.unitId));
  // Only the units the user may open a card for: a province user, who reviews, gets no picker at all.
  const candidates = units.filter(
    (u) =>
      yearSets.some((s) => s.target === u.level) &&
      !scored.has(u.id) &&
      Boolean(me.data && canOpenScorecardFor(me.data, units, u)),
  );
  const open = cards.data?.find((c) => c.id === openId) ?? null;

  async function start() {
    const unit = units.find((u) => u.id === unitId);
    const set = yearSets.find((s) => s.target === unit?.level);
    if (!unit || !set) return;
    try {
      const card = await openCard(set.id, unit.id);
      await invalidateEvaluation(qc);
      setUnitId(undefined);
      setOpenId(card.id);
    } catch (e) {
      message.error(showApiError(null, e));
    }
  }

  return (
    <>
      <ScoringQueue cards={cards.data ?? []} onOpen={setOpenId} />
      <Card size="small">
        {candidates.length > 0 && (
          <Flex wrap gap={8} style={{ marginBottom: 12 }}>
            <Select
              aria-label={t('evUnit')}
              style={{ minWidth: 200 }}
              placeholder={t('evUnit')}
              value={unitId}
              onChange={setUnitId}
              options={candidates.map((u) => ({ value: u.id, label: u.name }))}
            />
            <Button disabled={!unitId} onClick={() => void start()}>
              {t('evOpenCard')}
            </Button>
          </Flex>
        )}
        <ResponsiveTable<Scorecard>
          size="small"
          rowKey="id"
          loading={cards.isLoading}
          dataSource={cards.data ?? []}
          locale={{ emptyText: t('evNoCards') }}
          data-testid="evaluation-scorecards"
          onRow={(c) => ({ onClick: () => setOpenId(c.id), style: { cursor: 'pointer' } })}
          pagination={false}
          columns={[
            { title: t('evCommune'), dataIndex: 'communeName', width: 140 },
            { title: t('evUnit'), dataIndex: 'unitName', card: 'title' },
            {
              title: t('evTotal'),
              dataIndex: 'total',
              align: 'right',
              width: 90,
              render: (v: number, c) => `${formatInteger(v)}/${formatInteger(c.passScore)}`,
            },
            {
              title: t('evStage'),
              dataIndex: 'stage',
              width: 150,
              render: (s: Scorecard['stage']) => <Tag color={stageColor[s]}>{t(stageKey(s))}</Tag>,
            },
            {
              title: t('evRecognised'),
              dataIndex: 'recognised',
              width: 110,
              render: (r: boolean) => (r ? <Tag color="green">✓</Tag> : ''),
            },
          ]}
        />
        {open && <ScorecardModal card={open} onClose={() => setOpenId(null)} />}
      </Card>
    </>
  );
}
