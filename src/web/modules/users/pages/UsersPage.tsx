import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Popconfirm, Space, Tag } from 'antd';
import { ResponsiveTable } from '../../../lib/responsive-table';
import { useState } from 'react';
import { matchesVi } from '../../../../lib/vi-text';
import type { Me } from '../../../lib/api';
import { RolesField, type RoleValue } from '../components/RolesField';
import { showApiError } from '../../../lib/forms';
import { FormModal } from '../../../lib/form-modal';
import { PasswordItem } from '../components/PasswordItem';
import { useI18n } from '../../../i18n';
import {
  type User,
  userKeys,
  fetchUsers,
  createUser,
  setUserRoles,
  resetUserPassword,
  setUserEmail,
  enableUser,
  disableUser,
  useRoleBranchNames,
} from '../api';

type Dialog =
  | { kind: 'create' }
  | { kind: 'roles'; user: User }
  | { kind: 'password'; user: User }
  | { kind: 'email'; user: User };

export function UsersPage({ me }: { me: Me }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const users = useQuery({
    queryKey: userKeys.all,
    queryFn: fetchUsers,
  });
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [query, setQuery] = useState('');

  const refresh = () => qc.invalidateQueries({ queryKey: userKeys.all });
  const act = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
      message.success(t('saved'));
      await refresh();
    } catch (e) {
      message.error(showApiError(null, e));
    }
  };

  const branchName = useRoleBranchNames(users.data ?? []);
  const rows = (users.data ?? []).filter((u) => matchesVi(`${u.username} ${u.fullName}`, query));
  return (
    <Card
      title={t('users')}
      extra={
        <Button type="primary" onClick={() => setDialog({ kind: 'create' })}>
          {t('create')}
        </Button>
      }
    >
      <Input.Search
        placeholder={`${t('search')} — ${t('searchHint')}`}
        allowClear
        onChange={(e) => setQuery(e.target.value)}
        style={{ marginBottom: 12, maxWidth: 360 }}
      />
      <ResponsiveTable
        rowKey="id"
        size="small"
        loading={users.isLoading}
        dataSource={rows}
        scroll={{ x: true }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          { title: t('username'), dataIndex: 'username' },
          { title: t('fullName'), dataIndex: 'fullName' },
          { title: t('email'), dataIndex: 'email', render: (e: string | null) => e ?? '' },
          {
            title: t('roles'),
            key: 'roles',
            render: (_: unknown, u: User) =>
              u.roles.map((r) => (
                <Tag key={`${r.role}:${r.unitId ?? ''}:${r.organizationId ?? ''}:${r.branchId ?? ''}`} color="red">
                  {t(`role_${r.role}`)}
                  {(r.organizationName ?? r.unitName) ? ` · ${r.organizationName ?? r.unitName}` : ''}
                  {r.branchId ? ` · ${branchName.get(r.branchId) ?? t('mbBranchHead')}` : ''}
                </Tag>
              )),
          },
          {
            title: t('status'),
            dataIndex: 'disabled',
            render: (d: boolean) => (d ? <Tag>{t('disabled')}</Tag> : <Tag color="green">{t('active')}</Tag>),
          },
          {
            title: '',
            key: 'actions',
            render: (_: unknown, u: User) =>
              u.id === me.id ? null : (
                <Space wrap size={4}>
                  <Button size="small" onClick={() => setDialog({ kind: 'roles', user: u })}>
                    {t('editRoles')}
                  </Button>
                  <Button size="small" onClick={() => setDialog({ kind: 'email', user: u })}>
                    {t('setEmail')}
                  </Button>
                  <Button size="small" onClick={() => setDialog({ kind: 'password', user: u })}>
                    {t('resetPassword')}
                  </Button>
                  {u.disabled ? (
                    <Button size="small" onClick={() => act(() => enableUser(u.id))}>
                      {t('enable')}
                    </Button>
                  ) : (
                    <Popconfirm
                      title={t('confirmDisable')}
                      onConfirm={() => act(() => disableUser(u.id))}
                      okText={t('disable')}
                      cancelText={t('cancel')}
                    >
                      <Button size="small" danger>
                        {t('disable')}
                      </Button>
                    </Popconfirm>
                  )}
                </Space>
              ),
          },
        ]}
      />
      {dialog && <UserDialog dialog={dialog} me={me} onClose={() => setDialog(null)} refresh={refresh} />}
    </Card>
  );
}

/**
 * One opening of the create, roles or password dialog: its own form, so a second opening starts from the user it
 * is for (a form kept between openings held the previous one's values over the new initial values).
 */
function UserDialog({
  dialog,
  me,
  onClose,
  refresh,
}: {
  dialog: Dialog;
  me: Me;
  onClose: () => void;
  refresh: () => Promise<unknown>;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{
    username: string;
    fullName: string;
    password: string;
    newPassword: string;
    email: string;
    roles: RoleValue[];
  }>();
  return (
    <FormModal
      title={
        dialog.kind === 'create'
          ? t('create')
          : dialog.kind === 'roles'
            ? `${t('editRoles')}: ${dialog.user.fullName}`
            : dialog.kind === 'email'
              ? `${t('setEmail')}: ${dialog.user.fullName}`
              : `${t('resetPassword')}: ${dialog.user.fullName}`
      }
      width={640}
      form={form}
      name="user"
      initialValues={{
        roles:
          dialog.kind === 'roles'
            ? dialog.user.roles.map((r) => ({
                role: r.role,
                unitId: r.unitId,
                organizationId: r.organizationId,
                branchId: r.branchId,
              }))
            : [{ role: undefined }],
        email: dialog.kind === 'email' ? (dialog.user.email ?? '') : '',
      }}
      onClose={onClose}
      onSubmit={async (v) => {
        if (dialog.kind === 'create')
          await createUser({
            username: v.username,
            fullName: v.fullName,
            password: v.password,
            roles: v.roles,
            email: v.email || null,
          });
        if (dialog.kind === 'email') await setUserEmail(dialog.user.id, v.email || null);
        if (dialog.kind === 'roles') await setUserRoles(dialog.user.id, v.roles);
        if (dialog.kind === 'password') await resetUserPassword(dialog.user.id, v.newPassword);
      }}
      refresh={refresh}
      onSaved={onClose}
    >
      {dialog.kind === 'create' && (
        <>
          <Form.Item name="username" label={t('username')} rules={[{ required: true, message: t('required') }]}>
            <Input maxLength={50} autoComplete="off" />
          </Form.Item>
          <Form.Item name="fullName" label={t('fullName')} rules={[{ required: true, message: t('required') }]}>
            <Input maxLength={200} />
          </Form.Item>
          <PasswordItem name="password" label={t('password')} />
        </>
      )}
      {(dialog.kind === 'create' || dialog.kind === 'email') && (
        <Form.Item name="email" label={t('setEmail')}>
          <Input type="email" maxLength={200} autoComplete="off" />
        </Form.Item>
      )}
      {dialog.kind === 'password' && <PasswordItem name="newPassword" label={t('newPassword')} />}
      {(dialog.kind === 'create' || dialog.kind === 'roles') && (
        <Form.Item label={t('roles')} required>
          <RolesField me={me} />
        </Form.Item>
      )}
    </FormModal>
  );
}
