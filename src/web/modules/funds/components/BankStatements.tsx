import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Empty,
  Flex,
  Form,
  Grid,
  Input,
  Radio,
  Row,
  Segmented,
  Select,
  Table,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { formatDateVi } from '../../../../lib/dates';
import { formatInteger, formatMoney } from '../../../../lib/numbers';
import { ApiError } from '../../../lib/api';
import { exportXlsx } from '../../../lib/export-xlsx';
import { FormModal } from '../../../lib/form-modal';
import { useI18n } from '../../../i18n';
import {
  BANK_ROW_STATUSES,
  bankStatusKey,
  BankStatusTag,
  invalidateMoney,
  rememberReceipt,
  type BankRow,
  type BankRowStatus,
  type Drive,
  type Fund,
  type ImportResult,
} from '../shared';
import { DATE_FORMATS } from '../../../lib/dates';
import { NoDataInPeriod } from '../../../lib/latest-year';
import { useFundPeriod } from './fund-period';
import { fileSafe } from '../../../lib/downloads';
import { JobProgress, useJob } from '../../../lib/jobs';
import { fundKeys, fetchBankRows, fetchReconciliation, assignBankRow, sendBankStatement } from '../api';
import { BusyButton } from '../../../lib/file-buttons';

type Props = { fund: Fund; drives: Drive[] };

/**
 * Bank statements: upload a bank's .xlsx/.csv, see each credited row's status, assign the unmatched ones, reconcile.
 */
export function BankStatements({ fund, drives }: Props) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const narrow = !Grid.useBreakpoint().md;
  const [status, setStatus] = useState<BankRowStatus | 'all'>('all');
  const [result, setResult] = useState<ImportResult | null>(null);
  const [uploadError, setUploadError] = useState<{ message: string; fields: [string, string][] } | null>(null);
  const [uploading, setUploading] = useState(false);
  const { job, run } = useJob();
  const [assigning, setAssigning] = useState<BankRow | null>(null);

  const rows = useQuery({
    queryKey: fundKeys.bankRows(fund.id, status),
    queryFn: () => fetchBankRows(fund.id, status),
  });
  const available = rows.data !== null;
  const statusOptions = [
    { value: 'all' as const, label: t('all') },
    ...BANK_ROW_STATUSES.map((s) => ({ value: s, label: t(bankStatusKey(s)) })),
  ];
  const list = rows.data ?? [];
  const driveCode = (id: string | null) => drives.find((d) => d.id === id)?.code ?? null;

  async function onUpload(file: File) {
    setUploading(true);
    setResult(null);
    setUploadError(null);
    try {
      setResult(await run<ImportResult>(() => sendBankStatement(fund.id, file)));
      void invalidateMoney(qc);
    } catch (e) {
      if (e instanceof ApiError) setUploadError({ message: e.message, fields: Object.entries(e.fields) });
      else setUploadError({ message: String(e), fields: [] });
    } finally {
      setUploading(false);
    }
  }

  /** "rows.12.amount" → "Dòng 12: …" */
  const fieldLabel = (k: string) => {
    const m = k.match(/^rows\.(\d+)\./);
    return m ? `${t('fundBankRowLine')} ${m[1]}` : k === 'file' ? t('fundBankFile') : k;
  };

  const exportRows = () =>
    exportXlsx(
      fileSafe(`${t('fundBank')} - ${fund.name}`),
      t('fundBank'),
      [
        { header: t('fundDate'), value: (r: BankRow) => formatDateVi(r.date), format: 'text' },
        { header: t('fundBankTxn'), value: (r) => r.txnId, width: 18 },
        { header: t('fundAmount'), value: (r) => r.amount, format: 'money', width: 20 },
        { header: t('fundBankDescription'), value: (r) => r.description, width: 50 },
        { header: t('fundBankPayer'), value: (r) => r.payerName, width: 24 },
        { header: t('status'), value: (r) => t(bankStatusKey(r.status)), width: 16 },
        { header: t('fundDrive'), value: (r) => r.driveCode ?? driveCode(r.driveId), width: 14 },
        { header: t('fundReceiptNo'), value: (r) => r.receiptNo, width: 16 },
        { header: t('fundBankIgnoreReason'), value: (r) => r.ignoreReason, width: 30 },
      ],
      list,
    );

  if (!available) {
    return (
      <Card size="small" title={t('fundBank')}>
        <Empty description={t('fundNotAvailable')} />
      </Card>
    );
  }

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24}>
        <Card size="small" title={t('fundBankUpload')}>
          <Typography.Paragraph type="secondary">{t('fundBankUploadHint')}</Typography.Paragraph>
          <Upload
            accept=".xlsx,.csv,.txt"
            showUploadList={false}
            beforeUpload={(file) => {
              void onUpload(file);
              return false;
            }}
          >
            <Button type="primary" loading={uploading}>
              {t('fundBankChoose')}
            </Button>
          </Upload>
          {uploading && <JobProgress job={job} />}
          {result && (
            <Alert
              style={{ marginTop: 12 }}
              type="success"
              showIcon
              title={[
                `${t('fundBankImported')} ${result.imported}`,
                `${t('fundBankStatus_matched')} ${result.matched}`,
                `${t('fundBankStatus_unmatched')} ${result.unmatched}`,
                `${t('fundBankSkipped')} ${result.skipped}`,
              ].join(' · ')}
              description={
                result.receipts.length > 0 || result.ignored.length > 0 ? (
                  <Flex vertical>
                    {result.receipts.length > 0 && (
                      <span>
                        {t('fundBankReceiptsMade')}: {result.receipts.map((r) => r.receiptNo).join(', ')}
                      </span>
                    )}
                    {result.ignored.map((n) => (
                      <span key={n.row}>
                        {t('fundBankRowLine')} {n.row}: {n.reason}
                      </span>
                    ))}
                  </Flex>
                ) : undefined
              }
            />
          )}
          {uploadError && (
            <Alert
              style={{ marginTop: 12 }}
              type="error"
              showIcon
              title={uploadError.message}
              description={
                uploadError.fields.length > 0 ? (
                  <Flex vertical>
                    {uploadError.fields.slice(0, 20).map(([k, m]) => (
                      <span key={k}>
                        {fieldLabel(k)}: {m}
                      </span>
                    ))}
                  </Flex>
                ) : undefined
              }
            />
          )}
        </Card>
      </Col>
      <Col xs={24}>
        <Card
          size="small"
          title={t('fundBankRows')}
          extra={
            <BusyButton size="small" onClick={exportRows} disabled={list.length === 0}>
              {t('fundExport')}
            </BusyButton>
          }
        >
          <div style={{ marginBottom: 12 }}>
            {narrow ? (
              <Select<BankRowStatus | 'all'>
                value={status}
                onChange={setStatus}
                options={statusOptions}
                style={{ width: '100%' }}
              />
            ) : (
              <Segmented<BankRowStatus | 'all'> value={status} onChange={setStatus} options={statusOptions} />
            )}
          </div>
          <Table<BankRow>
            rowKey="id"
            size="small"
            loading={rows.isLoading}
            dataSource={list}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            scroll={narrow ? undefined : { x: 'max-content' }}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('fundBankEmpty')} /> }}
            columns={[
              {
                title: t('fundBankRows'),
                key: 'txn',
                render: (_, r) => (
                  <div style={{ maxWidth: 520, whiteSpace: 'normal', wordBreak: 'break-word' }}>
                    <Flex wrap gap={8} justify="space-between">
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {formatDateVi(r.date)} · {r.txnId}
                      </Typography.Text>
                      <b style={{ whiteSpace: 'nowrap' }}>{formatMoney(r.amount)}</b>
                    </Flex>
                    <div>{r.description}</div>
                    {r.payerName && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {r.payerName}
                      </Typography.Text>
                    )}
                  </div>
                ),
              },
              {
                title: t('status'),
                key: 'status',
                render: (_, r) => (
                  <Flex vertical gap={2} align="start">
                    <BankStatusTag status={r.status} />
                    {(r.driveCode ?? driveCode(r.driveId)) && (
                      <Typography.Text style={{ fontSize: 12 }}>{r.driveCode ?? driveCode(r.driveId)}</Typography.Text>
                    )}
                    {r.receiptNo && (
                      <Typography.Text style={{ fontSize: 12, whiteSpace: 'nowrap' }} delete={r.receiptVoided}>
                        {r.receiptNo}
                      </Typography.Text>
                    )}
                    {r.ignoreReason && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {r.ignoreReason}
                      </Typography.Text>
                    )}
                    {r.can.assign && (
                      <Button size="small" type="primary" ghost onClick={() => setAssigning(r)}>
                        {t('fundBankAssign')}
                      </Button>
                    )}
                  </Flex>
                ),
              },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24}>
        <FundReconciliation fund={fund} />
      </Col>
      <AssignModal row={assigning} drives={drives} onClose={() => setAssigning(null)} />
    </Row>
  );
}

type AssignValues = { mode: 'drive' | 'ignore'; driveId?: string; donorName?: string; reason?: string };
const GENERAL = '__general__';

function AssignModal({ row, drives, onClose }: { row: BankRow | null; drives: Drive[]; onClose: () => void }) {
  return row ? <OpenAssignModal row={row} drives={drives} onClose={onClose} /> : null;
}

function OpenAssignModal({ row, drives, onClose }: { row: BankRow; drives: Drive[]; onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [form] = Form.useForm<AssignValues>();
  const mode = Form.useWatch('mode', form);

  return (
    <FormModal
      title={t('fundBankAssignTitle')}
      intro={
        <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
          <Descriptions.Item label={t('fundDate')}>{formatDateVi(row.date)}</Descriptions.Item>
          <Descriptions.Item label={t('fundAmount')}>{formatMoney(row.amount)}</Descriptions.Item>
          <Descriptions.Item label={t('fundBankDescription')}>{row.description}</Descriptions.Item>
          {row.payerName && <Descriptions.Item label={t('fundBankPayer')}>{row.payerName}</Descriptions.Item>}
        </Descriptions>
      }
      form={form}
      name="bank-assign"
      initialValues={{ mode: 'drive', donorName: row.payerName ?? '' }}
      onClose={onClose}
      onSubmit={async (v) => {
        const res = await assignBankRow(
          row.id,
          v.mode === 'ignore'
            ? { ignore: true, reason: (v.reason ?? '').trim() }
            : {
                driveId: v.driveId === GENERAL || !v.driveId ? null : v.driveId,
                ...(v.donorName?.trim() ? { donorName: v.donorName.trim() } : {}),
              },
        );
        if (res.receipt) rememberReceipt(qc, res.receipt);
        return res;
      }}
      successMessage={(res) => (res.receipt ? `${t('fundReceiptSaved')} ${res.receipt.receiptNo}` : t('saved'))}
      refresh={() => void invalidateMoney(qc)}
      onSaved={onClose}
    >
      <Form.Item name="mode">
        <Radio.Group
          options={[
            { value: 'drive', label: t('fundBankAssignDrive') },
            { value: 'ignore', label: t('fundBankIgnore') },
          ]}
        />
      </Form.Item>
      {mode !== 'ignore' ? (
        <>
          <Form.Item name="driveId" label={t('fundDrive')} rules={[{ required: true, message: t('required') }]}>
            <Select
              options={[
                { value: GENERAL, label: t('fundBankGeneral') },
                ...drives.map((d) => ({ value: d.id, label: `${d.code} – ${d.name}` })),
              ]}
            />
          </Form.Item>
          <Form.Item name="donorName" label={t('fundDonorName')} extra={t('fundBankDonorHint')}>
            <Input maxLength={200} />
          </Form.Item>
        </>
      ) : (
        <Form.Item
          name="reason"
          label={t('fundBankIgnoreReason')}
          rules={[{ required: true, whitespace: true, min: 3, message: t('fundVoidReasonRule') }]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      )}
    </FormModal>
  );
}

/** The bank against the book for a period. */
function FundReconciliation({ fund }: { fund: Fund }) {
  const { t } = useI18n();
  const { period, from, to, setPeriod, pending, offer, shown, goYear } = useFundPeriod(fund.id, 'bankYear');
  const rec = useQuery({
    queryKey: fundKeys.reconciliation(fund.id, from, to),
    enabled: !pending,
    queryFn: () => fetchReconciliation(fund.id, from, to),
  });
  const r = rec.data;
  const nothing = r && r.bankTotal === 0 && r.receiptsByTransferTotal === 0;
  return (
    <Card size="small" title={t('fundReconciliation')} loading={rec.isLoading || pending}>
      <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
        <Typography.Text>{t('fundPeriod')}:</Typography.Text>
        <DatePicker.RangePicker
          format={DATE_FORMATS}
          value={period}
          allowClear={false}
          onChange={(v) => {
            if (v?.[0] && v[1]) setPeriod([v[0], v[1]]);
          }}
          style={{ maxWidth: 280 }}
        />
      </Flex>
      {nothing && offer && (
        <div style={{ marginBottom: 12 }}>
          <NoDataInPeriod alert shown={shown} offer={offer} onGo={goYear} />
        </div>
      )}
      {!r ? (
        <Empty description={t('fundNotAvailable')} />
      ) : (
        <Row gutter={[12, 12]}>
          {[
            { label: t('fundRecBank'), value: r.bankTotal },
            { label: t('fundRecReceipts'), value: r.receiptsByTransferTotal },
            { label: t('fundRecDifference'), value: r.difference, strong: true },
            { label: t('fundBankStatus_unmatched'), value: r.explained.unmatched },
            { label: t('fundBankStatus_ignored'), value: r.explained.ignored },
            { label: t('fundRecVoided'), value: r.explained.voidedReceipts },
            { label: t('fundRecWithoutRow'), value: r.explained.receiptsWithoutBankRow },
          ].map((x) => (
            <Col key={x.label} xs={12} md={6}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {x.label}
              </Typography.Text>
              <div>
                <Typography.Text strong={x.strong} type={x.strong ? (x.value === 0 ? 'success' : 'danger') : undefined}>
                  {formatMoney(x.value)}
                </Typography.Text>
              </div>
            </Col>
          ))}
          {r.receiptsWithoutBankRow.length > 0 && (
            <Col xs={24}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('fundRecWithoutRow')}:{' '}
                {r.receiptsWithoutBankRow.map((x) => `${x.receiptNo} (${formatInteger(x.amount)})`).join(', ')}
              </Typography.Text>
            </Col>
          )}
        </Row>
      )}
    </Card>
  );
}
