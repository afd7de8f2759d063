import { Alert, Card, Empty, Flex, Grid, Select, Spin, Tabs, Typography } from 'antd';
import type { ReactNode } from 'react';
import { compareVi } from '../../../../lib/vi-text';
import { useI18n } from '../../../i18n';
import type { Me } from '../../../lib/api';
import { useUrlParams } from '../../../lib/url-params';
import { useUnits } from '../../units/api';
import { useBodies, useFrontStructure } from '../api';
import { OrgChart } from '../components/OrgChart';
import { BoardsTab, CommitteeTab, VillagesTab } from '../components/RosterTabs';
import { canCreateBody, type Places } from '../shared';

const TABS = ['chart', 'committee', 'villages', 'boards'] as const;
type Tab = (typeof TABS)[number];

/**
 * "Cơ cấu tổ chức" (issue 14.7): the commune front's org chart, the committee's and standing committee's rosters by
 * term with their sessions, each village's Ban công tác Mặt trận, and the boards the front guides. The tab and the
 * commune are in the address (?tab=committee&commune=…) for links.
 */
export function StructurePage({ me }: { me: Me }) {
  const { t } = useI18n();
  const narrow = !Grid.useBreakpoint().md;
  const [params, set] = useUrlParams();
  const units = useUnits();
  const all = units.data ?? [];

  // The communes the user works in: those they read, and a village head's (who reads only their village).
  const communeIds = [
    ...new Set(
      all.flatMap((u) => (u.level === 'commune' ? [u.id] : u.level === 'village' && u.communeId ? [u.communeId] : [])),
    ),
  ];
  const nameOf = (id: string) => all.find((u) => u.id === id)?.name ?? '';
  communeIds.sort((a, b) => compareVi(nameOf(a), nameOf(b)));
  const asked = params.get('commune') ?? '';
  const communeId = communeIds.includes(asked)
    ? asked
    : (communeIds.find((id) => me.roles.some((r) => r.unitId === id)) ?? communeIds[0]);
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'chart';

  const structure = useFrontStructure(communeId);
  const bodies = useBodies(communeId);
  const s = structure.data;
  const places: Places = { organizations: s?.organizations ?? [], villages: s?.villages ?? [] };
  const readable = new Set(all.map((u) => u.id));
  // A village head's chart lists the commune's villages but reads only their own board: show the villages whose
  // board came back, and those the user reads (a standing committee: all, boards or not).
  const villages = (s?.villages ?? []).filter((v) => v.board !== null || readable.has(v.id));
  const commune = communeId ? { id: communeId, name: s?.commune.name ?? nameOf(communeId) } : null;
  const canCreate = communeId ? canCreateBody(me, all, communeId) : false;

  if (units.isLoading) return <Spin />;
  if (!commune) return <Empty description={t('bdPickCommune')} />;

  const failed = structure.error ?? bodies.error;
  const waiting = (ready: boolean, node: () => ReactNode) =>
    failed ? <Alert type="error" showIcon title={failed.message} /> : ready ? node() : <Spin />;
  const items: { key: Tab; label: string; short: string; children: ReactNode }[] = [
    {
      key: 'chart',
      label: t('bdTabChart'),
      short: t('bdTabChart'),
      children: waiting(Boolean(s), () => s && <OrgChart structure={s} villages={villages} />),
    },
    {
      key: 'committee',
      label: t('bdTabCommittee'),
      short: t('bdTabCommitteeShort'),
      children: waiting(Boolean(bodies.data), () => (
        <CommitteeTab commune={commune} bodies={bodies.data ?? []} places={places} canCreate={canCreate} />
      )),
    },
    {
      key: 'villages',
      label: t('bdTabVillages'),
      short: t('bdTabVillagesShort'),
      children: waiting(Boolean(bodies.data && s), () => (
        <VillagesTab
          villages={villages}
          bodies={bodies.data ?? []}
          places={places}
          canCreate={(villageId) => canCreateBody(me, all, commune.id, villageId)}
        />
      )),
    },
    {
      key: 'boards',
      label: t('bdTabBoards'),
      short: t('bdTabBoardsShort'),
      children: waiting(Boolean(bodies.data), () => (
        <BoardsTab commune={commune} bodies={bodies.data ?? []} places={places} canCreate={canCreate} />
      )),
    },
  ];

  return (
    <Card size={narrow ? 'small' : 'default'}>
      <Flex wrap gap={8} align="center" className="bd-no-print">
        <Typography.Title level={3} style={{ margin: 0, marginInlineEnd: 'auto' }}>
          {t('bdTitle')}
        </Typography.Title>
        {communeIds.length > 1 && (
          <Select
            showSearch
            optionFilterProp="label"
            aria-label={t('bdCommune')}
            style={{ minWidth: 180 }}
            value={communeId}
            onChange={(v: string) => set({ commune: v })}
            options={communeIds.map((id) => ({ value: id, label: nameOf(id) }))}
          />
        )}
      </Flex>
      <Tabs
        activeKey={tab}
        size={narrow ? 'small' : 'middle'}
        tabBarGutter={narrow ? 14 : undefined}
        onChange={(k) => set({ tab: k === 'chart' ? null : k })}
        items={items.map((i) => ({ key: i.key, label: narrow ? i.short : i.label, children: i.children }))}
      />
    </Card>
  );
}
