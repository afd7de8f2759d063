import { useQueryClient } from '@tanstack/react-query';
import { Button, DatePicker, Flex, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { Unit } from '../../../lib/api';
import { CommuneItem, FormModal } from '../../../lib/form-modal';
import { useI18n } from '../../../i18n';
import {
  createSupervision,
  invalidateSupervision,
  KINDS,
  updateSupervision,
  type Kind,
  type Supervision,
} from '../api';
import { kindKey } from '../shared';
import { DATE_FORMATS, toIso } from '../../../lib/dates';

type Values = {
  communeId: string;
  kind: Kind;
  subject: string;
  target?: string;
  content?: string;
  team: { name: string; title?: string }[];
  startDate: Dayjs;
  endDate: Dayjs;
};
type Props = {
  open: boolean;
  communes: Unit[];
  editing?: Supervision;
  onClose: () => void;
  onSaved: (s: Supervision) => void;
};

/**
 * Create or edit a supervision plan: subject, target, details, team (editable list), dates. Mounted only while open.
 */
export function SupervisionFormModal(props: Props) {
  return props.open ? <OpenModal {...props} /> : null;
}

function OpenModal({ communes, editing, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const initial: Partial<Values> = editing
    ? {
        communeId: editing.communeId,
        kind: editing.kind,
        subject: editing.subject,
        target: editing.target ?? '',
        content: editing.content ?? '',
        team: editing.team.map((m) => ({ name: m.name, title: m.title ?? '' })),
        startDate: dayjs(editing.startDate),
        endDate: dayjs(editing.endDate),
      }
    : { communeId: communes[0]?.id, kind: 'supervision', target: 'UBND xã', team: [{ name: '', title: '' }] };

  return (
    <FormModal
      title={editing ? t('svEdit') : t('svNew')}
      width={640}
      form={form}
      name="supervision-plan"
      initialValues={initial}
      onClose={onClose}
      onSubmit={(v) => {
        const body = {
          kind: v.kind,
          subject: v.subject,
          target: v.target?.trim() ?? '',
          content: v.content?.trim() ?? '',
          team: (v.team ?? [])
            .filter((m) => m?.name?.trim())
            .map((m) => ({ name: m.name.trim(), title: m.title?.trim() || null })),
          startDate: toIso(v.startDate),
          endDate: toIso(v.endDate),
        };
        return editing ? updateSupervision(editing.id, body) : createSupervision({ ...body, communeId: v.communeId });
      }}
      refresh={() => invalidateSupervision(qc)}
      onSaved={onSaved}
    >
      <CommuneItem communes={communes} hidden={!!editing} />
      <Form.Item name="kind" label={t('svKind')} rules={[{ required: true, message: t('required') }]}>
        <Select options={KINDS.map((k) => ({ value: k, label: t(kindKey(k)) }))} />
      </Form.Item>
      <Form.Item
        name="subject"
        label={t('svSubject')}
        rules={[{ required: true, whitespace: true, message: t('required') }]}
      >
        <Input.TextArea maxLength={500} autoSize={{ minRows: 1, maxRows: 4 }} placeholder={t('svSubjectHint')} />
      </Form.Item>
      <Form.Item name="target" label={t('svTarget')}>
        <Input maxLength={300} placeholder={t('svTargetHint')} />
      </Form.Item>
      <Form.Item name="content" label={t('svContent')}>
        <Input.TextArea maxLength={5000} autoSize={{ minRows: 2, maxRows: 8 }} />
      </Form.Item>
      <Flex gap={8} wrap>
        <Form.Item
          name="startDate"
          label={t('svStartDate')}
          rules={[{ required: true, message: t('required') }]}
          style={{ flex: '1 1 140px' }}
        >
          <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="endDate"
          label={t('svEndDate')}
          dependencies={['startDate']}
          style={{ flex: '1 1 140px' }}
          rules={[
            { required: true, message: t('required') },
            ({ getFieldValue }) => ({
              validator: (_, v: Dayjs | undefined) => {
                const start = getFieldValue('startDate') as Dayjs | undefined;
                return !v || !start || !v.isBefore(start, 'day')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('svEndBeforeStart')));
              },
            }),
          ]}
        >
          <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <Form.Item label={t('svTeam')} style={{ marginBottom: 0 }}>
        <Form.List name="team">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Flex key={f.key} gap={8} align="start" wrap>
                  <Form.Item name={[f.name, 'name']} style={{ flex: '1 1 150px', marginBottom: 8 }}>
                    <Input maxLength={200} placeholder={t('svMemberName')} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'title']} style={{ flex: '2 1 200px', marginBottom: 8 }}>
                    <Input maxLength={200} placeholder={t('svMemberTitle')} />
                  </Form.Item>
                  <Button type="text" danger aria-label={t('svRemoveMember')} onClick={() => remove(f.name)}>
                    ✕
                  </Button>
                </Flex>
              ))}
              <Button type="dashed" onClick={() => add({ name: '', title: '' })} style={{ marginBottom: 16 }}>
                + {t('svAddMember')}
              </Button>
            </>
          )}
        </Form.List>
      </Form.Item>
    </FormModal>
  );
}
