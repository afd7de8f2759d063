import { useQueryClient } from '@tanstack/react-query';
import { Alert, Form, Input } from 'antd';
import { useI18n } from '../../../i18n';
import { FormModal } from '../../../lib/form-modal';
import { erasePerson, memberKeys, type Membership } from '../api';

/**
 * Erasure of a member's personal data on their request (the commune's standing committee), with the reason the log
 * keeps; it is the person's, so every organisation they belong to loses the name.
 */
export function PersonEraseDialog({ membership, onClose }: { membership: Membership; onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <FormModal
      title={t('mbEraseTitle')}
      okText={t('mbEraseConfirm')}
      danger
      intro={
        <Alert
          type="warning"
          showIcon
          title={`${membership.fullName}${membership.birthYear ? ` (${membership.birthYear})` : ''} – ${membership.villageName}`}
          description={t('mbEraseWarning')}
          style={{ marginBottom: 12 }}
        />
      }
      form={form}
      name="person-erase"
      onClose={onClose}
      onSubmit={(v) => erasePerson(membership.personId, v.reason.trim())}
      successMessage={t('mbErased')}
      refresh={() => qc.invalidateQueries({ queryKey: memberKeys.all })}
      onSaved={onClose}
    >
      <Form.Item
        name="reason"
        label={t('mbEraseReason')}
        rules={[{ required: true, whitespace: true, min: 3, message: t('mbRuleReason') }]}
      >
        <Input.TextArea rows={3} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
