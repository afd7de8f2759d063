import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { DATE_FORMATS } from '../../../lib/dates';
import { App, Button, Card, DatePicker, Flex, Form, Input, Modal, Select, Tag } from 'antd';
import { ResponsiveTable } from '../../../lib/responsive-table';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { formatDateVi } from '../../../../lib/dates';
import { compareVi } from '../../../../lib/vi-text';
import { showApiError } from '../../../lib/forms';
import { useI18n, type Key } from '../../../i18n';
import { DownloadButton, FileButtons } from '../../../lib/file-buttons';
import { useUnits } from '../../units/api';
import { NoDataInPeriod, thisYear, useYearWithData } from '../../../lib/latest-year';
import { registerKeys, fetchRegister, recordDocument } from '../api';

const TYPE_CODES = ['BC', 'KH', 'TB', 'GM', 'BB', 'QĐ', 'CV', 'TTr', 'CT'] as const;
type FormValues = { typeCode: string; date: Dayjs; summary: string; signer?: string; recipients?: string };

/** Sổ văn bản đi: every numbered document of the committee, with search, Excel and hand entry. */
export function RegisterPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const units = useUnits();
  const issuers = (units.data ?? [])
    .filter((u) => u.level === 'commune' || u.level === 'province')
    .sort((a, b) => compareVi(a.name, b.name));
  const [issuerId, setIssuerId] = useState<string | undefined>();
  const issuer = issuers.find((u) => u.id === issuerId) ?? issuers.find((u) => u.level === 'commune') ?? issuers[0];
  const [typeCode, setTypeCode] = useState<string | undefined>();
  const [q, setQ] = useState('');
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<FormValues>();
  // Opens on the latest year with entries in the issuer's book, not on an empty current year.
  const { year, setYear, offer, pending } = useYearWithData({
    queryKey: [...registerKeys.all, 'latest-year', issuer?.id],
    path: issuer ? `/outgoing-documents/latest-year?issuerId=${issuer.id}` : null,
  });

  const params = new URLSearchParams();
  if (issuer) params.set('issuerId', issuer.id);
  params.set('year', String(year));
  if (typeCode) params.set('typeCode', typeCode);
  if (q.trim()) params.set('q', q.trim());
  const entries = useQuery({
    queryKey: registerKeys.list(params),
    enabled: !!issuer && !pending,
    queryFn: () => fetchRegister(params),
  });
  const canWrite = entries.data?.can.record ?? false;

  const add = useMutation({
    mutationFn: (v: FormValues) =>
      recordDocument({
        issuerId: issuer?.id,
        typeCode: v.typeCode,
        date: v.date.format('YYYY-MM-DD'),
        summary: v.summary,
        signer: v.signer || null,
        recipients: (v.recipients ?? '')
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean),
      }),
    onSuccess: (e) => {
      void message.success(`${t('rgAdded')} ${e.number}`);
      setAdding(false);
      form.resetFields();
      void qc.invalidateQueries({ queryKey: registerKeys.all });
    },
    onError: (e) => {
      const rest = showApiError(form, e);
      if (rest) void message.error(rest);
    },
  });

  const years = [...new Set([...Array.from({ length: 6 }, (_, i) => thisYear() - i), year])].sort((a, b) => b - a);
  return (
    <Card title={t('rgNav')}>
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        {issuers.length > 1 && (
          <Select
            style={{ minWidth: 200, flex: '1 1 200px' }}
            value={issuer?.id}
            onChange={setIssuerId}
            options={issuers.map((u) => ({ value: u.id, label: `${u.kind} ${u.name}` }))}
            aria-label={t('rgIssuer')}
          />
        )}
        <Select
          style={{ width: 100 }}
          value={year}
          onChange={setYear}
          options={years.map((y) => ({ value: y, label: String(y) }))}
          aria-label={t('rgYear')}
        />
        <Select
          allowClear
          style={{ width: 150 }}
          placeholder={t('rgType')}
          value={typeCode}
          onChange={setTypeCode}
          options={TYPE_CODES.map((c) => ({ value: c, label: c }))}
        />
        <Input.Search
          allowClear
          style={{ flex: '1 1 220px', minWidth: 0 }}
          placeholder={t('rgSearchHint')}
          onSearch={setQ}
        />
        {issuer && (
          <DownloadButton href={`/api/v1/outgoing-documents.xlsx?issuerId=${issuer.id}&year=${year}`}>
            {t('rgExcel')}
          </DownloadButton>
        )}
        {canWrite && (
          <Button type="primary" onClick={() => setAdding(true)}>
            {t('rgAdd')}
          </Button>
        )}
      </Flex>
      <ResponsiveTable
        rowKey="id"
        size="small"
        loading={entries.isLoading || pending}
        dataSource={entries.data?.items ?? []}
        locale={{
          emptyText:
            offer && !typeCode && !q.trim() ? (
              <NoDataInPeriod shown={{ year }} offer={offer} onGo={setYear} />
            ) : (
              t('rgEmpty')
            ),
        }}
        scroll={{ x: true }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          { title: t('rgNumber'), dataIndex: 'number', render: (v: string) => <strong>{v}</strong> },
          { title: t('rgDate'), dataIndex: 'date', render: (v: string) => formatDateVi(v) },
          { title: t('rgSummary'), dataIndex: 'summary', render: (v: string, r) => `${r.typeName}: ${v}` },
          { title: t('rgSigner'), dataIndex: 'signer' },
          { title: t('rgRecipients'), dataIndex: 'recipients', render: (v: string[]) => v.join('; ') },
          {
            title: t('rgSource'),
            dataIndex: 'sourceKind',
            render: (v: string) => <Tag>{t(`rgSource_${v}` as Key)}</Tag>,
          },
          {
            title: t('rgDocument'),
            dataIndex: 'id',
            card: 'actions',
            render: (id: string, r) =>
              r.can.download ? (
                <Flex gap={4}>
                  <FileButtons
                    exts={['docx', 'pdf'] as const}
                    href={(ext) => `/api/v1/outgoing-documents/${id}/document.${ext}`}
                  />
                </Flex>
              ) : null,
          },
        ]}
      />
      <Modal
        open={adding}
        title={t('rgAdd')}
        onCancel={() => setAdding(false)}
        onOk={() => form.submit()}
        confirmLoading={add.isPending}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={{ typeCode: 'BC', date: dayjs() }}
          onFinish={(v) => add.mutate(v)}
        >
          <Form.Item name="typeCode" label={t('rgType')} rules={[{ required: true, message: t('required') }]}>
            <Select options={TYPE_CODES.map((c) => ({ value: c, label: c }))} />
          </Form.Item>
          <Form.Item name="date" label={t('rgDate')} rules={[{ required: true, message: t('required') }]}>
            <DatePicker format={DATE_FORMATS} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="summary" label={t('rgSummary')} rules={[{ required: true, message: t('required') }]}>
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
          <Form.Item name="signer" label={t('rgSigner')}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="recipients" label={t('rgRecipients')} extra={t('rgRecipientsHint')}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
