import { Card } from 'antd';
import type { Me } from '../api';
import { useI18n } from '../i18n';

export function CampaignsPage({ me: _me }: { me: Me }) {
  const { t } = useI18n();
  return <Card title={t('campaignsTitle')} />;
}
