import { App, Form, Input, Modal } from 'antd';
import { showApiError } from '../../../lib/forms';
import { useI18n } from '../../../i18n';
import { changeOwnPassword } from '../api';

export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ currentPassword: string; newPassword: string }>();
  return (
    <Modal
      open={open}
      title={t('changePassword')}
      okText={t('save')}
      cancelText={t('cancel')}
      onCancel={onClose}
      destroyOnHidden
      onOk={async () => {
        const values = await form.validateFields();
        try {
          await changeOwnPassword(values);
          message.success(t('saved'));
          form.resetFields();
          onClose();
        } catch (e) {
          const msg = showApiError(form, e);
          if (msg) message.error(msg);
        }
      }}
    >
      <Form form={form} name="ownPassword" layout="vertical" preserve={false}>
        <Form.Item
          name="currentPassword"
          label={t('currentPassword')}
          rules={[{ required: true, message: t('required') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('newPassword')}
          extra={t('passwordRule')}
          rules={[{ required: true, min: 10, message: t('passwordRule') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
