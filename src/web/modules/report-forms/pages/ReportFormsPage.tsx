import { Button, Card, Empty, Flex, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useMe } from '../../../lib/auth';
import { useI18n } from '../../../i18n';
import { useUnits } from '../../units/api';
import { fillerKey, periodKindKey, useReportForms } from '../api';
import { FormBuilder } from '../components/FormBuilder';

/** "Báo cáo định kỳ": the forms of the levels above and of one's own unit; a province or commune defines new ones. */
export function ReportFormsPage() {
  const { t } = useI18n();
  const me = useMe();
  const units = useUnits();
  const forms = useReportForms();
  const [creating, setCreating] = useState(false);
  const roles = me.data?.roles ?? [];
  // A province defines forms for its communes and villages; a commune's standing committee for its villages.
  const owners = (units.data ?? []).filter((u) =>
    roles.some(
      (r) =>
        r.unitId === u.id &&
        ((r.role === 'upper' && u.level !== 'commune') || (r.role === 'standing' && u.level === 'commune')),
    ),
  );
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Card size="small">
        <Flex wrap gap={8} align="center">
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('rfNav')}
          </Typography.Title>
          {owners.length > 0 && (
            <Button type="primary" style={{ marginInlineStart: 'auto' }} onClick={() => setCreating(true)}>
              {t('rfNew')}
            </Button>
          )}
        </Flex>
      </Card>
      <Card size="small">
        <List
          loading={forms.isLoading}
          dataSource={forms.data?.items ?? []}
          locale={{ emptyText: <Empty description={t('rfEmpty')} /> }}
          renderItem={(f) => (
            <List.Item>
              <Space orientation="vertical" size={2}>
                <Link to={`/report-forms/${f.id}`} data-testid="rf-form-link">
                  {f.title}
                </Link>
                <Flex wrap gap={4}>
                  <Tag>{t(periodKindKey(f.periodKind))}</Tag>
                  {f.fillers.map((x) => (
                    <Tag key={x}>{t(fillerKey(x))}</Tag>
                  ))}
                  <Typography.Text type="secondary">
                    {f.ownerName} · {t('rfVersion')} {f.version} · {f.fields.length} {t('rfFields').toLowerCase()}
                  </Typography.Text>
                </Flex>
              </Space>
            </List.Item>
          )}
        />
      </Card>
      {creating && <FormBuilder owners={owners} onClose={() => setCreating(false)} />}
    </Space>
  );
}
