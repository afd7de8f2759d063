import { useQuery } from '@tanstack/react-query';
import { App, Button, List, Modal, Space, Typography, Upload } from 'antd';
import { formatDateVi } from '../../../../lib/dates';
import { formatInteger } from '../../../../lib/numbers';
import { api, ApiError } from '../../../lib/api';
import { useI18n } from '../../../i18n';
import type { Entry, EvidenceFile } from '../api';
import { postForm } from '../shared';

/** The files proving an entry (photos, minutes as PDF): listed, and added while the entry may still change. */
const FILE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'];
const MAX_BYTES = 10 * 1024 * 1024;

export function EvidenceUpload({ entryId, onDone }: { entryId: string; onDone?: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  return (
    <Upload
      accept="image/jpeg,image/png,image/webp,application/pdf"
      showUploadList={false}
      beforeUpload={(file) => {
        if (!FILE_TYPES.includes(file.type)) {
          message.error(t('entryFileType'));
          return Upload.LIST_IGNORE;
        }
        if (file.size > MAX_BYTES) {
          message.error(t('entryFileSize'));
          return Upload.LIST_IGNORE;
        }
        return true;
      }}
      customRequest={({ file, onSuccess, onError }) => {
        const fd = new FormData();
        fd.set('file', file as File);
        postForm(`/entries/${entryId}/evidence`, fd)
          .then((r) => {
            message.success(t('entryFileSaved'));
            onSuccess?.(r);
            onDone?.();
          })
          .catch((e: unknown) => {
            message.error(e instanceof ApiError ? (Object.values(e.fields)[0] ?? e.message) : String(e));
            onError?.(e as Error);
          });
      }}
    >
      <Button>{t('entryAttach')}</Button>
    </Upload>
  );
}

export function EvidenceModal({
  entry,
  onClose,
  canChange,
}: {
  entry: Entry | null;
  onClose: () => void;
  canChange: boolean;
}) {
  const { t } = useI18n();
  const files = useQuery({
    queryKey: ['entry-evidence', entry?.id],
    enabled: Boolean(entry),
    queryFn: () => api<{ items: EvidenceFile[] }>('GET', `/entries/${entry?.id}/evidence`).then((r) => r.items),
  });
  return (
    <Modal open={entry !== null} title={t('entryEvidence')} onCancel={onClose} footer={null} destroyOnHidden>
      {entry && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">
            {entry.indicatorName} · {entry.unitName} · {formatDateVi(entry.date)}
          </Typography.Text>
          <List
            size="small"
            loading={files.isLoading}
            dataSource={files.data ?? []}
            locale={{ emptyText: t('entryNoFiles') }}
            renderItem={(f) => (
              <List.Item>
                <a href={`/api/v1/evidence/${f.id}`} target="_blank" rel="noreferrer">
                  {f.fileName}
                </a>{' '}
                <Typography.Text type="secondary">({formatInteger(Math.ceil(f.size / 1024))} KB)</Typography.Text>
              </List.Item>
            )}
          />
          {canChange && !entry.voided && <EvidenceUpload entryId={entry.id} onDone={() => void files.refetch()} />}
        </Space>
      )}
    </Modal>
  );
}
