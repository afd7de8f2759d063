import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { showApiError } from '../../../lib/forms';
import { useCommuneOrganizations } from '../../units/api';
import { useI18n } from '../../../i18n';
import { invalidateMeetings, turnConclusionIntoTask, type Conclusion, type MeetingDetail } from '../api';
import { DATE_FORMATS, toIso } from '../../../lib/dates';
import { campaignKeys, fetchCampaigns } from '../../campaigns/api';

type Values = { campaignId: string; ownerOrganizationId: string; deadline?: Dayjs; title: string };
type Props = { meeting: MeetingDetail; conclusion: Conclusion | null; onClose: () => void };

/** "Giao thành nhiệm vụ": a conclusion becomes a task of a campaign, owned by a member organisation. */
export function ConclusionTaskModal(props: Props) {
  return props.conclusion ? <OpenTaskModal {...props} conclusion={props.conclusion} /> : null;
}

function OpenTaskModal({ meeting, conclusion, onClose }: Props & { conclusion: Conclusion }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const campaigns = useQuery({
    queryKey: campaignKeys.list(meeting.communeId),
    queryFn: () => fetchCampaigns(meeting.communeId),
  });
  const orgs = useCommuneOrganizations(meeting.communeId);

  async function submit() {
    const v = await form.validateFields();
    try {
      await turnConclusionIntoTask(meeting.id, conclusion.id, {
        campaignId: v.campaignId,
        ownerOrganizationId: v.ownerOrganizationId,
        deadline: v.deadline ? toIso(v.deadline) : null,
        title: v.title.trim(),
      });
      message.success(t('saved'));
      await invalidateMeetings(qc);
      await qc.invalidateQueries({ queryKey: campaignKeys.lists });
      onClose();
    } catch (e) {
      const msg = showApiError(form, e);
      if (msg) message.error(msg);
    }
  }

  const noCampaign = campaigns.isSuccess && campaigns.data.length === 0;
  return (
    <Modal
      open
      title={t('mtToTask')}
      okText={t('save')}
      cancelText={t('cancel')}
      okButtonProps={{ disabled: noCampaign }}
      destroyOnHidden
      onCancel={onClose}
      onOk={submit}
    >
      {noCampaign && <Alert type="warning" showIcon message={t('mtNoCampaign')} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        name="meeting-task"
        layout="vertical"
        preserve={false}
        initialValues={{ title: conclusion.text.slice(0, 500) }}
      >
        <Form.Item
          name="title"
          label={t('mtTaskTitle')}
          rules={[{ required: true, whitespace: true, message: t('required') }]}
        >
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
        <Form.Item name="campaignId" label={t('mtTaskCampaign')} rules={[{ required: true, message: t('required') }]}>
          <Select
            loading={campaigns.isLoading}
            options={(campaigns.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          />
        </Form.Item>
        <Form.Item
          name="ownerOrganizationId"
          label={t('mtTaskOrg')}
          rules={[{ required: true, message: t('required') }]}
        >
          <Select
            loading={orgs.isLoading}
            options={(orgs.data ?? []).filter((o) => o.active).map((o) => ({ value: o.id, label: o.name }))}
          />
        </Form.Item>
        <Form.Item name="deadline" label={t('mtTaskDeadline')}>
          <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
