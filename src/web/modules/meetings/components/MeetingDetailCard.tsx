import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Flex, Space, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatDateVi } from '../../../../lib/dates';
import { FileButtons } from '../../../lib/file-buttons';
import { useI18n } from '../../../i18n';
import { ConclusionTaskModal } from './ConclusionTaskModal';
import { AttendancePanel, ConclusionsPanel, MinutesPanel } from './MeetingPanels';
import { invalidateMeetings, issueMeetingDocument, updateMeeting, type Conclusion, type MeetingDetail } from '../api';
import { fileUrl, STATUS_COLOR, statusKey, typeKey } from '../shared';

/** One meeting: facts, status buttons, the two documents (issue, download), attendance, minutes, conclusions. */
export function MeetingDetailCard({ meeting, onEdit }: { meeting: MeetingDetail; onEdit: () => void }) {
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const qc = useQueryClient();
  const [task, setTask] = useState<Conclusion | null>(null);
  const m = meeting;

  async function run(write: () => Promise<unknown>) {
    try {
      await write();
      message.success(t('saved'));
      await invalidateMeetings(qc);
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  }
  const confirm = (content: string, then: () => Promise<void>) =>
    modal.confirm({ content, okText: t('save'), cancelText: t('cancel'), onOk: then });

  const doc = (kind: 'invitation' | 'minutes', number: string | null, date: string | null, canIssue: boolean) => (
    <Flex wrap gap={6} align="center" key={kind}>
      <Typography.Text strong>{kind === 'invitation' ? t('mtInvitation') : t('mtMinutesDoc')}:</Typography.Text>
      {number ? (
        <Tag color="green">
          {t('mtNumber')} {number}
          {date ? ` · ${formatDateVi(date)}` : ''}
        </Tag>
      ) : (
        <Typography.Text type="secondary">{t('mtNotIssued')}</Typography.Text>
      )}
      <FileButtons exts={['docx', 'pdf'] as const} href={(ext) => fileUrl(m.id, kind, ext)} />
      {canIssue && !number && (
        <Button
          size="small"
          type="primary"
          onClick={() => confirm(t('mtConfirmIssue'), () => run(() => issueMeetingDocument(m.id, kind)))}
        >
          {t('mtIssue')}
        </Button>
      )}
    </Flex>
  );

  return (
    <Card size="small" title={<span style={{ whiteSpace: 'normal' }}>{m.title}</span>}>
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Flex wrap gap={6} align="center">
          <Tag>{t(typeKey(m.type))}</Tag>
          <Tag color={STATUS_COLOR[m.status]}>{t(statusKey(m.status))}</Tag>
          {m.can.edit && m.status === 'planned' && (
            <>
              <Button size="small" onClick={onEdit}>
                {t('edit')}
              </Button>
              <Button size="small" onClick={() => void run(() => updateMeeting(m.id, { status: 'held' }))}>
                {t('mtMarkHeld')}
              </Button>
              <Button
                size="small"
                danger
                onClick={() =>
                  confirm(t('mtConfirmCancel'), () => run(() => updateMeeting(m.id, { status: 'cancelled' })))
                }
              >
                {t('mtCancel')}
              </Button>
            </>
          )}
          {m.can.edit && m.status === 'held' && (
            <Button size="small" onClick={onEdit}>
              {t('edit')}
            </Button>
          )}
        </Flex>
        <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
          <Descriptions.Item label={t('mtDate')}>
            {formatDateVi(m.date)}
            {m.startTime ? `, ${m.startTime}` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('mtPlace')}>{m.place ?? '—'}</Descriptions.Item>
          {m.villageName && <Descriptions.Item label={t('mtVillage')}>{m.villageName}</Descriptions.Item>}
          <Descriptions.Item label={t('mtChair')}>
            {[m.chair, m.chairTitle].filter(Boolean).join(' – ') || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('mtSecretary')}>{m.secretary ?? '—'}</Descriptions.Item>
          {m.agenda.length > 0 && (
            <Descriptions.Item label={t('mtAgenda')} span={2}>
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {m.agenda.map((a, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: read-only agenda text that may repeat
                  <li key={i}>{a}</li>
                ))}
              </ul>
            </Descriptions.Item>
          )}
        </Descriptions>
        <Space orientation="vertical" size={6}>
          {doc('invitation', m.invitationNumber, m.invitationDate, m.can.issueInvitation)}
          {doc('minutes', m.minutesNumber, m.minutesDate, m.can.issueMinutes)}
        </Space>
        <Tabs
          items={[
            {
              key: 'attendance',
              label: `${t('mtAttendance')} (${m.delegates.filter((d) => d.attended).length}/${m.delegates.length})`,
              children: <AttendancePanel key={m.updatedKey} meeting={m} />,
            },
            { key: 'minutes', label: t('mtMinutes'), children: <MinutesPanel key={m.updatedKey} meeting={m} /> },
            {
              key: 'conclusions',
              label: `${t('mtConclusions')} (${m.conclusions.length})`,
              children: <ConclusionsPanel key={m.updatedKey} meeting={m} onTask={setTask} />,
            },
          ]}
        />
      </Space>
      <ConclusionTaskModal meeting={m} conclusion={task} onClose={() => setTask(null)} />
    </Card>
  );
}
