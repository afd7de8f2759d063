import { useQuery, useQueryClient } from '@tanstack/react-query';
import { unitDisplayName } from '../../../../lib/units';
import { App, Button, Card, Form, Input, Modal, Select, Space, Switch, Tag } from 'antd';
import { ResponsiveTable } from '../../../lib/responsive-table';
import { useState } from 'react';
import { compareVi } from '../../../../lib/vi-text';
import type { Me, Organization } from '../../../lib/api';
import { showApiError } from '../../../lib/forms';
import { useI18n } from '../../../i18n';
import { createOrganization, fetchOrganizations, organizationKeys, updateOrganization, useUnits } from '../api';

export function OrganizationsPage({ me }: { me: Me }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const units = useUnits();
  const communes = (units.data ?? []).filter((u) => u.level === 'commune').sort((a, b) => compareVi(a.name, b.name));
  const [communeId, setCommuneId] = useState<string | undefined>(undefined);
  const current = communeId ?? communes[0]?.id;
  const orgs = useQuery({ queryKey: organizationKeys.list(current), queryFn: () => fetchOrganizations(current) });
  const [editing, setEditing] = useState<Organization | 'new' | null>(null);
  const [form] = Form.useForm<{ name: string; shortName: string; active: boolean }>();
  const canManage = me.permissions.manageUsers;

  return (
    <Card
      title={t('organizations')}
      extra={
        <Space wrap>
          {communes.length > 1 && (
            <Select
              style={{ minWidth: 180 }}
              value={current}
              onChange={setCommuneId}
              options={communes.map((c) => ({ value: c.id, label: unitDisplayName(c) }))}
            />
          )}
          {canManage && current && (
            <Button type="primary" onClick={() => setEditing('new')}>
              {t('create')}
            </Button>
          )}
        </Space>
      }
    >
      <ResponsiveTable
        rowKey="id"
        size="small"
        loading={orgs.isLoading}
        dataSource={orgs.data ?? []}
        pagination={false}
        scroll={{ x: true }}
        columns={[
          { title: t('shortName'), dataIndex: 'shortName' },
          { title: t('name'), dataIndex: 'name' },
          {
            title: t('status'),
            dataIndex: 'active',
            render: (a: boolean) => (a ? <Tag color="green">{t('active')}</Tag> : <Tag>{t('inactive')}</Tag>),
          },
          ...(canManage
            ? [
                {
                  title: '',
                  key: 'edit',
                  card: 'actions' as const,
                  render: (_: unknown, o: Organization) => (
                    <Button size="small" onClick={() => setEditing(o)}>
                      {t('edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('create') : t('edit')}
        okText={t('save')}
        cancelText={t('cancel')}
        destroyOnHidden
        onCancel={() => setEditing(null)}
        onOk={async () => {
          const v = await form.validateFields();
          try {
            if (editing === 'new')
              await createOrganization({ communeId: current, name: v.name, shortName: v.shortName });
            else if (editing) await updateOrganization(editing.id, v);
            message.success(t('saved'));
            await qc.invalidateQueries({ queryKey: organizationKeys.all });
            setEditing(null);
          } catch (e) {
            const msg = showApiError(form, e);
            if (msg) message.error(msg);
          }
        }}
      >
        <Form
          form={form}
          name="organization"
          layout="vertical"
          preserve={false}
          initialValues={editing && editing !== 'new' ? editing : { active: true }}
        >
          <Form.Item name="name" label={t('name')} rules={[{ required: true, message: t('required') }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="shortName" label={t('shortName')} rules={[{ required: true, message: t('required') }]}>
            <Input maxLength={50} />
          </Form.Item>
          {editing !== 'new' && (
            <Form.Item name="active" label={t('active')} valuePropName="checked">
              <Switch />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </Card>
  );
}
