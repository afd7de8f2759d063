import { useQueryClient } from '@tanstack/react-query';
import { Form, Input, Radio } from 'antd';
import { FormModal } from '../../../lib/form-modal';
import { useI18n } from '../../../i18n';
import { addCommendation, type Commendation, invalidateFestivals } from '../api';

type Values = { kind: 'household' | 'person'; name: string; reason: string };

/** Adds a household or a person to the festival's commended list. */
export function CommendationModal(props: { festivalId: string; onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  return (
    <FormModal<Values, Commendation>
      title={t('fvAddCommended')}
      form={form}
      name="festival-commendation"
      initialValues={{ kind: 'household' }}
      onClose={props.onClose}
      onSubmit={(v) => addCommendation(props.festivalId, v)}
      refresh={() => invalidateFestivals(qc)}
      onSaved={props.onClose}
    >
      <Form.Item name="kind" label={t('fvKind')}>
        <Radio.Group
          options={[
            { value: 'household', label: t('fvKindHousehold') },
            { value: 'person', label: t('fvKindPerson') },
          ]}
        />
      </Form.Item>
      <Form.Item name="name" label={t('fvName')} rules={[{ required: true, message: t('required') }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="reason" label={t('fvReason')} rules={[{ required: true, message: t('required') }]}>
        <Input maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
