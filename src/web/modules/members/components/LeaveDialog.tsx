import { useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useI18n } from '../../../i18n';
import { DATE_FORMATS } from '../../../lib/dates';
import { showApiError } from '../../../lib/forms';
import { memberKeys, recordLeave, type Membership } from '../api';

/** A member leaves: the date and the reason; the membership stays in the history and in earlier counts. */
export function LeaveDialog({ membership, onClose }: { membership: Membership; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ leftOn: Dayjs; reason: string }>();
  const [saving, setSaving] = useState(false);
  return (
    <Modal
      open
      title={`${t('mbLeave')}: ${membership.fullName}`}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={saving}
      onCancel={onClose}
      onOk={() => form.submit()}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ leftOn: dayjs() }}
        onFinish={async (v) => {
          setSaving(true);
          try {
            await recordLeave(membership.id, { leftOn: v.leftOn.format('YYYY-MM-DD'), reason: v.reason.trim() });
            void message.success(t('mbLeaveDone'));
            await qc.invalidateQueries({ queryKey: memberKeys.all });
            onClose();
          } catch (e) {
            const rest = showApiError(form, e);
            if (rest) void message.error(rest);
          } finally {
            setSaving(false);
          }
        }}
      >
        <Form.Item name="leftOn" label={t('mbLeftOn')} rules={[{ required: true, message: t('required') }]}>
          <DatePicker format={DATE_FORMATS} style={{ width: 180 }} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('mbReason')}
          rules={[{ required: true, whitespace: true, message: t('required') }]}
        >
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
