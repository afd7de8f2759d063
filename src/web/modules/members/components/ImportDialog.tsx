import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Modal, Select, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { formatInteger } from '../../../../lib/numbers';
import { useI18n } from '../../../i18n';
import { ApiError, type Organization } from '../../../lib/api';
import { downloadFile } from '../../../lib/downloads';
import { JobProgress, useJob } from '../../../lib/jobs';
import { memberKeys, sendMemberImport, type MemberImport } from '../api';

type RowError = { key: string; row: number; field: string; message: string };

/**
 * An organisation's member list from Excel: "Kiểm tra" checks the whole file and lists the people already known from
 * another list (linked, not copied) for the clerk to confirm; "Nhập" writes all rows, or none with errors by row.
 * Both run as a job on the server: the dialog shows its stage ("Đang kiểm tra 12.000/20.000 dòng") meanwhile.
 */
export function ImportDialog({ organizations, onClose }: { organizations: Organization[]; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [organizationId, setOrganizationId] = useState<string>();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<MemberImport | null>(null);
  const [errors, setErrors] = useState<RowError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { job, run } = useJob();

  async function send(dryRun: boolean) {
    if (!file || !organizationId) return;
    setBusy(true);
    setErrors([]);
    setFailure(null);
    try {
      const result = await run<MemberImport>(() => sendMemberImport(file, organizationId, dryRun));
      if (dryRun) setPreview(result);
      else {
        void message.success(`${t('mbImported')}: ${formatInteger(result.created)}`);
        await qc.invalidateQueries({ queryKey: memberKeys.all });
        onClose();
      }
    } catch (e) {
      setPreview(null);
      setFailure(e instanceof ApiError ? e.message : String(e));
      if (e instanceof ApiError)
        setErrors(
          Object.entries(e.fields).map(([key, msg]) => {
            const [, row, field] = /^rows\.(\d+)\.(\w+)$/.exec(key) ?? [];
            return { key, row: Number(row ?? 0), field: field ?? key, message: msg };
          }),
        );
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      width={720}
      title={t('mbImport')}
      onCancel={onClose}
      footer={
        <Space>
          <Button onClick={onClose}>{t('mbClose')}</Button>
          <Button disabled={!file || !organizationId} loading={busy && !preview} onClick={() => send(true)}>
            {t('mbCheck')}
          </Button>
          <Button type="primary" disabled={!preview} loading={busy && Boolean(preview)} onClick={() => send(false)}>
            {t('mbImportNow')}
          </Button>
        </Space>
      }
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Select
          aria-label={t('mbOrganization')}
          placeholder={t('mbOrganization')}
          style={{ width: '100%' }}
          value={organizationId}
          onChange={(v) => {
            setOrganizationId(v);
            setPreview(null);
          }}
          options={organizations.map((o) => ({ value: o.id, label: o.name }))}
        />
        <Space wrap>
          <Upload
            accept=".xlsx,.csv"
            maxCount={1}
            beforeUpload={(f) => {
              setFile(f);
              setPreview(null);
              return false;
            }}
            onRemove={() => setFile(null)}
          >
            <Button>{t('mbChooseFile')}</Button>
          </Upload>
          <Button type="link" onClick={() => downloadFile('/memberships/template.xlsx', 'mau-danh-sach-hoi-vien.xlsx')}>
            {t('mbTemplate')}
          </Button>
        </Space>
        {busy && <JobProgress job={job} />}
        {preview && (
          <Alert
            type="success"
            showIcon
            message={`${formatInteger(preview.rows)} ${t('mbRowsOk')}: ${formatInteger(preview.newPeople)} ${t('mbNewPeople')}, ${formatInteger(preview.matchedPeople.length)} ${t('mbKnownPeople')}`}
            description={
              preview.matchedPeople.length > 0 && (
                <Typography.Paragraph style={{ marginBottom: 0 }}>
                  {preview.matchedPeople
                    .slice(0, 20)
                    .map(
                      (p) =>
                        `${t('mbRow')} ${p.row}: ${p.fullName}${p.birthYear ? ` (${p.birthYear})` : ''}, ${p.village}`,
                    )
                    .join('; ')}
                  {preview.matchedPeople.length > 20 ? '…' : ''}
                </Typography.Paragraph>
              )
            }
          />
        )}
        {failure && <Alert type="error" showIcon message={failure} />}
        {errors.length > 0 && (
          <Table<RowError>
            rowKey="key"
            size="small"
            dataSource={errors}
            pagination={{ pageSize: 20 }}
            columns={[
              { title: t('mbRow'), dataIndex: 'row', width: 70 },
              { title: t('mbField'), dataIndex: 'field', width: 120 },
              { title: t('mbProblem'), dataIndex: 'message' },
            ]}
          />
        )}
      </Space>
    </Modal>
  );
}
