import { useQueryClient } from '@tanstack/react-query';
import { DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { FormModal } from '../../../lib/form-modal';
import { useI18n } from '../../../i18n';
import {
  addRecommendation,
  invalidateSupervision,
  stepRecommendation,
  type RecStatus,
  type Recommendation,
} from '../api';
import { nextKey } from '../shared';
import { DATE_FORMATS, today, toIso } from '../../../lib/dates';

type NewValues = { content: string; addressee: string; dueDate?: Dayjs | null; date: Dayjs; note?: string };

/** Nêu kiến nghị: content, addressee, due date, the date it was made. */
export function NewRecommendationModal({ supervisionId, onClose }: { supervisionId: string; onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<NewValues>();
  return (
    <FormModal
      title={t('svRecNew')}
      form={form}
      name="supervision-rec"
      initialValues={{ addressee: 'UBND xã', date: today() }}
      onClose={onClose}
      onSubmit={(v) =>
        addRecommendation(supervisionId, {
          content: v.content,
          addressee: v.addressee,
          dueDate: v.dueDate ? toIso(v.dueDate) : null,
          date: toIso(v.date),
          note: v.note?.trim() || undefined,
        })
      }
      refresh={() => invalidateSupervision(qc)}
      onSaved={onClose}
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
        <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="dueDate" label={t('svRecDueDate')}>
        <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="note" label={t('svNote')}>
        <Input maxLength={2000} />
      </Form.Item>
    </FormModal>
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
  const qc = useQueryClient();
  const [form] = Form.useForm<StepValues>();
  return (
    <FormModal
      title={`${t(nextKey(to))}: ${rec.position}. ${rec.content.slice(0, 60)}${rec.content.length > 60 ? '…' : ''}`}
      form={form}
      name="supervision-step"
      initialValues={{ date: today() }}
      onClose={onClose}
      onSubmit={async (v) => {
        try {
          await stepRecommendation(rec.id, {
            to,
            date: toIso(v.date),
            note: v.note?.trim() || undefined,
            ...(to === 'answered' && { answer: v.answer }),
          });
        } catch (e) {
          // Someone else may have moved it on: show where it stands now.
          void invalidateSupervision(qc);
          throw e;
        }
      }}
      refresh={() => invalidateSupervision(qc)}
      onSaved={onClose}
    >
      <Form.Item name="date" label={t('svStepDate')} rules={[{ required: true, message: t('required') }]}>
        <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} />
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
    </FormModal>
  );
}
