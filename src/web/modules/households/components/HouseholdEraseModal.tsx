import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal } from 'antd';
import { showApiError } from '../../../lib/forms';
import { useI18n } from '../../../i18n';
import { type Household, eraseHousehold, householdKeys } from '../api';

type Props = { household: Household | null; onClose: () => void };

/** Erasure of a household's personal data on request (standing committee), with the reason the log keeps. */
export function HouseholdEraseModal(props: Props) {
  return props.household ? <OpenEraseModal {...props} household={props.household} /> : null;
}

function OpenEraseModal({ household, onClose }: Props & { household: Household }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ reason: string }>();

  async function submit() {
    const v = await form.validateFields();
    try {
      await eraseHousehold(household.id, v.reason);
      message.success(t('hhErased'));
      await qc.invalidateQueries({ queryKey: householdKeys.all });
      onClose();
    } catch (e) {
      const msg = showApiError(form, e);
      if (msg) message.error(msg);
    }
  }

  return (
    <Modal
      open
      title={t('hhEraseTitle')}
      okText={t('hhEraseConfirm')}
      okButtonProps={{ danger: true }}
      cancelText={t('cancel')}
      destroyOnHidden
      onCancel={onClose}
      onOk={submit}
    >
      <Alert
        type="warning"
        showIcon
        title={`${household.headName} – ${household.villageName}`}
        description={t('hhEraseWarning')}
        style={{ marginBottom: 12 }}
      />
      <Form form={form} name="household-erase" layout="vertical" preserve={false}>
        <Form.Item
          name="reason"
          label={t('hhEraseReason')}
          rules={[{ required: true, whitespace: true, min: 3, message: t('hhRuleReason') }]}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
