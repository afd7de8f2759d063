import { useQueryClient } from '@tanstack/react-query';
import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { Unit } from '../../../lib/api';
import { DATE_FORMATS, toIso } from '../../../lib/dates';
import { FormModal } from '../../../lib/form-modal';
import { useI18n } from '../../../i18n';
import { createFestival, type FestivalDetail, invalidateFestivals, linesOf, updateFestival } from '../api';

type Values = {
  villageId?: string;
  date: Dayjs;
  startTime?: string;
  place: string;
  programme?: string;
  presenter?: string;
  highlights?: string;
  tasks?: string;
};

/** Plans a village's festival, or edits the plan and the report's own text (`festival` given). */
export function PlanModal(props: {
  villages: Unit[];
  festival?: FestivalDetail;
  onClose: () => void;
  onSaved: (f: FestivalDetail) => void;
}) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const f = props.festival;
  const year = dayjs().year();
  // What the issued report prints cannot change any more (the server answers 409).
  const frozen = Boolean(f && !f.can.editReport);
  return (
    <FormModal<Values, FestivalDetail>
      title={f ? t('fvEditPlan') : t('fvNew')}
      form={form}
      name="festival-plan"
      width={640}
      initialValues={
        f
          ? {
              date: dayjs(f.date),
              startTime: f.startTime ?? '',
              place: f.place,
              programme: f.programme.join('\n'),
              presenter: f.presenter ?? '',
              highlights: f.highlights ?? '',
              tasks: (f.tasks ?? []).join('\n'),
            }
          : { date: dayjs(`${year}-11-18`), startTime: '07:30', villageId: props.villages[0]?.id }
      }
      onClose={props.onClose}
      onSubmit={(v) => {
        const plan = {
          date: toIso(v.date),
          startTime: v.startTime?.trim() || null,
          place: v.place,
          programme: linesOf(v.programme),
          presenter: v.presenter?.trim() || null,
          highlights: v.highlights?.trim() || null,
        };
        if (f) {
          const tasks = linesOf(v.tasks);
          // Issued, the report keeps what it printed: only the plan's practical details are sent.
          if (!f.can.editReport)
            return updateFestival(f.id, { startTime: plan.startTime, place: plan.place, programme: plan.programme });
          return updateFestival(f.id, { ...plan, tasks: tasks.length ? tasks : null });
        }
        return createFestival({ ...plan, villageId: v.villageId ?? '' });
      }}
      refresh={() => invalidateFestivals(qc)}
      onSaved={props.onSaved}
    >
      {!f && (
        <Form.Item name="villageId" label={t('fvVillage')} rules={[{ required: true, message: t('required') }]}>
          <Select options={props.villages.map((v) => ({ value: v.id, label: v.name }))} />
        </Form.Item>
      )}
      <Form.Item
        name="date"
        label={t('fvDate')}
        extra={t('fvDateHint')}
        rules={[{ required: true, message: t('required') }]}
      >
        <DatePicker format={DATE_FORMATS} style={{ width: 200 }} disabled={frozen} />
      </Form.Item>
      <Form.Item name="startTime" label={t('fvStartTime')}>
        <Input placeholder="07:30" style={{ width: 120 }} />
      </Form.Item>
      <Form.Item name="place" label={t('fvPlace')} rules={[{ required: true, message: t('required') }]}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="presenter" label={t('fvPresenter')}>
        <Input maxLength={200} disabled={frozen} />
      </Form.Item>
      <Form.Item name="programme" label={t('fvProgramme')}>
        <Input.TextArea rows={4} />
      </Form.Item>
      <Form.Item name="highlights" label={t('fvHighlights')}>
        <Input.TextArea rows={3} maxLength={4000} disabled={frozen} />
      </Form.Item>
      {f && (
        <Form.Item name="tasks" label={t('fvTasks')}>
          <Input.TextArea rows={4} disabled={frozen} />
        </Form.Item>
      )}
    </FormModal>
  );
}
