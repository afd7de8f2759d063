import { Button, Card, Col, Flex, Row, Typography } from 'antd';
import { formatDateVi } from '../../../../lib/dates';
import { formatInteger, formatMoney } from '../../../../lib/numbers';
import { type Key, useI18n } from '../../../i18n';
import { fileSafe } from '../../../lib/downloads';
import { exportXlsx } from '../../../lib/export-xlsx';
import { BusyButton } from '../../../lib/file-buttons';
import { ResponsiveTable, useNarrowScreen } from '../../../lib/responsive-table';
import type { StatementImport } from '../bank-api';
import { fill } from './bank-text';

type ErrorRow = StatementImport['errors'][number];
type DuplicateRow = StatementImport['duplicateRows'][number];

const FIELD_KEYS: Record<string, Key> = {
  date: 'fundImpField_date',
  amount: 'fundImpField_amount',
  txnId: 'fundImpField_txnId',
};

/**
 * What an import did, adding up to the file: rows = stored + duplicates + errors, in count and in money; then the
 * duplicates (each with the row it repeats) and the errors (row, column, reason), paged, the errors downloadable.
 */
export function StatementSummary({ result, onShowRows }: { result: StatementImport; onShowRows?: () => void }) {
  const { t } = useI18n();
  const narrow = useNarrowScreen();
  const field = (f: string) => (FIELD_KEYS[f] ? t(FIELD_KEYS[f]) : f);
  const lines = [
    { key: 'stored', label: t('fundImpStored'), count: result.stored, amount: result.storedAmount },
    { key: 'dup', label: t('fundImpDuplicates'), count: result.duplicates, amount: result.duplicateAmount },
    { key: 'err', label: t('fundImpErrors'), count: result.errors.length, amount: result.errorAmount },
    { key: 'total', label: t('fundImpTotal'), count: result.rows, amount: result.amount, strong: true },
  ];
  const downloadErrors = () =>
    exportXlsx(
      fileSafe(`${t('fundImpErrors')} - ${result.fileName}`),
      t('fundImpErrors'),
      [
        { header: t('fundBankRowLine'), value: (e: ErrorRow) => e.row, format: 'integer', width: 8 },
        { header: t('fundImpField'), value: (e) => field(e.field), width: 16 },
        { header: t('fundImpReason'), value: (e) => e.message, width: 60 },
        { header: t('fundImpAmount'), value: (e) => e.amount, format: 'money', width: 20 },
      ],
      result.errors,
    );

  return (
    <Flex vertical gap={12} data-testid="statement-summary">
      <Typography.Text strong>{fill(t('fundImpDone'), { file: result.fileName })}</Typography.Text>
      <Row gutter={[8, 8]}>
        {lines.map((l) => (
          <Col key={l.key} xs={12} md={6}>
            <Card size="small" data-testid={`summary-${l.key}`}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {l.label}
              </Typography.Text>
              <div style={{ fontSize: 18, fontWeight: l.strong ? 700 : 500 }}>{formatInteger(l.count)}</div>
              <Typography.Text style={{ fontSize: 13 }}>{formatMoney(l.amount)}</Typography.Text>
            </Card>
          </Col>
        ))}
      </Row>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {fill(t('fundImpAttributed'), {
          code: formatInteger(result.attributed.byCode),
          default: formatInteger(result.attributed.byDefault),
          fund: formatInteger(result.attributed.toFund),
        })}
        {result.firstReceiptNo &&
          ` · ${fill(t('fundImpReceipts'), { first: result.firstReceiptNo, last: result.lastReceiptNo ?? '' })}`}
      </Typography.Text>
      {result.ignored.length > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 13 }} data-testid="summary-ignored">
          {fill(t('fundImpIgnored'), { n: formatInteger(result.ignored.length) })}
        </Typography.Text>
      )}
      {onShowRows && result.stored > 0 && (
        <div>
          <Button size="small" onClick={onShowRows}>
            {t('fundImpShowRows')}
          </Button>
        </div>
      )}
      {result.duplicateRows.length > 0 && (
        <div>
          <Typography.Title level={5}>
            {fill(t('fundImpDupTitle'), { n: formatInteger(result.duplicateRows.length) })}
          </Typography.Title>
          <ResponsiveTable<DuplicateRow>
            size="small"
            rowKey="row"
            dataSource={result.duplicateRows}
            pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
            scroll={{ x: 'max-content' }}
            columns={[
              {
                title: t('fundBankRowLine'),
                key: 'row',
                width: 64,
                card: 'title',
                render: (_, r) => (narrow ? `${t('fundBankRowLine')} ${r.row}` : r.row),
              },
              { title: t('fundDate'), key: 'date', render: (_, d) => formatDateVi(d.date) },
              { title: t('fundBankTxn'), dataIndex: 'txnId' },
              { title: t('fundImpAmount'), key: 'amount', align: 'right', render: (_, d) => formatMoney(d.amount) },
              {
                title: t('fundImpDupOf'),
                key: 'of',
                render: (_, d) =>
                  fill(t('fundImpDupOfRow'), {
                    file: d.duplicateOf.fileName ?? '—',
                    row: d.duplicateOf.row === null ? '—' : d.duplicateOf.row,
                  }),
              },
            ]}
          />
        </div>
      )}
      {result.errors.length > 0 && (
        <div>
          <Flex wrap gap={8} justify="space-between" align="center">
            <Typography.Title level={5} style={{ margin: 0 }}>
              {fill(t('fundImpErrTitle'), { n: formatInteger(result.errors.length) })}
            </Typography.Title>
            <BusyButton size="small" onClick={downloadErrors}>
              {t('fundImpErrDownload')}
            </BusyButton>
          </Flex>
          <ResponsiveTable<ErrorRow>
            size="small"
            rowKey={(e) => `${e.row}-${e.field}`}
            dataSource={result.errors}
            pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
            style={{ marginTop: 8 }}
            columns={[
              {
                title: t('fundBankRowLine'),
                key: 'row',
                width: 64,
                card: 'title',
                render: (_, r) => (narrow ? `${t('fundBankRowLine')} ${r.row}` : r.row),
              },
              { title: t('fundImpField'), key: 'field', render: (_, e) => field(e.field) },
              { title: t('fundImpReason'), dataIndex: 'message' },
            ]}
          />
        </div>
      )}
    </Flex>
  );
}
