import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { DATE_FORMATS } from '../../../lib/dates';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Progress,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { formatDateVi } from '../../../../lib/dates';
import { formatInteger } from '../../../../lib/numbers';
import { showApiError } from '../../../lib/forms';
import { useI18n } from '../../../i18n';
import { SettingsCard } from './SettingsCard';
import {
  fetchReport,
  issueReport,
  reportFileUrl,
  reportKeys,
  submitReport,
  updateReport,
  type ReportCell,
  type ReportModel,
  type ReportParagraph,
  type ReportTable,
} from '../api';

const cellText = (c: ReportCell) => (c === null ? '' : typeof c === 'number' ? formatInteger(c) : c);

/** One narrative paragraph: read, or edited in place; "khôi phục bản tự động" puts the generated sentence back. */
function ParagraphItem({
  p,
  canEdit,
  save,
  saving,
}: {
  p: ReportParagraph;
  canEdit: boolean;
  save: (key: string, text: string | null) => Promise<unknown>;
  saving: boolean;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<string | null>(null);
  if (draft !== null) {
    return (
      <div style={{ marginBottom: 12 }}>
        <Input.TextArea
          autoSize={{ minRows: 3 }}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          maxLength={5000}
        />
        <Flex wrap gap={8} style={{ marginTop: 6 }}>
          <Button
            type="primary"
            size="small"
            loading={saving}
            disabled={!draft.trim()}
            onClick={() => void save(p.key, draft.trim()).then(() => setDraft(null))}
          >
            {t('rpSave')}
          </Button>
          <Button size="small" onClick={() => setDraft(null)}>
            {t('rpCancel')}
          </Button>
        </Flex>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 6 }}>
          {t('rpGenerated')}: {p.generated}
        </Typography.Paragraph>
      </div>
    );
  }
  return (
    <div style={{ marginBottom: 12 }}>
      <Typography.Paragraph style={{ textAlign: 'justify', textIndent: '1.5em', marginBottom: 4 }}>
        {p.text}
      </Typography.Paragraph>
      {canEdit && (
        <Flex wrap gap={8}>
          {p.edited && <Tag color="orange">{t('rpEdited')}</Tag>}
          <Button size="small" type="link" onClick={() => setDraft(p.text)}>
            {t('rpEdit')}
          </Button>
          {p.edited && (
            <Button size="small" type="link" loading={saving} onClick={() => void save(p.key, null)}>
              {t('rpReset')}
            </Button>
          )}
        </Flex>
      )}
    </div>
  );
}

function ModelTable({ table }: { table: ReportTable }) {
  const rows = [...table.rows, ...(table.total ? [table.total] : [])].map((r, i) => ({ key: i, cells: r }));
  return (
    <Table
      size="small"
      bordered
      pagination={false}
      scroll={{ x: true }}
      style={{ marginBottom: 16 }}
      title={() => <strong>{table.caption}</strong>}
      dataSource={rows}
      columns={table.columns.map((c, i) => ({
        title: c.header,
        key: String(i),
        align: c.type === 'number' ? ('right' as const) : c.type === 'index' ? ('center' as const) : ('left' as const),
        render: (_: unknown, r: { cells: ReportCell[] }) => cellText(r.cells[i] ?? null),
      }))}
    />
  );
}

/** Preview of the model — sections, tables, progress — with in-place editing, issuing, files and submitting. */
export function ReportView({ id, onBack }: { id: string; onBack: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [issuing, setIssuing] = useState(false);
  const [issueForm] = Form.useForm<{ date: Dayjs; signerName?: string }>();
  const report = useQuery({ queryKey: reportKeys.detail(id), queryFn: () => fetchReport(id) });
  const refresh = (r: ReportModel) => {
    qc.setQueryData(reportKeys.detail(id), r);
    void qc.invalidateQueries({ queryKey: reportKeys.list });
  };
  const patch = useMutation({
    mutationFn: (body: unknown) => updateReport(id, body),
    onSuccess: refresh,
    onError: (e) => void message.error(showApiError(null, e)),
  });
  const issue = useMutation({
    mutationFn: (v: { date: Dayjs; signerName?: string }) =>
      issueReport(id, {
        date: v.date.format('YYYY-MM-DD'),
        ...(v.signerName?.trim() && { signerName: v.signerName.trim() }),
      }),
    onSuccess: (r) => {
      refresh(r);
      setIssuing(false);
      void message.success(`${t('rpIssuedOk')} ${r.number ?? ''}`);
    },
    onError: (e) => {
      const rest = showApiError(issueForm, e);
      if (rest) void message.error(rest);
    },
  });
  const submit = useMutation({
    mutationFn: () => submitReport(id),
    onSuccess: () => {
      void message.success(t('rpSubmittedOk'));
      void qc.invalidateQueries({ queryKey: reportKeys.detail(id) });
      void qc.invalidateQueries({ queryKey: reportKeys.list });
    },
    onError: (e) => void message.error(showApiError(null, e)),
  });
  const m = report.data;
  if (!m) return <Card>{report.isLoading ? <Spin /> : <Button onClick={onBack}>{t('rpBack')}</Button>}</Card>;
  const save = (key: string, text: string | null) => patch.mutateAsync({ edits: { [key]: text } });

  return (
    <Card
      title={
        <Space direction="vertical" size={0} style={{ whiteSpace: 'normal' }}>
          <span>{m.title}</span>
          <Typography.Text type="secondary" style={{ fontSize: 13, fontWeight: 'normal' }}>
            {m.unit.kind} {m.unit.name} · {m.periodLabel}
            {m.number && ` · ${t('rpNumber')} ${m.number}, ${formatDateVi(m.date ?? '')}`}
          </Typography.Text>
        </Space>
      }
    >
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <Button onClick={onBack}>{t('rpBack')}</Button>
        <Tag color={m.status === 'issued' ? 'green' : 'default'} style={{ alignSelf: 'center' }}>
          {t(m.status === 'issued' ? 'rpIssued' : 'rpDraft')}
        </Tag>
        {m.submittedAt && (
          <Tag color="blue" style={{ alignSelf: 'center' }}>
            {t('rpSubmitted')}
          </Tag>
        )}
        <Button href={reportFileUrl(id, 'document.docx')}>{t('rpDocx')}</Button>
        <Button href={reportFileUrl(id, 'document.pdf')} target="_blank">
          {t('rpPdf')}
        </Button>
        <Button href={reportFileUrl(id, 'annex.xlsx')}>{t('rpXlsx')}</Button>
        {m.can.issue && (
          <Button type="primary" onClick={() => setIssuing(true)}>
            {t('rpIssue')}
          </Button>
        )}
        {m.can.submit && (
          <Popconfirm
            title={t('rpSubmitConfirm')}
            onConfirm={() => submit.mutate()}
            okText={t('rpSubmit')}
            cancelText={t('rpCancel')}
          >
            <Button type="primary" loading={submit.isPending}>
              {t('rpSubmit')}
            </Button>
          </Popconfirm>
        )}
      </Flex>
      <Alert
        type={m.status === 'issued' ? 'success' : 'info'}
        showIcon
        message={t(m.status === 'issued' ? 'rpFrozen' : 'rpDraftNote')}
        style={{ marginBottom: 16 }}
      />
      {m.sections.map((s) => (
        <section key={s.key}>
          <Typography.Title level={s.level === 1 ? 4 : 5}>{s.heading}</Typography.Title>
          {s.paragraphs.map((p) => (
            <ParagraphItem key={p.key} p={p} canEdit={m.can.edit} save={save} saving={patch.isPending} />
          ))}
          {s.tables.map((tb) => (
            <ModelTable key={tb.key} table={tb} />
          ))}
          {s.key === 'targets' && m.indicators.some((i) => i.targets.length > 0) && (
            <div style={{ marginBottom: 16 }}>
              {m.indicators
                .filter((i) => i.targets.length > 0)
                .map((i) => (
                  <div key={i.code} style={{ marginBottom: 8 }}>
                    <div>
                      {i.name}: {i.targets[0]?.text}
                      {i.met && ` — ${i.met.text}`}
                    </div>
                    <Progress
                      percent={Math.min(
                        100,
                        Number((i.targets[0]?.percent ?? '0').replace(/\./g, '').replace(',', '.')),
                      )}
                      status={i.targets[0]?.met ? 'success' : 'normal'}
                      format={() => `${i.targets[0]?.percent ?? '—'}%`}
                      aria-label={`${i.name} — ${i.targets[0]?.percent ?? '—'}%`}
                    />
                  </div>
                ))}
            </div>
          )}
          {s.list && (
            <ul style={{ paddingLeft: 20 }}>
              {s.list.map((x, k) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a frozen report's sentences; order never changes
                <li key={k}>{x}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
      {m.can.edit && (
        <SettingsCard
          report={m}
          save={(body) => patch.mutateAsync(body).then(() => void message.success(t('rpSaved')))}
          saving={patch.isPending}
        />
      )}
      <Modal
        open={issuing}
        title={t('rpIssue')}
        onCancel={() => setIssuing(false)}
        onOk={() => issueForm.submit()}
        confirmLoading={issue.isPending}
        okText={t('rpIssue')}
        destroyOnHidden
      >
        <Alert type="warning" showIcon message={t('rpIssueConfirm')} style={{ marginBottom: 12 }} />
        <Form
          form={issueForm}
          layout="vertical"
          initialValues={{ date: m.meeting ? dayjs(m.meeting.date) : dayjs(), signerName: m.signer.name }}
          onFinish={(v) => issue.mutate(v)}
        >
          <Form.Item name="date" label={t('rpIssueDate')} rules={[{ required: true, message: t('required') }]}>
            <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="signerName" label={t('rpSignerName')}>
            <Input maxLength={100} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
