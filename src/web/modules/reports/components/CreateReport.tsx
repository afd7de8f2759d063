import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { DATE_FORMATS } from '../../../lib/dates';
import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { formatDateVi } from '../../../../lib/dates';
import { compareVi } from '../../../../lib/vi-text';
import { ApiError } from '../../../lib/api';
import { showApiError } from '../../../lib/forms';
import { useI18n } from '../../../i18n';
import { useUnits } from '../../units/api';
import { createReport, fetchReviewMeetings, reportKeys, type ReportType } from '../api';

type Values = {
  unitId: string;
  type: ReportType;
  year: number;
  half: 1 | 2;
  range?: [Dayjs, Dayjs];
  meetingId?: string;
  title?: string;
};

/** The period a form's choices stand for: a half, a whole year, or a picked range. */
export function periodOf(v: Pick<Values, 'type' | 'year' | 'half' | 'range'>): { from: string; to: string } {
  if (v.type === 'year') return { from: `${v.year}-01-01`, to: `${v.year}-12-31` };
  if (v.type === 'half_year')
    return v.half === 1
      ? { from: `${v.year}-01-01`, to: `${v.year}-06-30` }
      : { from: `${v.year}-07-01`, to: `${v.year}-12-31` };
  return { from: v.range?.[0].format('YYYY-MM-DD') ?? '', to: v.range?.[1].format('YYYY-MM-DD') ?? '' };
}

export function CreateReport({ onClose, onCreated }: { onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const units = (useUnits().data ?? [])
    .filter((u) => u.level === 'commune' || u.level === 'province')
    .sort((a, b) => compareVi(a.name, b.name));
  const unitId = Form.useWatch('unitId', form);
  const type = Form.useWatch('type', form);
  const firstUnit = units.find((u) => u.level === 'commune')?.id ?? units[0]?.id;
  // The units arrive after the form mounts: pick the commune once they do.
  useEffect(() => {
    if (firstUnit && !form.getFieldValue('unitId')) form.setFieldValue('unitId', firstUnit);
  }, [firstUnit, form]);
  const meetings = useQuery({
    queryKey: reportKeys.reviewMeetings(unitId),
    enabled: !!unitId,
    retry: false,
    queryFn: () => fetchReviewMeetings(unitId),
  });
  const create = useMutation({
    mutationFn: ({ v, confirm }: { v: Values; confirm?: true }) =>
      createReport({
        unitId: v.unitId,
        type: v.type,
        ...periodOf(v),
        meetingId: v.meetingId || null,
        ...(v.title?.trim() && { title: v.title.trim() }),
        ...(confirm && { confirm }),
      }),
    onSuccess: (r) => {
      void message.success(t('rpCreated'));
      void qc.invalidateQueries({ queryKey: reportKeys.list });
      onClose();
      onCreated(r.id);
    },
    onError: (e, asked) => {
      // The period already has an issued report: say so, and create another only if the user confirms.
      if (e instanceof ApiError && e.code === 'period_already_reported') {
        modal.confirm({
          title: t('rpNew'),
          content: e.message,
          okText: t('rpCreateAnyway'),
          cancelText: t('cancel'),
          onOk: () => create.mutate({ v: asked.v, confirm: true }),
        });
        return;
      }
      const rest = showApiError(form, e);
      if (rest) void message.error(rest);
    },
  });
  const now = dayjs();
  const years = Array.from({ length: 6 }, (_, i) => now.year() - i);
  const initial: Partial<Values> = {
    unitId: firstUnit,
    type: 'half_year',
    year: now.month() < 6 ? now.year() - 1 : now.year(),
    half: now.month() < 6 ? 2 : 1,
  };
  return (
    <Modal
      open
      title={t('rpNew')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={initial} onFinish={(v) => create.mutate({ v })}>
        <Form.Item name="unitId" label={t('rpUnit')} rules={[{ required: true, message: t('required') }]}>
          <Select options={units.map((u) => ({ value: u.id, label: `${u.kind} ${u.name}` }))} />
        </Form.Item>
        <Form.Item name="type" label={t('rpType')}>
          <Select
            options={(['half_year', 'year', 'custom'] as const).map((k) => ({ value: k, label: t(`rpType_${k}`) }))}
          />
        </Form.Item>
        {type !== 'custom' ? (
          <Form.Item label={t('rpPeriod')} style={{ marginBottom: 0 }}>
            <Form.Item name="year" style={{ display: 'inline-block', width: 110, marginRight: 8 }}>
              <Select options={years.map((y) => ({ value: y, label: String(y) }))} aria-label={t('rpYear')} />
            </Form.Item>
            {type === 'half_year' && (
              <Form.Item name="half" style={{ display: 'inline-block', width: 190 }}>
                <Select
                  options={[
                    { value: 1, label: t('rpFirstHalf') },
                    { value: 2, label: t('rpSecondHalf') },
                  ]}
                  aria-label={t('rpHalf')}
                />
              </Form.Item>
            )}
          </Form.Item>
        ) : (
          <Form.Item name="range" label={t('rpPeriod')} rules={[{ required: true, message: t('required') }]}>
            <DatePicker.RangePicker format={DATE_FORMATS} style={{ width: '100%' }} />
          </Form.Item>
        )}
        <Form.Item name="meetingId" label={t('rpMeeting')}>
          <Select
            allowClear
            options={(meetings.data ?? []).map((m) => ({ value: m.id, label: `${formatDateVi(m.date)} — ${m.title}` }))}
          />
        </Form.Item>
        <Form.Item name="title" label={t('rpTitle')} extra={t('rpTitleHint')}>
          <Input.TextArea rows={2} maxLength={300} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
