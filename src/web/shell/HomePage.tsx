import { Card, List, Tag, Typography } from 'antd';
import type { Me } from '../lib/api';
import { useI18n } from '../i18n';

export function HomePage({ me }: { me: Me }) {
  const { t } = useI18n();
  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('welcome')}, {me.fullName}
      </Typography.Title>
      <Typography.Paragraph>{t('homeIntro')}</Typography.Paragraph>
      <Typography.Text strong>{t('yourRoles')}</Typography.Text>
      <List
        dataSource={me.roles}
        renderItem={(r) => (
          <List.Item>
            <Tag color="red">{t(`role_${r.role}`)}</Tag> {r.organizationName ?? r.unitName ?? ''}
          </List.Item>
        )}
      />
    </Card>
  );
}
