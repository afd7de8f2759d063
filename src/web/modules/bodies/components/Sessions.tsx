import { useQueryClient } from '@tanstack/react-query';
import { App, Checkbox, DatePicker, Empty, Flex, Form, Input, List, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { formatDateVi } from '../../../../lib/dates';
import { useI18n } from '../../../i18n';
import { DATE_FORMATS, afterToday, today, toIso } from '../../../lib/dates';
import { FormModal } from '../../../lib/form-modal';
import { type Body, bodyKeys, recordSession, useBodyDetail } from '../api';
import { placeBodyErrors, positionKey } from '../shared';

/** A body's sessions, newest first: how many were there, who was not and why. */
export function SessionsList({ bodyId }: { bodyId: string }) {
  const { t } = useI18n();
  const detail = useBodyDetail(bodyId);
  const sessions = detail.data?.sessions ?? [];
  return (
    <List
      size="small"
      loading={detail.isLoading}
      dataSource={sessions}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('bdNoSessions')} /> }}
      renderItem={(s) => {
        const absent = s.attendance.filter((a) => !a.present);
        return (
          <List.Item style={{ display: 'block' }}>
            <Flex wrap gap={8} align="baseline">
              <Typography.Text strong>{s.title}</Typography.Text>
              <Typography.Text type="secondary">{formatDateVi(s.heldOn)}</Typography.Text>
            </Flex>
            <Flex wrap gap={4} style={{ marginTop: 4 }}>
              <Tag color="green">
                {t('bdPresent')}: {s.present}
              </Tag>
              <Tag color={s.absent > 0 ? 'orange' : 'default'}>
                {t('bdAbsent')}: {s.absent}
              </Tag>
            </Flex>
            {absent.length > 0 && (
              <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
                {t('bdAbsent')}: {absent.map((a) => (a.reason ? `${a.fullName} (${a.reason})` : a.fullName)).join('; ')}
              </Typography.Paragraph>
            )}
          </List.Item>
        );
      }}
    />
  );
}

/** The rows follow the sitting members in order (the list is never added to): row i is `sitting[i]`. */
type Mark = { present: boolean; reason?: string };
type Values = { heldOn: Dayjs; title: string; attendance: Mark[] };

/** Kỳ họp: its day and name, then one tick per sitting member (untick the absent, say why when known). */
export function SessionDialog({ body, onClose }: { body: Body; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const sitting = body.members.filter((m) => m.untilDate === null);
  const marks: Mark[] | undefined = Form.useWatch('attendance', form);
  const present = (marks ?? []).filter((m) => m.present).length;
  return (
    <FormModal
      title={`${t('bdRecordSession')}: ${body.name}`}
      form={form}
      name="body-session"
      width={640}
      onClose={onClose}
      initialValues={{
        heldOn: today(),
        attendance: sitting.map(() => ({ present: true })),
      }}
      successMessage={t('bdSessionSaved')}
      placeErrors={(e) => placeBodyErrors(form, e, (m) => void message.error(m))}
      refresh={() => qc.invalidateQueries({ queryKey: bodyKeys.all })}
      onSaved={onClose}
      onSubmit={(v) =>
        recordSession(body.id, {
          heldOn: toIso(v.heldOn),
          title: v.title.trim(),
          attendance: v.attendance.map((a, i) => ({
            memberId: sitting[i]?.id ?? '',
            present: a.present,
            ...(!a.present && a.reason?.trim() && { reason: a.reason.trim() }),
          })),
        })
      }
    >
      <Form.Item name="heldOn" label={t('bdHeldOn')} rules={[{ required: true, message: t('required') }]}>
        <DatePicker format={DATE_FORMATS} disabledDate={afterToday} style={{ width: 180 }} />
      </Form.Item>
      <Form.Item
        name="title"
        label={t('bdSessionTitle')}
        rules={[{ required: true, whitespace: true, message: t('required') }]}
      >
        <Input maxLength={300} placeholder="Hội nghị Ủy ban MTTQ Việt Nam xã lần thứ 4" />
      </Form.Item>
      <Typography.Text strong id="body-session-attendance">
        {t('bdAttendance')} – {t('bdPresent')} {present}/{sitting.length}
      </Typography.Text>
      <Form.List name="attendance">
        {(fields) => (
          <List
            size="small"
            bordered
            aria-labelledby="body-session-attendance"
            style={{ marginTop: 8 }}
            dataSource={fields}
            renderItem={(f) => {
              const seat = sitting[f.name];
              const absent = marks?.[f.name]?.present === false;
              return (
                <List.Item style={{ display: 'block' }}>
                  <Form.Item name={[f.name, 'present']} valuePropName="checked" style={{ margin: 0 }}>
                    <Checkbox>
                      {seat?.fullName}{' '}
                      <Typography.Text type="secondary">– {seat ? t(positionKey(seat.position)) : ''}</Typography.Text>
                    </Checkbox>
                  </Form.Item>
                  {absent && (
                    <Form.Item name={[f.name, 'reason']} style={{ margin: '4px 0 0 24px' }}>
                      <Input
                        maxLength={300}
                        aria-label={`${t('bdAbsentReason')}: ${seat?.fullName ?? ''}`}
                        placeholder={t('bdAbsentReason')}
                      />
                    </Form.Item>
                  )}
                </List.Item>
              );
            }}
          />
        )}
      </Form.List>
    </FormModal>
  );
}
