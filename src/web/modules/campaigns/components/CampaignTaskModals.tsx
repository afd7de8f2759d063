import { useQueryClient } from '@tanstack/react-query';
import { DATE_FORMATS } from '../../../lib/dates';
import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { Organization } from '../../../lib/api';
import { FormModal } from '../../../lib/form-modal';
import { useI18n } from '../../../i18n';
import { statusKey, TASK_STATUSES } from '../shared';
import { type Task, type TaskStatus, campaignKeys, createTask, updateTask } from '../api';

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

/** After any task change: the campaign detail and the due lists may both have moved. */
function useRefreshTasks() {
  const qc = useQueryClient();
  return async () => {
    await qc.invalidateQueries({ queryKey: campaignKeys.details });
    await qc.invalidateQueries({ queryKey: campaignKeys.dueTasks });
  };
}

function TaskTitleItem() {
  const { t } = useI18n();
  return (
    <Form.Item
      name="title"
      label={t('campaignTaskTitle')}
      rules={[{ required: true, whitespace: true, message: t('required') }]}
    >
      <Input.TextArea rows={2} maxLength={500} />
    </Form.Item>
  );
}

function TaskDeadlineItem() {
  const { t } = useI18n();
  return (
    <Form.Item name="deadline" label={t('campaignTaskDeadline')}>
      <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} />
    </Form.Item>
  );
}

type NewValues = { title: string; ownerOrganizationId?: string; deadline?: Dayjs | null };

type NewProps = {
  open: boolean;
  campaignId: string;
  organizations: Organization[];
  self: boolean;
  onClose: () => void;
};

/**
 * A new task: managers assign it to any organisation (or none); an organisation head takes it on
 * for an organisation they lead. Mounted only while open, so each opening starts empty.
 */
export function NewTaskModal(props: NewProps) {
  return props.open ? <OpenNewTaskModal {...props} /> : null;
}

function OpenNewTaskModal(props: NewProps) {
  const { t } = useI18n();
  const refresh = useRefreshTasks();
  const [form] = Form.useForm<NewValues>();
  const orgOptions = props.organizations.filter((o) => o.active).map((o) => ({ value: o.id, label: o.name }));
  const showOrg = !props.self || orgOptions.length > 1;

  return (
    <FormModal
      title={props.self ? t('campaignTaskSelf') : t('campaignTaskAssign')}
      form={form}
      name="campaignTaskNew"
      initialValues={props.self ? { ownerOrganizationId: orgOptions[0]?.value } : {}}
      onClose={props.onClose}
      onSubmit={(v) =>
        createTask(props.campaignId, {
          title: v.title,
          deadline: day(v.deadline),
          ...(v.ownerOrganizationId ? { ownerOrganizationId: v.ownerOrganizationId } : {}),
        })
      }
      refresh={refresh}
      onSaved={props.onClose}
    >
      <TaskTitleItem />
      {showOrg && (
        <Form.Item
          name="ownerOrganizationId"
          label={t('campaignTaskOwner')}
          rules={props.self ? [{ required: true, message: t('required') }] : []}
        >
          <Select allowClear={!props.self} options={orgOptions} />
        </Form.Item>
      )}
      <TaskDeadlineItem />
    </FormModal>
  );
}

type EditValues = { title?: string; deadline?: Dayjs | null; status: TaskStatus; evidence?: string };

/** Update a task: managers edit every field; the owning organisation's head only status and results. */
export function EditTaskModal(props: { task: Task | null; full: boolean; onClose: () => void }) {
  return props.task ? <OpenEditTaskModal task={props.task} full={props.full} onClose={props.onClose} /> : null;
}

function OpenEditTaskModal(props: { task: Task; full: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const refresh = useRefreshTasks();
  const [form] = Form.useForm<EditValues>();
  const { task, full } = props;

  return (
    <FormModal
      title={t('campaignTaskUpdate')}
      form={form}
      name="campaignTaskEdit"
      initialValues={{
        title: task.title,
        deadline: task.deadline ? dayjs(task.deadline) : null,
        status: task.status,
        evidence: task.evidence,
      }}
      onClose={props.onClose}
      onSubmit={(v) =>
        updateTask(task.id, {
          status: v.status,
          evidence: v.evidence ?? '',
          ...(full ? { title: v.title, deadline: day(v.deadline) } : {}),
        })
      }
      refresh={refresh}
      onSaved={props.onClose}
    >
      {full && <TaskTitleItem />}
      {full && <TaskDeadlineItem />}
      <Form.Item name="status" label={t('campaignTaskStatus')} rules={[{ required: true, message: t('required') }]}>
        <Select options={TASK_STATUSES.map((s) => ({ value: s, label: t(statusKey(s)) }))} />
      </Form.Item>
      <Form.Item name="evidence" label={t('campaignTaskEvidence')}>
        <Input.TextArea rows={4} maxLength={10_000} />
      </Form.Item>
    </FormModal>
  );
}
