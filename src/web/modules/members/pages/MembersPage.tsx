import { Card, Tabs } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useI18n } from '../../../i18n';
import { DuesGrid } from '../components/DuesGrid';
import { MembersList } from '../components/MembersList';

/** Members of the commune's organisations and their dues; the tab is in the address (?tab=dues) for links. */
export function MembersPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'dues' ? 'dues' : 'members';
  return (
    <Card title={t('mbTitle')}>
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams(k === 'dues' ? { tab: 'dues' } : {})}
        items={[
          { key: 'members', label: t('mbMembers'), children: <MembersList /> },
          { key: 'dues', label: t('mbDues'), children: <DuesGrid /> },
        ]}
      />
    </Card>
  );
}
