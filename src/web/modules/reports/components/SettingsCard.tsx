import { Button, Card, Flex, Form, Input } from 'antd';
import { useI18n } from '../../../i18n';
import type { ReportModel } from '../api';

type Values = { tasks: string; recipients: string; signerName?: string; signerPosition?: string };
const lines = (s: string) =>
  s
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);

/** Next period's tasks, recipients and signer of a draft. */
export function SettingsCard({
  report,
  save,
  saving,
}: {
  report: ReportModel;
  save: (body: unknown) => Promise<unknown>;
  saving: boolean;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const initial: Values = {
    tasks: report.tasks.join('\n'),
    recipients: report.recipients.join('\n'),
    signerName: report.signer.name,
    signerPosition: report.signer.position,
  };
  return (
    <Card size="small" title={`${t('rpTasks')} · ${t('rpRecipients')} · ${t('rpSigner')}`} style={{ marginTop: 16 }}>
      <Form
        form={form}
        layout="vertical"
        initialValues={initial}
        key={JSON.stringify(initial)}
        onFinish={(v) =>
          void save({
            tasks: lines(v.tasks),
            recipients: lines(v.recipients),
            signerName: v.signerName?.trim() || null,
            signerPosition: v.signerPosition?.trim() || null,
          })
        }
      >
        <Form.Item name="tasks" label={t('rpTasks')} extra={t('rpTasksHint')}>
          <Input.TextArea autoSize={{ minRows: 4 }} />
        </Form.Item>
        <Form.Item name="recipients" label={t('rpRecipients')} extra={t('rpRecipientsHint')}>
          <Input.TextArea autoSize={{ minRows: 3 }} />
        </Form.Item>
        <Flex wrap gap={8}>
          <Form.Item name="signerName" label={t('rpSignerName')} style={{ flex: '1 1 200px' }}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="signerPosition" label={t('rpSignerPosition')} style={{ flex: '1 1 160px' }}>
            <Input maxLength={100} />
          </Form.Item>
        </Flex>
        <Flex wrap gap={8}>
          <Button type="primary" htmlType="submit" loading={saving}>
            {t('rpSave')}
          </Button>
          <Button onClick={() => void save({ tasks: null })} loading={saving}>
            {t('rpTasksReset')}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}
