import { useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { showApiError } from '../../../lib/forms';
import { useI18n } from '../../../i18n';
import {
  addRecommendation,
  invalidateSupervision,
  stepRecommendation,
  type RecStatus,
  type Recommendation,
} from '../api';
import { nextKey } from '../shared';
import { today, toIso } from '../../../lib/dates';

type NewValues = { content: string; addressee: string; dueDate?: Dayjs | null; date: Dayjs; note?: string };

/** Nêu kiến nghị: content, addressee, due date, the date it was made. */
export function NewRecommendationModal({ supervisionId, onClose }: { supervisionId: string; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<NewValues>();
  async function submit() {
    const v = await form.validateFields();
    try {
      await addRecommendation(supervisionId, {
        content: v.content,
        addressee: v.addressee,
        dueDate: v.dueDate ? toIso(v.dueDate) : null,
        date: toIso(v.date),
        note: v.note?.trim() || undefined,
      });
      message.success(t('saved'));
      await invalidateSupervision(qc);
      onClose();
    } catch (e) {
      const msg = showApiError(form, e);
      if (msg) message.error(msg);
    }
  }
  return (
    <Modal
      open
      title={t('svRecNew')}
      okText={t('save')}
      cancelText={t('cancel')}
      destroyOnHidden
      onCancel={onClose}
      onOk={submit}
    >
      <Form
        form={form}
        name="supervision-rec"
        layout="vertical"
        preserve={false}
        initialValues={{ addressee: 'UBND xã', date: today() }}
      >
        <Form.Item
          name="content"
          label={t('svRecContent')}
          rules={[{ required: true, whitespace: true, message: t('required') }]}
        >
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Form.Item
          name="addressee"
          label={t('svRecAddressee')}
          rules={[{ required: true, whitespace: true, message: t('required') }]}
        >
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="date" label={t('svRecDate')} rules={[{ required: true, message: t('required') }]}>
          <DatePicker format="DD/MM/YYYY" inputReadOnly style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="dueDate" label={t('svRecDueDate')}>
          <DatePicker format="DD/MM/YYYY" inputReadOnly style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="note" label={t('svNote')}>
          <Input maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

type StepValues = { date: Dayjs; answer?: string; note?: string };

/** The next step of a recommendation: sent, answered (answer text required) or closed. */
export function TransitionModal({
  rec,
  to,
  onClose,
}: {
  rec: Recommendation;
  to: Exclude<RecStatus, 'issued'>;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<StepValues>();
  async function submit() {
    const v = await form.validateFields();
    try {
      await stepRecommendation(rec.id, {
        to,
        date: toIso(v.date),
        note: v.note?.trim() || undefined,
        ...(to === 'answered' && { answer: v.answer }),
      });
      message.success(t('saved'));
      await invalidateSupervision(qc);
      onClose();
    } catch (e) {
      const msg = showApiError(form, e);
      if (msg) message.error(msg);
      await invalidateSupervision(qc);
    }
  }
  return (
    <Modal
      open
      title={`${t(nextKey(to))}: ${rec.position}. ${rec.content.slice(0, 60)}${rec.content.length > 60 ? '…' : ''}`}
      okText={t('save')}
      cancelText={t('cancel')}
      destroyOnHidden
      onCancel={onClose}
      onOk={submit}
    >
      <Form form={form} name="supervision-step" layout="vertical" preserve={false} initialValues={{ date: today() }}>
        <Form.Item name="date" label={t('svStepDate')} rules={[{ required: true, message: t('required') }]}>
          <DatePicker format="DD/MM/YYYY" inputReadOnly style={{ width: '100%' }} />
        </Form.Item>
        {to === 'answered' && (
          <Form.Item
            name="answer"
            label={t('svAnswer')}
            rules={[{ required: true, whitespace: true, message: t('svAnswerRequired') }]}
          >
            <Input.TextArea maxLength={5000} autoSize={{ minRows: 3, maxRows: 8 }} />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('svNote')}>
          <Input maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
