import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Form, Modal, Select, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../i18n';
import { ApiError } from '../../../lib/api';
import { JobProgress, useJob } from '../../../lib/jobs';
import { sendStatement, type FundAccount, type StatementImport } from '../bank-api';
import { invalidateMoney, type Drive } from '../shared';
import { StatementSummary } from './StatementSummary';

/** The server's limit (MAX_STATEMENT_BYTES): checked here too so a too large file is refused before it is sent. */
const MAX_BYTES = 100 * 1024 * 1024;
const ACCEPT = /\.(xlsx|csv|txt)$/i;

type Props = {
  open: boolean;
  accounts: FundAccount[];
  drives: Drive[];
  onClose: () => void;
  /** Shows the rows this import stored in the list below. */
  onShowRows: (statementId: string) => void;
};

type Values = { accountId?: string; driveId?: string };

/** Choose the account and the file, send it as a job, follow its progress, then show what it did. */
export function StatementImportModal({ open, accounts, drives, onClose, onShowRows }: Props) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [result, setResult] = useState<StatementImport | null>(null);
  const [failure, setFailure] = useState<{ message: string; fields: [string, string][] } | null>(null);
  const { job, run, reset } = useJob();
  const importable = accounts.filter((a) => a.can.importStatement);

  function close() {
    if (sending) return; // the job goes on on the server; the dialog stays to show its outcome
    setFile(null);
    setFileError(null);
    setResult(null);
    setFailure(null);
    reset();
    form.resetFields();
    onClose();
  }

  async function send() {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    if (!file) return setFileError(t('fundImpFileRule'));
    if (!v.accountId) return;
    setSending(true);
    setResult(null);
    setFailure(null);
    try {
      setResult(await run<StatementImport>(() => sendStatement(v.accountId as string, file, v.driveId || undefined)));
      void invalidateMoney(qc);
    } catch (e) {
      if (e instanceof ApiError) setFailure({ message: e.message, fields: Object.entries(e.fields) });
      else setFailure({ message: String(e), fields: [] });
    } finally {
      setSending(false);
    }
  }

  return (
    <Modal
      open={open}
      title={t('fundImpTitle')}
      onCancel={close}
      width={820}
      maskClosable={!sending}
      closable={!sending}
      destroyOnHidden
      footer={
        result ? (
          <Button type="primary" onClick={close}>
            {t('close')}
          </Button>
        ) : (
          <Flex gap={8} justify="end">
            <Button onClick={close} disabled={sending}>
              {t('cancel')}
            </Button>
            <Button type="primary" loading={sending} onClick={() => void send()}>
              {t('fundImpSend')}
            </Button>
          </Flex>
        )
      }
    >
      {result ? (
        <StatementSummary
          result={result}
          onShowRows={() => {
            onShowRows(result.statementId);
            close();
          }}
        />
      ) : (
        <Form
          form={form}
          layout="vertical"
          name="statement-import"
          disabled={sending}
          initialValues={{ accountId: importable.length === 1 ? importable[0]?.id : undefined }}
        >
          <Form.Item
            name="accountId"
            label={t('fundImpAccount')}
            rules={[{ required: true, message: t('fundImpAccountRule') }]}
          >
            <Select options={importable.map((a) => ({ value: a.id, label: `${a.bankName} – ${a.accountNo}` }))} />
          </Form.Item>
          <Form.Item name="driveId" label={t('fundImpDrive')} extra={t('fundImpDriveHint')}>
            <Select
              allowClear
              placeholder={t('fundImpDriveAccount')}
              options={drives.map((d) => ({ value: d.id, label: `${d.code} – ${d.name}` }))}
            />
          </Form.Item>
          <Form.Item
            label={t('fundImpFile')}
            required
            extra={t('fundImpFileHint')}
            validateStatus={fileError ? 'error' : undefined}
            help={fileError ?? undefined}
          >
            <Upload
              accept=".xlsx,.csv,.txt"
              maxCount={1}
              fileList={file ? [{ uid: '1', name: file.name, status: 'done' }] : []}
              onRemove={() => setFile(null)}
              beforeUpload={(f) => {
                if (!ACCEPT.test(f.name)) setFileError(t('fundImpFileRule'));
                else if (f.size > MAX_BYTES) setFileError(t('fundImpFileTooBig'));
                else {
                  setFileError(null);
                  setFile(f);
                }
                return false;
              }}
            >
              <Button>{t('fundBankChoose')}</Button>
            </Upload>
          </Form.Item>
        </Form>
      )}
      {sending && <JobProgress job={job} />}
      {failure && (
        <Alert
          style={{ marginTop: 12 }}
          type="error"
          showIcon
          title={`${t('fundImpFailed')}: ${failure.message}`}
          description={
            failure.fields.length > 0 ? (
              <Flex vertical>
                {failure.fields.slice(0, 20).map(([k, m]) => (
                  <Typography.Text key={k}>{m}</Typography.Text>
                ))}
              </Flex>
            ) : undefined
          }
        />
      )}
    </Modal>
  );
}
