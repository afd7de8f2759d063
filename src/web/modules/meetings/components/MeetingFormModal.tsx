import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { unitDisplayName } from '../../../../lib/units';
import type { Unit } from '../../../lib/api';
import { showApiError } from '../../../lib/forms';
import { useI18n } from '../../../i18n';
import {
  createMeeting,
  invalidateMeetings,
  MEETING_TYPES,
  updateMeeting,
  type MeetingDetail,
  type MeetingType,
} from '../api';
import { typeKey } from '../shared';
import { DATE_FORMATS, today, toIso } from '../../../lib/dates';

type DelegateRow = { id?: string; name?: string; title?: string; organization?: string };
type Values = {
  communeId: string;
  type: MeetingType;
  title: string;
  date: Dayjs;
  startTime?: string;
  place?: string;
  villageId?: string | null;
  chair?: string;
  chairTitle?: string;
  secretary?: string;
  agenda?: string[];
  delegates?: DelegateRow[];
  expectedCount?: number | null;
};
type Props = {
  open: boolean;
  units: Unit[];
  editing?: MeetingDetail;
  onClose: () => void;
  onSaved: (m: MeetingDetail) => void;
};

/** Create or edit a meeting. Mounted only while open, so each opening starts from the meeting as it is. */
export function MeetingFormModal(props: Props) {
  return props.open ? <OpenMeetingForm {...props} /> : null;
}

function OpenMeetingForm({ units, editing, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const communeIds = [
    ...new Set(
      units
        .map((u) => (u.level === 'commune' ? u.id : u.level === 'village' ? u.communeId : null))
        .filter((x): x is string => !!x),
    ),
  ];
  const communeLabel = (id: string) => {
    const c = units.find((u) => u.id === id);
    return c ? unitDisplayName(c) : (units.find((u) => u.communeId === id)?.name ?? id);
  };
  const communeId = Form.useWatch('communeId', form) ?? editing?.communeId ?? communeIds[0];
  const villages = units.filter((u) => u.level === 'village' && u.communeId === communeId);

  async function submit() {
    const v = await form.validateFields();
    const body = {
      type: v.type,
      title: v.title,
      date: toIso(v.date),
      startTime: v.startTime?.trim() || null,
      place: v.place?.trim() || null,
      villageId: v.villageId || null,
      chair: v.chair?.trim() || null,
      chairTitle: v.chairTitle?.trim() || null,
      secretary: v.secretary?.trim() || null,
      agenda: (v.agenda ?? []).map((a) => a?.trim()).filter(Boolean),
      delegates: (v.delegates ?? [])
        .filter((d) => d.name?.trim())
        .map((d) => ({
          ...(d.id && { id: d.id }),
          name: d.name?.trim(),
          title: d.title?.trim() || null,
          organization: d.organization?.trim() || null,
        })),
      expectedCount: v.expectedCount ?? null,
    };
    try {
      const saved = editing
        ? await updateMeeting(editing.id, body)
        : await createMeeting({ communeId: v.communeId, ...body });
      message.success(t('saved'));
      await invalidateMeetings(qc);
      onSaved(saved);
    } catch (e) {
      const msg = showApiError(form, e);
      if (msg) message.error(msg);
    }
  }

  const initial: Partial<Values> = editing
    ? {
        communeId: editing.communeId,
        type: editing.type,
        title: editing.title,
        date: dayjs(editing.date),
        startTime: editing.startTime ?? undefined,
        place: editing.place ?? undefined,
        villageId: editing.villageId,
        chair: editing.chair ?? undefined,
        chairTitle: editing.chairTitle ?? undefined,
        secretary: editing.secretary ?? undefined,
        agenda: editing.agenda,
        delegates: editing.delegates.map((d) => ({
          id: d.id,
          name: d.name,
          title: d.title ?? undefined,
          organization: d.organization ?? undefined,
        })),
        expectedCount: editing.expectedCount,
      }
    : {
        communeId: communeIds[0],
        type: 'half_year_review',
        date: today(),
        startTime: '14:00',
        agenda: [''],
        delegates: [],
      };

  return (
    <Modal
      open
      width={760}
      title={editing ? t('mtEdit') : t('mtNew')}
      okText={t('save')}
      cancelText={t('cancel')}
      destroyOnHidden
      onCancel={onClose}
      onOk={submit}
    >
      <Form form={form} name="meeting-form" layout="vertical" preserve={false} initialValues={initial}>
        <Form.Item
          name="communeId"
          label={t('mtCommune')}
          rules={[{ required: true, message: t('required') }]}
          hidden={!!editing || communeIds.length < 2}
        >
          <Select options={communeIds.map((id) => ({ value: id, label: communeLabel(id) }))} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="type" label={t('mtType')} rules={[{ required: true, message: t('required') }]}>
              <Select options={MEETING_TYPES.map((x) => ({ value: x, label: t(typeKey(x)) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="villageId" label={t('mtVillage')}>
              <Select
                allowClear
                placeholder={t('mtVillageNone')}
                options={villages.map((v) => ({ value: v.id, label: v.name }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="title"
          label={t('mtTitle')}
          rules={[{ required: true, whitespace: true, message: t('required') }]}
        >
          <Input.TextArea maxLength={500} autoSize={{ minRows: 1, maxRows: 3 }} placeholder={t('mtTitleHint')} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={12} sm={8}>
            <Form.Item name="date" label={t('mtDate')} rules={[{ required: true, message: t('required') }]}>
              <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item
              name="startTime"
              label={t('mtStartTime')}
              rules={[{ pattern: /^([01]\d|2[0-3]):[0-5]\d$/, message: t('mtStartTimeBad') }]}
            >
              <Input placeholder={t('mtStartTimeHint')} maxLength={5} inputMode="numeric" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={10}>
            <Form.Item name="expectedCount" label={t('mtExpected')}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="place" label={t('mtPlace')}>
          <Input maxLength={300} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={8}>
            <Form.Item name="chair" label={t('mtChair')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="chairTitle" label={t('mtChairTitle')}>
              <Input maxLength={300} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="secretary" label={t('mtSecretary')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t('mtAgenda')}>
          <Form.List name="agenda">
            {(fields, { add, remove }) => (
              <Space orientation="vertical" style={{ width: '100%' }}>
                {fields.map((f) => (
                  <Space.Compact key={f.key} style={{ width: '100%' }}>
                    <Form.Item name={f.name} noStyle>
                      <Input maxLength={1000} />
                    </Form.Item>
                    <Button onClick={() => remove(f.name)} aria-label={t('mtRemove')}>
                      ×
                    </Button>
                  </Space.Compact>
                ))}
                <Button type="dashed" onClick={() => add('')}>
                  {t('mtAgendaAdd')}
                </Button>
              </Space>
            )}
          </Form.List>
        </Form.Item>
        <Form.Item label={t('mtDelegates')}>
          <Form.List name="delegates">
            {(fields, { add, remove }) => (
              <Space orientation="vertical" style={{ width: '100%' }}>
                {fields.map((f) => (
                  <Row key={f.key} gutter={6} wrap>
                    <Form.Item name={[f.name, 'id']} hidden>
                      <Input />
                    </Form.Item>
                    <Col xs={24} sm={7}>
                      <Form.Item name={[f.name, 'name']} noStyle>
                        <Input placeholder={t('mtDelegateName')} maxLength={200} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} sm={9}>
                      <Form.Item name={[f.name, 'title']} noStyle>
                        <Input placeholder={t('mtDelegateTitle')} maxLength={300} />
                      </Form.Item>
                    </Col>
                    <Col xs={20} sm={6}>
                      <Form.Item name={[f.name, 'organization']} noStyle>
                        <Input placeholder={t('mtDelegateOrg')} maxLength={200} />
                      </Form.Item>
                    </Col>
                    <Col xs={4} sm={2}>
                      <Button onClick={() => remove(f.name)} aria-label={t('mtRemove')}>
                        ×
                      </Button>
                    </Col>
                  </Row>
                ))}
                <Button type="dashed" onClick={() => add({})}>
                  {t('mtDelegateAdd')}
                </Button>
              </Space>
            )}
          </Form.List>
        </Form.Item>
      </Form>
    </Modal>
  );
}
