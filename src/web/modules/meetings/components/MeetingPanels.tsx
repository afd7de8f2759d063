import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Checkbox, Empty, Flex, Input, InputNumber, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatDateVi } from '../../../../lib/dates';
import { useI18n } from '../../../i18n';
import {
  invalidateMeetings,
  recordAttendance,
  saveConclusions,
  updateMeeting,
  type Conclusion,
  type MeetingDetail,
} from '../api';

/** Saves, refreshes the meeting, and shows the server's message on failure. */
function useSave() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [busy, setBusy] = useState(false);
  return {
    busy,
    async save(write: () => Promise<unknown>) {
      setBusy(true);
      try {
        await write();
        message.success(t('saved'));
        await invalidateMeetings(qc);
      } catch (e) {
        message.error(e instanceof Error ? e.message : String(e));
      } finally {
        setBusy(false);
      }
    },
  };
}

/** Điểm danh: tick the delegates present; the head count of a large meeting. */
export function AttendancePanel({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useI18n();
  const { busy, save } = useSave();
  const [present, setPresent] = useState(() => new Set(meeting.delegates.filter((d) => d.attended).map((d) => d.id)));
  const [count, setCount] = useState<number | null>(meeting.presentCount);
  const editable = meeting.can.recordAttendance;
  if (meeting.delegates.length === 0 && !editable) return <Empty description={t('mtDelegates')} />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <List
        size="small"
        bordered
        dataSource={meeting.delegates}
        renderItem={(d) => (
          <List.Item>
            <Checkbox
              disabled={!editable}
              checked={present.has(d.id)}
              onChange={(e) =>
                setPresent((s) => {
                  const next = new Set(s);
                  if (e.target.checked) next.add(d.id);
                  else next.delete(d.id);
                  return next;
                })
              }
            >
              <Typography.Text strong>{d.name}</Typography.Text>
              {d.title && <Typography.Text type="secondary"> – {d.title}</Typography.Text>}
              {d.organization && <Typography.Text type="secondary"> ({d.organization})</Typography.Text>}
            </Checkbox>
          </List.Item>
        )}
      />
      <Flex wrap gap={8} align="center">
        <Typography.Text>
          {t('mtAttended')}: {present.size}/{meeting.delegates.length}
        </Typography.Text>
        <Typography.Text style={{ marginInlineStart: 'auto' }}>{t('mtPresent')}</Typography.Text>
        <InputNumber min={0} precision={0} value={count} disabled={!editable} onChange={(v) => setCount(v)} />
        {meeting.expectedCount !== null && (
          <Typography.Text type="secondary">/ {meeting.expectedCount}</Typography.Text>
        )}
        {editable && (
          <Button
            type="primary"
            loading={busy}
            onClick={() =>
              void save(() => recordAttendance(meeting.id, { attended: [...present], presentCount: count }))
            }
          >
            {t('mtSaveAttendance')}
          </Button>
        )}
      </Flex>
    </Space>
  );
}

/** Diễn biến: the proceedings as the secretary types them, one paragraph per line. */
export function MinutesPanel({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useI18n();
  const { busy, save } = useSave();
  const [text, setText] = useState(meeting.minutes ?? '');
  const editable = meeting.can.edit && meeting.status !== 'cancelled';
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Input.TextArea
        value={text}
        readOnly={!editable}
        onChange={(e) => setText(e.target.value)}
        autoSize={{ minRows: 6, maxRows: 20 }}
        maxLength={50_000}
        placeholder={t('mtMinutesHint')}
      />
      {editable && (
        <Button
          type="primary"
          loading={busy}
          onClick={() => void save(() => updateMeeting(meeting.id, { minutes: text.trim() || null }))}
        >
          {t('mtSaveMinutes')}
        </Button>
      )}
    </Space>
  );
}

/** Kết luận: an editable list; each saved conclusion may become a campaign task. */
export function ConclusionsPanel({ meeting, onTask }: { meeting: MeetingDetail; onTask: (c: Conclusion) => void }) {
  const { t } = useI18n();
  const { busy, save } = useSave();
  const [rows, setRows] = useState<{ id?: string; text: string }[]>(() =>
    meeting.conclusions.map((c) => ({ id: c.id, text: c.text })),
  );
  const editable = meeting.can.edit && meeting.status !== 'cancelled';
  const saved = new Map(meeting.conclusions.map((c) => [c.id, c]));
  const set = (i: number, text: string) => setRows((r) => r.map((x, j) => (j === i ? { ...x, text } : x)));
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {rows.length === 0 && !editable && <Empty description={t('mtConclusions')} />}
      {rows.map((r, i) => {
        const c = r.id ? saved.get(r.id) : undefined;
        return (
          <div key={r.id ?? `new-${i}`} style={{ borderBottom: '1px solid #f0f0f0', paddingBottom: 8 }}>
            <Flex gap={6} align="start">
              <Typography.Text strong style={{ paddingTop: 5, whiteSpace: 'nowrap' }}>
                {i + 1}.
              </Typography.Text>
              <Input.TextArea
                value={r.text}
                readOnly={!editable}
                autoSize={{ minRows: 1, maxRows: 6 }}
                maxLength={2000}
                onChange={(e) => set(i, e.target.value)}
              />
              {editable && !c?.taskId && (
                <Button onClick={() => setRows((x) => x.filter((_, j) => j !== i))} aria-label={t('mtRemove')}>
                  ×
                </Button>
              )}
            </Flex>
            <Flex wrap gap={6} style={{ marginTop: 4, marginInlineStart: 18 }}>
              {c?.task && (
                <Tag color="purple">
                  {t('mtTask')}: {c.task.ownerOrganizationName ?? ''} · {c.task.campaignName ?? ''}
                  {c.task.deadline ? ` · ${formatDateVi(c.task.deadline)}` : ''}
                </Tag>
              )}
              {c && !c.taskId && meeting.can.turnIntoTask && (
                <Button size="small" onClick={() => onTask(c)}>
                  {t('mtToTask')}
                </Button>
              )}
            </Flex>
          </div>
        );
      })}
      {editable && (
        <Flex wrap gap={8}>
          <Button type="dashed" onClick={() => setRows((r) => [...r, { text: '' }])}>
            {t('mtConclusionAdd')}
          </Button>
          <Button
            type="primary"
            loading={busy}
            onClick={() =>
              void save(() =>
                saveConclusions(meeting.id, {
                  conclusions: rows
                    .filter((r) => r.text.trim())
                    .map((r) => ({ ...(r.id && { id: r.id }), text: r.text.trim() })),
                }),
              )
            }
          >
            {t('mtSaveConclusions')}
          </Button>
        </Flex>
      )}
    </Space>
  );
}
