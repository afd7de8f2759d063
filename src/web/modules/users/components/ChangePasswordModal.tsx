import { Form, Input } from 'antd';
import { FormModal } from '../../../lib/form-modal';
import { useI18n } from '../../../i18n';
import { changeOwnPassword } from '../api';
import { PasswordItem } from './PasswordItem';

export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ currentPassword: string; newPassword: string }>();
  return (
    <FormModal
      open={open}
      title={t('changePassword')}
      form={form}
      name="ownPassword"
      onClose={onClose}
      onSubmit={changeOwnPassword}
      onSaved={() => {
        form.resetFields();
        onClose();
      }}
    >
      <Form.Item
        name="currentPassword"
        label={t('currentPassword')}
        rules={[{ required: true, message: t('required') }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <PasswordItem name="newPassword" label={t('newPassword')} />
    </FormModal>
  );
}
