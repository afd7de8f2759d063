import { useQueryClient } from '@tanstack/react-query';
import { DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { DATE_FORMATS, today, toIso } from '../../../lib/dates';
import { FormModal } from '../../../lib/form-modal';
import { MoneyInput } from '../../../lib/inputs';
import type { Key } from '../../../i18n';
import { useI18n } from '../../../i18n';
import { type HousingCaseDetail, invalidateHousing, moveCase } from '../api';

export type Move = 'approve' | 'start' | 'hand_over' | 'pause' | 'resume';
export const MOVE_LABELS: Record<Move, Key> = {
  approve: 'hsMoveApprove',
  start: 'hsMoveStart',
  hand_over: 'hsMoveHandOver',
  pause: 'hsMovePause',
  resume: 'hsMoveResume',
};

type Values = { date: Dayjs; requiredAmount?: number; reason?: string };

/** One step of a case: its date, the amount required when approving, the reason when pausing. */
export function MoveModal({ c, move, onClose }: { c: HousingCaseDetail; move: Move; onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  return (
    <FormModal<Values, HousingCaseDetail>
      title={`${t(MOVE_LABELS[move])} — ${c.headName}`}
      form={form}
      name="housing-move"
      okText={t(MOVE_LABELS[move])}
      initialValues={{ date: today(), requiredAmount: c.requiredAmount ?? undefined }}
      onClose={onClose}
      onSubmit={(v) =>
        moveCase(c.id, {
          move,
          date: toIso(v.date),
          ...(move === 'approve' && { requiredAmount: v.requiredAmount ?? null }),
          ...(move === 'pause' && { reason: v.reason ?? null }),
        })
      }
      refresh={() => invalidateHousing(qc)}
      onSaved={onClose}
    >
      <Form.Item name="date" label={t('hsDate')} rules={[{ required: true, message: t('required') }]}>
        <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} />
      </Form.Item>
      {move === 'approve' && (
        <Form.Item name="requiredAmount" label={t('hsRequired')} rules={[{ required: true, message: t('required') }]}>
          <MoneyInput min={1} />
        </Form.Item>
      )}
      {move === 'pause' && (
        <Form.Item name="reason" label={t('hsReason')} rules={[{ required: true, message: t('required') }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      )}
    </FormModal>
  );
}
