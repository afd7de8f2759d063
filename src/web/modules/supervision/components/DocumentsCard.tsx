import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, DatePicker, Flex, Form, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { formatDateVi } from '../../../../lib/dates';
import { FormModal } from '../../../lib/form-modal';
import { FileButtons } from '../../../lib/file-buttons';
import { useI18n } from '../../../i18n';
import { invalidateSupervision, issueSupervisionDocument, NO_RIGHTS, type SupervisionDetail } from '../api';
import { docUrl } from '../shared';
import { DATE_FORMATS, today, toIso } from '../../../lib/dates';

type Which = 'plan' | 'report';

/** The plan (KH) and the result report (BC): number once issued, preview/download, issue once. */
export function DocumentsCard({ s }: { s: SupervisionDetail }) {
  const { t } = useI18n();
  const [issuing, setIssuing] = useState<Which | null>(null);
  const can = s.can ?? NO_RIGHTS;
  const row = (which: Which) => {
    const doc = which === 'plan' ? s.planDoc : s.reportDoc;
    // Issued once; the report only once the supervision is concluded (the button stays, disabled, until then).
    const blocked = !(which === 'plan' ? can.issuePlan : can.issueReport);
    return (
      <Flex key={which} wrap gap={8} align="center" style={{ padding: '6px 0' }}>
        <Typography.Text strong style={{ minWidth: 150 }}>
          {t(which === 'plan' ? 'svPlanDoc' : 'svReportDoc')}
        </Typography.Text>
        {doc ? (
          <Tag color="green">
            {doc.number} · {formatDateVi(doc.date)}
          </Tag>
        ) : (
          <Typography.Text type="secondary">{t('svNotIssued')}</Typography.Text>
        )}
        <Space wrap size={4} style={{ marginInlineStart: 'auto' }}>
          <FileButtons exts={['docx', 'pdf'] as const} href={(ext) => docUrl(s.id, which, ext)} />
          {can.edit && !doc && (
            <Button
              size="small"
              type="primary"
              disabled={blocked}
              title={blocked ? t('svReportNeedsConclusion') : undefined}
              onClick={() => setIssuing(which)}
            >
              {t('svIssue')}
            </Button>
          )}
        </Space>
      </Flex>
    );
  };
  return (
    <Card size="small" title={t('svDocuments')}>
      {row('plan')}
      {row('report')}
      {issuing && <IssueModal id={s.id} which={issuing} onClose={() => setIssuing(null)} />}
    </Card>
  );
}

function IssueModal({ id, which, onClose }: { id: string; which: Which; onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ date: Dayjs }>();
  return (
    <FormModal
      title={`${t('svIssue')}: ${t(which === 'plan' ? 'svPlanDoc' : 'svReportDoc')}`}
      okText={t('svIssue')}
      intro={<Typography.Paragraph>{t('svIssueConfirm')}</Typography.Paragraph>}
      form={form}
      name="supervision-issue"
      initialValues={{ date: today() }}
      onClose={onClose}
      onSubmit={(v) => issueSupervisionDocument(id, which, { date: toIso(v.date) })}
      successMessage={(r) => r.document.number}
      refresh={() => invalidateSupervision(qc)}
      onSaved={onClose}
    >
      <Form.Item name="date" label={t('svIssueDate')} rules={[{ required: true, message: t('required') }]}>
        <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
