import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Checkbox,
  DatePicker,
  Descriptions,
  Drawer,
  Form,
  Grid,
  Input,
  Select,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { formatDateVi } from '../../../../lib/dates';
import { showApiError } from '../../../lib/forms';
import { useI18n } from '../../../i18n';
import {
  invalidatePetitions,
  nextStep,
  stepPetition,
  usePetition,
  type Options,
  type PetitionDetail,
  type Step,
} from '../api';
import { agencyKey, fieldKey, sourceKey, STATUS_COLORS, statusKey, stepKey } from '../shared';
import { DATE_FORMATS, today, toIso } from '../../../lib/dates';

type Values = {
  date?: Dayjs;
  note?: string;
  document?: string;
  dueDate?: Dayjs;
  answer?: string;
  answerPublic?: boolean;
  meetingId?: string;
};

/** One petition: its facts, every step so far, and the form for the next step (standing committee only). */
export function PetitionDrawer({
  id,
  options,
  onClose,
}: {
  id: string | null;
  options: Options | undefined;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const q = usePetition(id);
  const p = q.data;
  const step = p ? nextStep(p) : null;
  // On a phone the labels go above the values so nothing is squeezed.
  const narrow = !Grid.useBreakpoint().sm;
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      title={p ? `${p.code} · ${t(statusKey(p.status))}` : t('ptNav')}
      size="min(736px, 100vw)"
      destroyOnHidden
    >
      {p && (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} data-testid="petition-content">
            {p.content}
          </Typography.Paragraph>
          <Descriptions size="small" column={1} bordered layout={narrow ? 'vertical' : 'horizontal'}>
            <Descriptions.Item label={t('ptStatus')}>
              <Space wrap>
                <Tag color={STATUS_COLORS[p.status]}>{t(statusKey(p.status))}</Tag>
                {p.overdue && <Tag color="red">{t('ptOverdue')}</Tag>}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('ptField')}>{t(fieldKey(p.field))}</Descriptions.Item>
            <Descriptions.Item label={t('ptAgency')}>
              {p.agencyName ? `${p.agencyName} (${t(agencyKey(p.agency))})` : t(agencyKey(p.agency))}
            </Descriptions.Item>
            <Descriptions.Item label={t('ptVillage')}>{p.villageName ?? t('ptWholeCommune')}</Descriptions.Item>
            <Descriptions.Item label={t('ptSource')}>{p.meetingTitle ?? t(sourceKey(p.source))}</Descriptions.Item>
            <Descriptions.Item label={t('ptReceivedAt')}>{formatDateVi(p.receivedAt)}</Descriptions.Item>
            {p.dueDate && <Descriptions.Item label={t('ptDueDate')}>{formatDateVi(p.dueDate)}</Descriptions.Item>}
            {(p.submitterName || p.submitterContact || p.hasSubmitter) && (
              <Descriptions.Item label={t('ptSubmitter')}>
                {p.submitterName || p.submitterContact ? (
                  [p.submitterName, p.submitterContact, p.submitterAddress].filter(Boolean).join(' · ')
                ) : (
                  <Typography.Text type="secondary">{t('ptSubmitterHidden')}</Typography.Text>
                )}
              </Descriptions.Item>
            )}
            {p.answer && (
              <Descriptions.Item label={t('ptAnswer')}>
                <div style={{ whiteSpace: 'pre-wrap' }}>{p.answer}</div>
                {p.answerDocument && <Typography.Text type="secondary">{p.answerDocument}</Typography.Text>}
              </Descriptions.Item>
            )}
          </Descriptions>
          <div>
            <Typography.Title level={5}>{t('ptHistory')}</Typography.Title>
            <Timeline
              items={p.history.map((h) => ({
                key: h.id,
                color: STATUS_COLORS[h.toStatus] === 'default' ? 'gray' : h.toStatus === 'forwarded' ? 'blue' : 'green',
                content: (
                  <div>
                    <strong>{formatDateVi(h.date)}</strong> · {t(statusKey(h.toStatus))}
                    {h.actorName && (
                      <Typography.Text type="secondary">
                        {' '}
                        · {t('ptBy')} {h.actorName}
                      </Typography.Text>
                    )}
                    {h.meetingTitle && <div>{h.meetingTitle}</div>}
                    {h.document && <div>{h.document}</div>}
                    {h.note && <Typography.Text type="secondary">{h.note}</Typography.Text>}
                  </div>
                ),
              }))}
            />
          </div>
          {step && <StepForm key={`${p.id}-${p.status}`} petition={p} step={step} options={options} />}
          {p.status === 'closed' && <Alert type="success" showIcon title={t('ptDone')} />}
        </Space>
      )}
    </Drawer>
  );
}

function StepForm({ petition, step, options }: { petition: PetitionDetail; step: Step; options: Options | undefined }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const meetings = options?.meetings ?? [];

  async function submit() {
    const v = await form.validateFields();
    try {
      await stepPetition(petition.id, {
        to: step,
        date: v.date ? toIso(v.date) : undefined,
        note: v.note?.trim() || undefined,
        document: v.document?.trim() || undefined,
        ...(step === 'forwarded' && v.dueDate && { dueDate: toIso(v.dueDate) }),
        ...(step === 'answered' && { answer: v.answer, answerPublic: v.answerPublic ?? true }),
        ...(step === 'closed' && { meetingId: v.meetingId }),
      });
      message.success(t('saved'));
      await invalidatePetitions(qc);
    } catch (e) {
      const msg = showApiError(form, e);
      if (msg) message.error(msg);
    }
  }

  return (
    <Form
      form={form}
      name={`petition-step-${step}`}
      layout="vertical"
      initialValues={{ answerPublic: true }}
      style={{ borderTop: '1px solid #eee', paddingTop: 12 }}
    >
      <Typography.Title level={5}>
        {t('ptNext')}: {t(stepKey(step))}
      </Typography.Title>
      {step === 'answered' && (
        <>
          <Form.Item
            name="answer"
            label={t('ptAnswer')}
            rules={[{ required: true, whitespace: true, message: t('ptAnswerRequired') }]}
          >
            <Input.TextArea maxLength={10000} autoSize={{ minRows: 3, maxRows: 10 }} />
          </Form.Item>
          <Form.Item name="answerPublic" valuePropName="checked">
            <Checkbox>{t('ptAnswerPublic')}</Checkbox>
          </Form.Item>
        </>
      )}
      {step === 'closed' &&
        (meetings.length ? (
          <Form.Item
            name="meetingId"
            label={t('ptClosedMeeting')}
            rules={[{ required: true, message: t('ptMeetingRequired') }]}
          >
            <Select options={meetings.map((m) => ({ value: m.id, label: `${m.title} (${formatDateVi(m.date)})` }))} />
          </Form.Item>
        ) : (
          <Alert type="warning" showIcon title={t('ptNoMeetings')} style={{ marginBottom: 12 }} />
        ))}
      {step !== 'closed' && (
        <Form.Item name="document" label={t(step === 'forwarded' ? 'ptForwardDocument' : 'ptAnswerDocument')}>
          <Input maxLength={300} />
        </Form.Item>
      )}
      {step === 'forwarded' && (
        <Form.Item name="dueDate" label={t('ptDueDate')}>
          <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} />
        </Form.Item>
      )}
      <Form.Item name="date" label={t('ptDate')}>
        <DatePicker
          format={DATE_FORMATS}
          style={{ width: '100%' }}
          placeholder={formatDateVi(toIso(today()))}
          disabledDate={(d) => d.isAfter(today(), 'day')}
        />
      </Form.Item>
      <Form.Item name="note" label={t('ptNote')}>
        <Input.TextArea maxLength={2000} autoSize={{ minRows: 1, maxRows: 4 }} />
      </Form.Item>
      <Button
        type="primary"
        onClick={submit}
        data-testid="petition-step-submit"
        disabled={step === 'closed' && meetings.length === 0}
      >
        {t(stepKey(step))}
      </Button>
    </Form>
  );
}
