import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Input, InputNumber, Modal, Table, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { formatDateTimeVi } from '../../../../lib/dates';
import { formatInteger } from '../../../../lib/numbers';
import { api } from '../../../lib/api';
import { showApiError } from '../../../lib/forms';
import { useI18n } from '../../../i18n';
import {
  actionKey,
  type CriteriaSet,
  invalidateEvaluation,
  moveCard,
  type Scorecard,
  type ScoreAction,
  saveScores,
  stageColor,
  stageKey,
} from '../api';

type Row = { key: string; title: string; max: number; maxBonus: number; group: boolean };
type Entry = { points: number; bonus: number };

/** One scorecard: each criterion's points and bonus (capped as the set says), its next steps, and its history. */
export function ScorecardModal({ card, onClose }: { card: Scorecard; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const set = useQuery({
    queryKey: ['evaluation', 'set', card.setId],
    queryFn: () => api<CriteriaSet>('GET', `/evaluation-criteria-sets/${card.setId}`),
  });
  const [scores, setScores] = useState<Record<string, Entry>>(() =>
    Object.fromEntries(card.scores.map((s) => [s.key, { points: s.points, bonus: s.bonus }])),
  );
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const rows: Row[] = (set.data?.groups ?? []).flatMap((g) => [
    { key: g.key, title: g.title, max: g.maxPoints, maxBonus: 0, group: true },
    ...g.criteria.map((c) => ({ key: c.key, title: c.title, max: c.maxPoints, maxBonus: c.maxBonus, group: false })),
  ]);

  async function run(work: () => Promise<unknown>) {
    setBusy(true);
    try {
      await work();
      message.success(t('saved'));
      await invalidateEvaluation(qc);
    } catch (e) {
      message.error(showApiError(null, e));
    } finally {
      setBusy(false);
    }
  }
  const entries = () => Object.entries(scores).map(([key, e]) => ({ key, points: e.points ?? 0, bonus: e.bonus ?? 0 }));
  const cell = (r: Row, field: keyof Entry, max: number) =>
    r.group ? null : (
      <InputNumber
        aria-label={`${r.key} ${field}`}
        size="small"
        min={0}
        max={max}
        precision={0}
        disabled={!card.can.score || (field === 'bonus' && max === 0)}
        value={scores[r.key]?.[field]}
        onChange={(v) => setScores((s) => ({ ...s, [r.key]: { points: 0, bonus: 0, ...s[r.key], [field]: v ?? 0 } }))}
        style={{ width: 64 }}
      />
    );

  return (
    <Modal open title={`${card.unitName} · ${card.year}`} onCancel={onClose} footer={null} width={760} destroyOnHidden>
      <Flex wrap gap={8} align="center" style={{ marginBottom: 8 }}>
        <Tag color={stageColor[card.stage]}>{t(stageKey(card.stage))}</Tag>
        <Typography.Text strong>
          {t('evTotal')}: {formatInteger(card.total)}/{formatInteger(set.data?.maxTotal ?? 0)} · {t('evPass')}{' '}
          {formatInteger(card.passScore)}
        </Typography.Text>
      </Flex>
      {card.returnComment && (
        <Alert
          type="warning"
          style={{ marginBottom: 8 }}
          title={t('evReturned').replace('{comment}', card.returnComment)}
        />
      )}
      <Table<Row>
        size="small"
        rowKey="key"
        loading={set.isLoading}
        pagination={false}
        dataSource={rows}
        scroll={{ x: 560 }}
        columns={[
          {
            title: t('evCriterion'),
            dataIndex: 'title',
            render: (v: string, r) => (r.group ? <b>{`${r.key}. ${v}`}</b> : `${r.key}. ${v}`),
          },
          { title: t('evMax'), dataIndex: 'max', width: 60, align: 'right' },
          { title: t('evPoints'), width: 80, render: (_, r) => cell(r, 'points', r.max) },
          { title: t('evBonus'), width: 80, render: (_, r) => cell(r, 'bonus', r.maxBonus) },
        ]}
      />
      <Flex wrap gap={8} style={{ marginTop: 12 }}>
        {card.can.score && (
          <Button type="primary" loading={busy} onClick={() => void run(() => saveScores(card.id, entries()))}>
            {t('evSaveScores')}
          </Button>
        )}
        {card.can.actions.map((a: ScoreAction) => (
          <Button
            key={a}
            danger={a === 'return'}
            loading={busy}
            onClick={() => void run(() => moveCard(card.id, a, comment || undefined))}
          >
            {t(actionKey(a))}
          </Button>
        ))}
      </Flex>
      {card.can.actions.includes('return') && (
        <Input.TextArea
          style={{ marginTop: 8 }}
          rows={2}
          placeholder={t('evComment')}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          maxLength={1000}
        />
      )}
      {card.history.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('evHistory')}
          </Typography.Title>
          <Timeline
            items={card.history.map((s) => ({
              content: `${formatDateTimeVi(s.at)} · ${t(actionKey(s.action))} · ${s.by ?? ''}${s.comment ? ` — ${s.comment}` : ''}`,
            }))}
          />
        </>
      )}
    </Modal>
  );
}
