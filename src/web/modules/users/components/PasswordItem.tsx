import { Form, Input } from 'antd';
import { useI18n } from '../../../i18n';

/** A new password, with the rule shown under it and given as its error. */
export function PasswordItem({ name, label }: { name: string; label: string }) {
  const { t } = useI18n();
  return (
    <Form.Item
      name={name}
      label={label}
      extra={t('passwordRule')}
      rules={[{ required: true, min: 10, message: t('passwordRule') }]}
    >
      <Input.Password autoComplete="new-password" />
    </Form.Item>
  );
}
