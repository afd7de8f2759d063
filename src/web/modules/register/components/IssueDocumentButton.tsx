import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm } from 'antd';
import { api } from '../../../lib/api';
import { useI18n } from '../../../i18n';
import { registerKeys } from '../api';

type Issued = { documentId: string; number: string; docx: string };

/**
 * "Ban hành (lấy số)": posts to an issue endpoint, which takes the next number of the register and
 * keeps the document as issued; then offers the issued .docx (also in "Sổ văn bản đi").
 */
export function IssueDocumentButton({
  path,
  body = {},
  disabled,
}: {
  path: string;
  body?: Record<string, unknown>;
  disabled?: boolean;
}) {
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const qc = useQueryClient();
  const issue = useMutation({
    mutationFn: () => api<Issued>('POST', path, body),
    onSuccess: (r) => {
      void qc.invalidateQueries({ queryKey: registerKeys.all });
      modal.success({
        title: `${t('rgIssued')} ${r.number}`,
        content: (
          <a href={r.docx} data-testid="issued-docx">
            {t('rgDownloadIssued')}
          </a>
        ),
      });
    },
    onError: (e) => void message.error(e instanceof Error ? e.message : String(e)),
  });
  return (
    <Popconfirm
      title={t('rgIssueConfirm')}
      okText={t('rgIssue')}
      cancelText={t('cancel')}
      onConfirm={() => issue.mutate()}
      disabled={disabled}
    >
      <Button size="small" loading={issue.isPending} disabled={disabled}>
        {t('rgIssue')}
      </Button>
    </Popconfirm>
  );
}
