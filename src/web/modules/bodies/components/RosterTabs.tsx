import { Button, Card, Collapse, Empty, Flex, Segmented, Space, Typography } from 'antd';
import { useState } from 'react';
import { type Key, useI18n } from '../../../i18n';
import type { Body, BodyKind } from '../api';
import { groupTerms, kindKey, type Places } from '../shared';
import { CreateBodyDialog } from './BodyDialogs';
import { BodyPanel } from './BodyPanel';

type Creating = { kind: BodyKind; unit: { id: string; name: string }; title: Key };
type Commune = { id: string; name: string };

const termsOf = (bodies: Body[], kind: BodyKind, unitId?: string) =>
  bodies.filter((b) => b.kind === kind && (!unitId || b.unitId === unitId)).sort((a, b) => b.termFrom - a.termFrom);

/** Nothing elected yet: say so, and offer to set it up to those who may. */
function NoBody({ onCreate, label }: { onCreate?: () => void; label: string }) {
  const { t } = useI18n();
  return (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('bdNoBody')}>
      {onCreate && (
        <Button type="primary" onClick={onCreate}>
          {label}
        </Button>
      )}
    </Empty>
  );
}

function CreateIfAsked({
  creating,
  places,
  onClose,
}: {
  creating: Creating | null;
  places: Places;
  onClose: () => void;
}) {
  const { t } = useI18n();
  if (!creating) return null;
  return (
    <CreateBodyDialog
      kind={creating.kind}
      unit={creating.unit}
      places={places}
      title={t(creating.title)}
      onClose={onClose}
    />
  );
}

/** "Ủy ban & Ban Thường trực": either roster, by term, with its sessions. */
export function CommitteeTab(p: { commune: Commune; bodies: Body[]; places: Places; canCreate: boolean }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<'committee' | 'standing'>('committee');
  const [creating, setCreating] = useState<Creating | null>(null);
  const terms = termsOf(p.bodies, kind);
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Segmented
        aria-label={t('bdTabCommittee')}
        value={kind}
        onChange={setKind}
        options={[
          { value: 'committee', label: t('bdKind_committee') },
          { value: 'standing', label: t('bdKind_standing') },
        ]}
      />
      {terms.length > 0 ? (
        <BodyPanel key={kind} terms={terms} places={p.places} sessionsOpen />
      ) : (
        <NoBody
          label={t(kind === 'committee' ? 'bdCreateCommittee' : 'bdCreateStanding')}
          onCreate={
            p.canCreate
              ? () =>
                  setCreating({
                    kind,
                    unit: p.commune,
                    title: kind === 'committee' ? 'bdCreateCommittee' : 'bdCreateStanding',
                  })
              : undefined
          }
        />
      )}
      <CreateIfAsked creating={creating} places={p.places} onClose={() => setCreating(null)} />
    </Space>
  );
}

/**
 * "Ban công tác Mặt trận": one fold per village the user reads (a village head: their own, open), its head and
 * size in the fold's header.
 */
export function VillagesTab(p: {
  villages: { id: string; name: string }[];
  bodies: Body[];
  places: Places;
  canCreate: (villageId: string) => boolean;
}) {
  const { t } = useI18n();
  const [creating, setCreating] = useState<Creating | null>(null);
  if (p.villages.length === 0) return <Empty description={t('bdNoVillages')} />;
  return (
    <>
      <Collapse
        defaultActiveKey={p.villages.length === 1 ? p.villages.map((v) => v.id) : []}
        items={p.villages.map((v) => {
          const terms = termsOf(p.bodies, 'village_board', v.id);
          const sitting = terms.find((b) => b.endedOn === null);
          const head = sitting?.members.find((m) => m.untilDate === null && m.position === 'head');
          const size = sitting?.members.filter((m) => m.untilDate === null).length ?? 0;
          return {
            key: v.id,
            label: (
              <Flex wrap gap={8} align="baseline">
                <Typography.Text strong>{v.name}</Typography.Text>
                <Typography.Text type="secondary">
                  {sitting
                    ? `${t('bdPos_head')}: ${head?.fullName ?? t('bdNoLead')} · ${size} ${t('bdMembersCount')}`
                    : t('bdNoBoard')}
                </Typography.Text>
              </Flex>
            ),
            children:
              terms.length > 0 ? (
                <BodyPanel terms={terms} places={p.places} heading={5} />
              ) : (
                <NoBody
                  label={t('bdCreateVillageBoard')}
                  onCreate={
                    p.canCreate(v.id)
                      ? () => setCreating({ kind: 'village_board', unit: v, title: 'bdCreateVillageBoard' })
                      : undefined
                  }
                />
              ),
          };
        })}
      />
      <CreateIfAsked creating={creating} places={p.places} onClose={() => setCreating(null)} />
    </>
  );
}

/** "Ban TTND & Giám sát": the people's inspection board, then a supervision board per public project. */
export function BoardsTab(p: { commune: Commune; bodies: Body[]; places: Places; canCreate: boolean }) {
  const { t } = useI18n();
  const [creating, setCreating] = useState<Creating | null>(null);
  const inspection = termsOf(p.bodies, 'people_inspection');
  // Sitting boards first, then those whose project is done, each by its latest term.
  const supervision = groupTerms(termsOf(p.bodies, 'investment_supervision')).sort(
    (a, b) => Number(a[0]?.endedOn !== null) - Number(b[0]?.endedOn !== null),
  );
  const create = (kind: BodyKind, title: Key) => () => setCreating({ kind, unit: p.commune, title });
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <section aria-labelledby="bd-inspection">
        <Typography.Title level={4} id="bd-inspection" style={{ marginTop: 0 }}>
          {t(kindKey('people_inspection'))}
        </Typography.Title>
        {inspection.length > 0 ? (
          <BodyPanel terms={inspection} places={p.places} showName={false} />
        ) : (
          <NoBody
            label={t('bdCreateInspection')}
            onCreate={p.canCreate ? create('people_inspection', 'bdCreateInspection') : undefined}
          />
        )}
      </section>
      <section aria-labelledby="bd-supervision">
        <Flex wrap gap={8} align="center" justify="space-between" style={{ marginBottom: 8 }}>
          <Typography.Title level={4} id="bd-supervision" style={{ margin: 0 }}>
            {t(kindKey('investment_supervision'))}
          </Typography.Title>
          {p.canCreate && (
            <Button onClick={create('investment_supervision', 'bdCreateSupervision')}>
              {t('bdCreateSupervision')}
            </Button>
          )}
        </Flex>
        {supervision.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('bdNoBody')} />}
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          {supervision.map((terms) => (
            <Card
              key={terms[0]?.id}
              size="small"
              title={terms[0]?.project}
              styles={{ title: { whiteSpace: 'normal' } }}
            >
              <BodyPanel terms={terms} places={p.places} showName={false} />
            </Card>
          ))}
        </Space>
      </section>
      <CreateIfAsked creating={creating} places={p.places} onClose={() => setCreating(null)} />
    </Space>
  );
}
