import { useQuery } from '@tanstack/react-query';
import { Card, Col, DatePicker, Empty, Flex, Grid, Row, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { formatDateVi } from '../../../../lib/dates';
import { formatInteger, formatMoney } from '../../../../lib/numbers';
import { exportXlsx } from '../../../lib/export-xlsx';
import { useI18n } from '../../../i18n';
import type { BookLine, Fund } from '../shared';
import { BookKindTag, BookLineNo, bookKindKey } from './PayoutForms';
import { DATE_FORMATS, today } from '../../../lib/dates';
import { NoDataInPeriod } from '../../../lib/latest-year';
import { type Period, useFundPeriod } from './fund-period';
import { fileSafe } from '../../../lib/downloads';
import { fundKeys, fetchFundBook } from '../api';
import { BusyButton } from '../../../lib/file-buttons';

/** dd.mm.yyyy: a date that can sit in a file name. */
const dotted = (iso: string) => formatDateVi(iso).replaceAll('/', '.');

/** Period presets of a fund book: this year, last year, the halves, everything. */
function usePresets(): { label: string; value: Period }[] {
  const { t } = useI18n();
  const now = today();
  const y = now.year();
  const jan1 = (year: number) => dayjs(`${year}-01-01`);
  return [
    { label: t('fundPeriodThisYear'), value: [jan1(y), now] },
    { label: t('fundPeriodFirstHalf'), value: [jan1(y), dayjs(`${y}-06-30`)] },
    { label: t('fundPeriodLastYear'), value: [jan1(y - 1), dayjs(`${y - 1}-12-31`)] },
    { label: t('fundPeriodAll'), value: [dayjs('2000-01-01'), now] },
  ];
}

/**
 * Sổ quỹ: opening balance, every receipt, payout and transfer of the period with the running balance, closing balance.
 */
export function FundBook({ fund }: { fund: Fund }) {
  const { t } = useI18n();
  const presets = usePresets();
  const narrow = !Grid.useBreakpoint().md;
  const { period, from, to, setPeriod, pending, offer, shown, goYear } = useFundPeriod(fund.id, 'year');
  const book = useQuery({
    queryKey: fundKeys.book(fund.id, from, to),
    enabled: !pending,
    queryFn: () => fetchFundBook(fund.id, from, to),
  });
  const data = book.data;

  type Row = BookLine & { key: string };
  const rows: Row[] = (data?.lines ?? []).map((l, i) => ({ ...l, key: String(i) }));

  const exportBook = () => {
    if (!data) return;
    const opening: BookLine = {
      date: data.from,
      kind: 'receipt',
      number: null,
      description: t('fundBookOpening'),
      income: 0,
      expense: 0,
      balance: data.opening,
    };
    const closing: BookLine = {
      date: data.to,
      kind: 'receipt',
      number: null,
      description: t('fundBookClosing'),
      income: data.totals.income,
      expense: data.totals.expense,
      balance: data.closing,
    };
    const isEdge = (l: BookLine) => l === opening || l === closing;
    return exportXlsx(
      fileSafe([t('fundBook'), fund.name, `${dotted(data.from)}-${dotted(data.to)}`].join(' - ')),
      t('fundBook'),
      [
        { header: t('fundDate'), value: (l: BookLine) => formatDateVi(l.date), format: 'text' },
        { header: t('fundBookNumber'), value: (l) => l.number, width: 16 },
        { header: t('kind'), value: (l) => (isEdge(l) ? '' : t(bookKindKey(l.kind))), width: 20 },
        { header: t('fundBookDescription'), value: (l) => l.description, width: 70 },
        {
          header: t('fundBookIncome'),
          value: (l) => (l === opening ? null : l === closing ? l.income : l.income || null),
          format: 'money',
          width: 20,
        },
        {
          header: t('fundBookExpense'),
          value: (l) => (l === opening ? null : l === closing ? l.expense : l.expense || null),
          format: 'money',
          width: 20,
        },
        { header: t('fundBookBalance'), value: (l) => l.balance, format: 'money', width: 20 },
      ],
      [opening, ...data.lines, closing],
    );
  };

  const stat = (label: string, value: number | undefined, testId: string) => (
    <Col xs={12} md={6}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {label}
      </Typography.Text>
      <div style={{ fontWeight: 600 }} data-testid={testId}>
        {value === undefined ? '—' : formatMoney(value)}
      </div>
    </Col>
  );

  return (
    <Card
      size="small"
      title={t('fundBook')}
      extra={
        <BusyButton size="small" onClick={exportBook} disabled={!data}>
          {t('fundExport')}
        </BusyButton>
      }
    >
      <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
        <Typography.Text>{t('fundPeriod')}:</Typography.Text>
        <DatePicker.RangePicker
          format={DATE_FORMATS}
          value={period}
          allowClear={false}
          presets={presets}
          onChange={(v) => {
            if (v?.[0] && v[1]) setPeriod([v[0], v[1]]);
          }}
          style={{ maxWidth: 280 }}
        />
      </Flex>
      {data === null ? (
        <Empty description={t('fundNotAvailable')} />
      ) : (
        <>
          <Row gutter={[8, 8]} style={{ marginBottom: 12 }}>
            {stat(t('fundBookOpening'), data?.opening, 'book-opening')}
            {stat(t('fundBookIncomeTotal'), data?.totals.income, 'book-income')}
            {stat(t('fundBookExpenseTotal'), data?.totals.expense, 'book-expense')}
            {stat(t('fundBookClosing'), data?.closing, 'book-closing')}
          </Row>
          <Table<Row>
            size="small"
            loading={book.isLoading || pending}
            dataSource={rows}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            scroll={narrow ? undefined : { x: 'max-content' }}
            locale={{
              emptyText: offer ? (
                <NoDataInPeriod shown={shown} offer={offer} onGo={goYear} />
              ) : (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('fundBookEmpty')} />
              ),
            }}
            columns={
              narrow
                ? [
                    {
                      title: t('fundBookNumber'),
                      key: 'no',
                      width: 104,
                      render: (_, l) => <BookLineNo line={l} />,
                    },
                    {
                      title: t('fundBookDescription'),
                      key: 'desc',
                      render: (_, l) => (
                        <div style={{ whiteSpace: 'normal', wordBreak: 'break-word' }}>
                          {l.description}
                          <Flex wrap gap={8} justify="space-between" style={{ marginTop: 2 }}>
                            {l.income > 0 && (
                              <Typography.Text type="success">+{formatInteger(l.income)}</Typography.Text>
                            )}
                            {l.expense > 0 && (
                              <Typography.Text type="danger">−{formatInteger(l.expense)}</Typography.Text>
                            )}
                            <Typography.Text style={{ whiteSpace: 'nowrap' }}>
                              {t('fundBookBalance')}: <b>{formatInteger(l.balance)}</b>
                            </Typography.Text>
                          </Flex>
                        </div>
                      ),
                    },
                  ]
                : [
                    { title: t('fundDate'), key: 'date', render: (_, l) => formatDateVi(l.date) },
                    {
                      title: t('fundBookNumber'),
                      key: 'no',
                      render: (_, l) => (
                        <Flex vertical gap={2} align="start">
                          <span style={{ whiteSpace: 'nowrap' }}>{l.number ?? ''}</span>
                          <BookKindTag kind={l.kind} />
                        </Flex>
                      ),
                    },
                    {
                      title: t('fundBookDescription'),
                      key: 'desc',
                      render: (_, l) => (
                        <div style={{ minWidth: 200, maxWidth: 480, whiteSpace: 'normal' }}>{l.description}</div>
                      ),
                    },
                    {
                      title: t('fundBookIncome'),
                      key: 'in',
                      align: 'right',
                      render: (_, l) => (l.income ? formatInteger(l.income) : ''),
                    },
                    {
                      title: t('fundBookExpense'),
                      key: 'out',
                      align: 'right',
                      render: (_, l) => (l.expense ? formatInteger(l.expense) : ''),
                    },
                    {
                      title: t('fundBookBalance'),
                      key: 'bal',
                      align: 'right',
                      render: (_, l) => <b>{formatInteger(l.balance)}</b>,
                    },
                  ]
            }
            summary={() =>
              data && !narrow ? (
                <Table.Summary>
                  <Table.Summary.Row>
                    <Table.Summary.Cell index={0} colSpan={3}>
                      <b>{t('fundBookTotals')}</b>
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={3} align="right">
                      <b>{formatInteger(data.totals.income)}</b>
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={4} align="right">
                      <b>{formatInteger(data.totals.expense)}</b>
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={5} align="right">
                      <b>{formatInteger(data.closing)}</b>
                    </Table.Summary.Cell>
                  </Table.Summary.Row>
                </Table.Summary>
              ) : null
            }
          />
        </>
      )}
    </Card>
  );
}
