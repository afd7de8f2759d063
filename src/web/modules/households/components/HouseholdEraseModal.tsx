import { useQueryClient } from '@tanstack/react-query';
import { Alert, Form, Input } from 'antd';
import { FormModal } from '../../../lib/form-modal';
import { useI18n } from '../../../i18n';
import { type Household, eraseHousehold, householdKeys } from '../api';

type Props = { household: Household | null; onClose: () => void };

/** Erasure of a household's personal data on request (standing committee), with the reason the log keeps. */
export function HouseholdEraseModal(props: Props) {
  return props.household ? <OpenEraseModal {...props} household={props.household} /> : null;
}

function OpenEraseModal({ household, onClose }: Props & { household: Household }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ reason: string }>();

  return (
    <FormModal
      title={t('hhEraseTitle')}
      okText={t('hhEraseConfirm')}
      danger
      intro={
        <Alert
          type="warning"
          showIcon
          title={`${household.headName} – ${household.villageName}`}
          description={t('hhEraseWarning')}
          style={{ marginBottom: 12 }}
        />
      }
      form={form}
      name="household-erase"
      onClose={onClose}
      onSubmit={(v) => eraseHousehold(household.id, v.reason)}
      successMessage={t('hhErased')}
      refresh={() => qc.invalidateQueries({ queryKey: householdKeys.all })}
      onSaved={onClose}
    >
      <Form.Item
        name="reason"
        label={t('hhEraseReason')}
        rules={[{ required: true, whitespace: true, min: 3, message: t('hhRuleReason') }]}
      >
        <Input.TextArea rows={3} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
