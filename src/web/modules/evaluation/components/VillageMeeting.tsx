import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  List,
  Popconfirm,
  Radio,
  Select,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { formatDateVi, todayVn } from '../../../../lib/dates';
import type { Unit } from '../../../lib/api';
import { DATE_FORMATS, toIso } from '../../../lib/dates';
import { DownloadButton } from '../../../lib/file-buttons';
import { showApiError } from '../../../lib/forms';
import { IntegerInput } from '../../../lib/inputs';
import { useUrlParams } from '../../../lib/url-params';
import { useI18n } from '../../../i18n';
import {
  confirmMeeting,
  createMeeting,
  type HouseholdResult,
  invalidateEvaluation,
  RESULTS,
  registerAll,
  resultKey,
  updateMeeting,
  useVillageYear,
} from '../api';

type MeetingForm = {
  heldOn: Dayjs;
  place: string;
  attendance: number;
  chairName: string;
  secretaryName: string;
  note?: string;
};

/**
 * The village meeting on a phone: the registered households, each with its result (đạt / tiêu biểu / không đạt) one
 * tap away, the meeting's facts, then save; the commune confirms the list, and the minutes download as .docx.
 */
export function VillageMeeting({ year, villages }: { year: number; villages: Unit[] }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [params, set] = useUrlParams();
  const villageId = params.get('village') ?? villages[0]?.id;
  const data = useVillageYear(villageId, year);
  const [form] = Form.useForm<MeetingForm>();
  const [results, setResults] = useState<Record<string, HouseholdResult | null>>({});
  const [busy, setBusy] = useState(false);
  const v = data.data;
  const meeting = v?.meeting ?? null;
  const editable = Boolean(v?.can.evaluate);

  useEffect(() => {
    if (!v) return;
    setResults(Object.fromEntries(v.households.map((h) => [h.householdId, h.result])));
    const today = todayVn();
    form.setFieldsValue({
      heldOn: dayjs(meeting?.heldOn ?? (today.startsWith(String(year)) ? today : `${year}-12-15`)),
      place: meeting?.place ?? `Nhà văn hóa ${v.villageName}`,
      attendance: meeting?.attendance ?? v.households.length,
      chairName: meeting?.chairName,
      secretaryName: meeting?.secretaryName,
      note: meeting?.note ?? undefined,
    });
  }, [v, meeting, year, form]);

  const missing = (v?.households ?? []).filter((h) => !results[h.householdId]).length;
  const refresh = () => invalidateEvaluation(qc);

  async function run(work: () => Promise<unknown>, done: string) {
    setBusy(true);
    try {
      await work();
      message.success(done);
      await refresh();
    } catch (e) {
      const msg = showApiError(form, e);
      if (msg) message.error(msg);
    } finally {
      setBusy(false);
    }
  }

  async function save() {
    let f: MeetingForm;
    try {
      f = await form.validateFields();
    } catch {
      return;
    }
    const body = {
      heldOn: toIso(f.heldOn),
      place: f.place,
      attendance: f.attendance,
      chairName: f.chairName,
      secretaryName: f.secretaryName,
      note: f.note ?? null,
      results: Object.entries(results).flatMap(([householdId, result]) => (result ? [{ householdId, result }] : [])),
    };
    await run(
      () => (meeting ? updateMeeting(meeting.id, body) : createMeeting({ ...body, villageId, year })),
      t('evSaved'),
    );
  }

  return (
    <Flex vertical gap={12}>
      <Card size="small">
        <Flex wrap gap={8} align="center">
          <Select
            data-testid="evaluation-village"
            aria-label={t('evVillage')}
            style={{ minWidth: 180 }}
            placeholder={t('evChooseVillage')}
            value={villageId}
            onChange={(id: string) => set({ village: id })}
            options={villages.map((u) => ({ value: u.id, label: u.name }))}
          />
          {v?.can.register && (
            <Button
              loading={busy}
              onClick={() =>
                void run(async () => {
                  const today = todayVn();
                  const on = today.startsWith(String(year)) ? today : `${year}-01-15`;
                  const r = await registerAll(villageId ?? '', year, on);
                  message.info(
                    t('evRegistered')
                      .replace('{registered}', String(r.registered))
                      .replace('{already}', String(r.already)),
                  );
                }, t('saved'))
              }
            >
              {t('evRegisterAll')}
            </Button>
          )}
          {meeting && (
            <DownloadButton
              href={`/api/v1/evaluation-meetings/${meeting.id}/minutes.docx`}
              data-testid="evaluation-minutes"
            >
              {t('evMinutes')}
            </DownloadButton>
          )}
        </Flex>
        {meeting && (
          <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }} data-testid="evaluation-counts">
            {t('evCounts')
              .replace('{passed}', String(meeting.counts.passed))
              .replace('{registered}', String(meeting.counts.registered))
              .replace('{exemplary}', String(meeting.counts.exemplary))
              .replace('{failed}', String(meeting.counts.failed))}
          </Typography.Paragraph>
        )}
        {meeting?.confirmedOn && (
          <Alert
            style={{ marginTop: 8 }}
            type="success"
            data-testid="evaluation-confirmed"
            title={t('evConfirmed')
              .replace('{date}', formatDateVi(meeting.confirmedOn))
              .replace('{number}', meeting.documentNumber ?? '')}
          />
        )}
      </Card>
      <Card size="small" title={`${v?.villageName ?? ''} · ${year}`}>
        <List
          data-testid="evaluation-households"
          loading={data.isLoading}
          locale={{ emptyText: t('evNoHouseholds') }}
          dataSource={v?.households ?? []}
          renderItem={(h) => (
            <List.Item style={{ flexWrap: 'wrap', gap: 8 }} data-testid="evaluation-household">
              <Typography.Text strong style={{ flex: '1 1 160px' }}>
                {h.headName}
              </Typography.Text>
              <Radio.Group
                aria-label={`${t('evResult')} ${h.headName}`}
                size="small"
                optionType="button"
                buttonStyle="solid"
                disabled={!editable}
                value={results[h.householdId] ?? undefined}
                onChange={(e) => setResults((r) => ({ ...r, [h.householdId]: e.target.value as HouseholdResult }))}
                options={RESULTS.map((r) => ({ value: r, label: t(resultKey(r)) }))}
              />
            </List.Item>
          )}
        />
        {editable && (v?.households.length ?? 0) > 0 && (
          <Button
            size="small"
            style={{ marginTop: 8 }}
            onClick={() => setResults((r) => Object.fromEntries(Object.keys(r).map((id) => [id, r[id] ?? 'passed'])))}
          >
            {t('evAllPassed')}
          </Button>
        )}
      </Card>
      <Card size="small">
        <Form form={form} name="evaluationMeeting" layout="vertical" disabled={!editable}>
          <Flex wrap gap={12}>
            <Form.Item name="heldOn" label={t('evHeldOn')} rules={[{ required: true }]} style={{ flex: '1 1 150px' }}>
              <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item
              name="attendance"
              label={t('evAttendance')}
              rules={[{ required: true }]}
              style={{ flex: '1 1 120px' }}
            >
              <IntegerInput min={1} style={{ width: '100%' }} />
            </Form.Item>
          </Flex>
          <Form.Item name="place" label={t('evPlace')} rules={[{ required: true }]}>
            <Input maxLength={300} />
          </Form.Item>
          <Flex wrap gap={12}>
            <Form.Item name="chairName" label={t('evChair')} rules={[{ required: true }]} style={{ flex: '1 1 220px' }}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item
              name="secretaryName"
              label={t('evSecretary')}
              rules={[{ required: true }]}
              style={{ flex: '1 1 220px' }}
            >
              <Input maxLength={200} />
            </Form.Item>
          </Flex>
          <Form.Item name="note" label={t('evNote')}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </Form>
        {!editable && meeting?.confirmedOn && <Typography.Text type="secondary">{t('evLocked')}</Typography.Text>}
        <Flex wrap gap={8} align="center">
          {editable && (
            <Button type="primary" loading={busy} onClick={() => void save()} data-testid="evaluation-save">
              {t('evSaveResults')}
            </Button>
          )}
          {editable && missing > 0 && (
            <Typography.Text type="warning">{t('evMissing').replace('{n}', String(missing))}</Typography.Text>
          )}
          {meeting?.can.confirm && (
            <Popconfirm
              title={`${t('evConfirm')} · ${formatDateVi(todayVn())}`}
              onConfirm={() => run(() => confirmMeeting(meeting.id, todayVn()), t('saved'))}
            >
              <Button loading={busy} data-testid="evaluation-confirm">
                {t('evConfirm')}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      </Card>
    </Flex>
  );
}
