import { Card, Tabs } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useI18n } from '../../../i18n';
import { DuesGrid } from '../components/DuesGrid';
import { MembersList } from '../components/MembersList';
import { TransfersTab } from '../components/TransfersTab';

const TABS = ['members', 'dues', 'transfers'] as const;
type Tab = (typeof TABS)[number];

/** Members of the commune's organisations, their dues and transfers; the tab is in the address (?tab=dues) for links. */
export function MembersPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab');
  const tab: Tab = TABS.find((k) => k === asked) ?? 'members';
  return (
    <Card title={t('mbTitle')}>
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams(k === 'members' ? {} : { tab: k })}
        items={[
          { key: 'members', label: t('mbMembers'), children: <MembersList /> },
          { key: 'dues', label: t('mbDues'), children: <DuesGrid /> },
          { key: 'transfers', label: t('mbTransfer'), children: <TransfersTab /> },
        ]}
      />
    </Card>
  );
}
