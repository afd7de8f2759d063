import { Button, Card, Empty, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatInteger } from '../../../../lib/numbers';
import { useI18n } from '../../../i18n';
import { type CriteriaSet, useCriteriaSets } from '../api';
import { CriteriaSetModal } from './CriteriaSetModal';

type Row = { key: string; title: string; maxPoints: number; maxBonus?: number; group: boolean };

/** The province's criteria sets of a year: groups with their maximum, criteria with points and bonus. */
export function CriteriaSets({ provinceId, year, defines }: { provinceId?: string; year: number; defines: boolean }) {
  const { t } = useI18n();
  const sets = useCriteriaSets();
  const [editing, setEditing] = useState<CriteriaSet | 'new' | null>(null);
  const items = (sets.data ?? []).filter((s) => s.year === year);

  return (
    <Flex vertical gap={12}>
      {defines && provinceId && (
        <Flex>
          <Button type="primary" onClick={() => setEditing('new')}>
            {t('evNewSet')}
          </Button>
        </Flex>
      )}
      {items.length === 0 && !sets.isLoading && <Empty description={t('evNoSets')} />}
      {items.map((s) => (
        <Card
          key={s.id}
          size="small"
          title={s.title}
          extra={
            s.can.edit && (
              <Button size="small" onClick={() => setEditing(s)}>
                {t('evEditSet')}
              </Button>
            )
          }
        >
          <Flex wrap gap={8} style={{ marginBottom: 8 }}>
            <Tag>{t(s.target === 'village' ? 'evTargetVillage' : 'evTargetCommune')}</Tag>
            <Typography.Text>
              {t('evMaxTotal')}: {formatInteger(s.maxTotal)} · {t('evPass')}: {formatInteger(s.passScore)}
            </Typography.Text>
          </Flex>
          <Table<Row>
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={s.groups.flatMap((g) => [
              { key: g.key, title: g.title, maxPoints: g.maxPoints, group: true },
              ...g.criteria.map((c) => ({ ...c, group: false })),
            ])}
            columns={[
              {
                title: t('evCriterion'),
                dataIndex: 'title',
                render: (v: string, r) => (r.group ? <b>{`${r.key}. ${v}`}</b> : `${r.key}. ${v}`),
              },
              { title: t('evMax'), dataIndex: 'maxPoints', width: 70, align: 'right' },
              { title: t('evMaxBonus'), dataIndex: 'maxBonus', width: 90, align: 'right' },
            ]}
          />
        </Card>
      ))}
      {editing && provinceId && (
        <CriteriaSetModal
          provinceId={provinceId}
          year={year}
          set={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Flex>
  );
}
