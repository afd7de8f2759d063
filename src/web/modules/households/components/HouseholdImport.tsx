import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Modal, Progress, Select, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { unitDisplayName } from '../../../../lib/units';
import { ApiError, type Unit } from '../../../lib/api';
import { JobFailedError, JobProgress, type Started, useJob } from '../../../lib/jobs';
import { useI18n, type Key } from '../../../i18n';
import { fill } from '../shared';
import { downloadFile } from '../../../lib/downloads';
import { type ImportResult, type ImportRowError, householdTemplatePath, householdKeys } from '../api';

type Props = { open: boolean; communes: Unit[]; onClose: () => void };
type Phase = { kind: 'idle' } | { kind: 'uploading'; percent: number } | { kind: 'processing' };
type Failure = { message: string; errors: ImportRowError[] };

const FIELD_KEYS: Record<string, Key> = {
  villageId: 'hhVillage',
  headName: 'hhHeadName',
  address: 'hhAddress',
  members: 'hhMembers',
  phone: 'hhPhone',
  year: 'hhYear',
  category: 'hhCategory',
  decisionRef: 'hhDecisionRef',
  file: 'hhFile',
};

/**
 * Uploads with XMLHttpRequest so the bar follows the bytes sent, asking for a job (`Prefer: respond-async`):
 * the server answers at once and checks every row, then writes all or nothing, while the dialog follows the
 * job's stage. Errors are listed per row and column.
 */
function uploadHouseholds(
  file: File,
  communeId: string | undefined,
  onProgress: (percent: number) => void,
  onSent: () => void,
): Promise<Started> {
  return new Promise((resolve, reject) => {
    const body = new FormData();
    body.append('file', file);
    if (communeId) body.append('communeId', communeId);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/v1/households/import');
    xhr.withCredentials = true;
    xhr.setRequestHeader('Prefer', 'respond-async');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.upload.onload = onSent;
    xhr.onerror = () => reject(new ApiError(0, 'network', 'network'));
    xhr.onload = () => {
      let data: unknown = null;
      try {
        data = JSON.parse(xhr.responseText);
      } catch {
        // not JSON
      }
      resolve({ status: xhr.status, body: data });
    };
    xhr.send(body);
  });
}

/** A refused file's errors by row: the list the server gives, else its `rows.<row>.<field>` fields. */
function failureOf(e: unknown, generic: string): Failure {
  if (!(e instanceof ApiError) || e.code === 'network') return { message: generic, errors: [] };
  const listed = e instanceof JobFailedError ? e.errors : [];
  const errors = listed.length
    ? listed
    : Object.entries(e.fields).map(([k, message]) => {
        const m = k.match(/^rows\.(\d+)\.(\w+)$/);
        return { row: m ? Number(m[1]) : 0, field: m ? (m[2] ?? k) : k, message };
      });
  return { message: e.message, errors };
}

export function HouseholdImport({ open, communes, onClose }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [communeId, setCommuneId] = useState<string | undefined>(communes[0]?.id);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [result, setResult] = useState<ImportResult | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const busy = phase.kind !== 'idle';
  const { job, run } = useJob();
  const commune = communes.length > 1 ? (communeId ?? communes[0]?.id) : undefined;

  async function onFile(file: File) {
    setResult(null);
    setFailure(null);
    setPhase({ kind: 'uploading', percent: 0 });
    try {
      const r = await run<ImportResult>(() =>
        uploadHouseholds(
          file,
          commune,
          (percent) => setPhase({ kind: 'uploading', percent }),
          () => setPhase({ kind: 'processing' }),
        ),
      );
      setResult(r);
      await qc.invalidateQueries({ queryKey: householdKeys.all });
    } catch (e) {
      setFailure(failureOf(e, t('errorGeneric')));
    } finally {
      setPhase({ kind: 'idle' });
    }
  }

  async function template() {
    try {
      await downloadFile(householdTemplatePath, 'mau-danh-sach-ho.xlsx');
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  }

  const fieldLabel = (f: string) => (FIELD_KEYS[f] ? t(FIELD_KEYS[f] as Key) : f);

  return (
    <Modal
      open={open}
      title={t('hhImportTitle')}
      onCancel={busy ? undefined : onClose}
      closable={!busy}
      maskClosable={!busy}
      footer={
        <Button onClick={onClose} disabled={busy}>
          {t('hhClose')}
        </Button>
      }
      width={720}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('hhImportHint')}</Typography.Paragraph>
      <Flex wrap gap={8} align="center">
        <Button onClick={template}>{t('hhTemplate')}</Button>
        {communes.length > 1 && (
          <Select
            style={{ flex: '1 1 200px', minWidth: 0 }}
            value={commune}
            onChange={setCommuneId}
            aria-label={t('hhCommune')}
            options={communes.map((c) => ({ value: c.id, label: unitDisplayName(c) }))}
          />
        )}
        <Upload
          accept=".xlsx,.csv"
          showUploadList={false}
          disabled={busy}
          beforeUpload={(file) => {
            void onFile(file);
            return false;
          }}
        >
          <Button type="primary" loading={busy} data-testid="household-import-choose">
            {t('hhChooseFile')}
          </Button>
        </Upload>
      </Flex>
      {phase.kind === 'uploading' && (
        <div style={{ marginTop: 12 }}>
          <Typography.Text>{t('hhUploading')}</Typography.Text>
          <Progress percent={phase.percent} status="active" />
        </div>
      )}
      {phase.kind === 'processing' && job && <JobProgress job={job} />}
      {phase.kind === 'processing' && !job && (
        <div style={{ marginTop: 12 }}>
          <Typography.Text>{t('hhProcessing')}</Typography.Text>
          <Progress percent={100} status="active" showInfo={false} />
        </div>
      )}
      {result && (
        <Alert
          style={{ marginTop: 12 }}
          type="success"
          showIcon
          title={fill(t('hhImportDone'), { created: result.created, updated: result.updated })}
        />
      )}
      {failure && (
        <div style={{ marginTop: 12 }}>
          <Alert type="error" showIcon title={t('hhImportFailed')} description={failure.message} />
          {failure.errors.length > 0 && (
            <Table<ImportRowError>
              style={{ marginTop: 8 }}
              size="small"
              rowKey={(e) => `${e.row}-${e.field}-${e.message}`}
              dataSource={failure.errors}
              pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
              columns={[
                { title: t('hhRow'), dataIndex: 'row', width: 56, render: (r: number) => (r > 0 ? r : '') },
                { title: t('hhField'), dataIndex: 'field', width: 96, render: (f: string) => fieldLabel(f) },
                { title: t('hhMessage'), dataIndex: 'message' },
              ]}
            />
          )}
        </div>
      )}
    </Modal>
  );
}
