import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, DatePicker, Empty, Flex, Select, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { formatDateVi } from '../../../../lib/dates';
import { formatInteger, formatMoney } from '../../../../lib/numbers';
import { useI18n } from '../../../i18n';
import { DATE_FORMATS } from '../../../lib/dates';
import { ResponsiveTable } from '../../../lib/responsive-table';
import { bankKeys, fetchBankRowsPage, type BankRowsFilter, type FundAccount } from '../bank-api';
import {
  BANK_ROW_STATUSES,
  bankStatusKey,
  BankStatusTag,
  type BankRow,
  type BankRowStatus,
  type Drive,
  type Fund,
} from '../shared';
import { AssignModal } from './BankAssignModal';
import { fill } from './bank-text';

type Props = {
  fund: Fund;
  drives: Drive[];
  accounts: FundAccount[];
  filter: BankRowsFilter;
  onFilter: (f: BankRowsFilter) => void;
};

/**
 * The fund's bank rows, a page at a time from the server (keyset: each page's `nextCursor`, the cursors of the pages
 * before kept here to go back), with the count and amount of the whole filter on top.
 */
export function BankRowsList({ fund, drives, accounts, filter, onFilter }: Props) {
  const { t } = useI18n();
  // cursors[i] opens page i + 1; the first page has none.
  const [cursors, setCursors] = useState<string[]>([]);
  const [assigning, setAssigning] = useState<BankRow | null>(null);
  const cursor = cursors.at(-1);
  const page = useQuery({
    queryKey: bankKeys.rowsPage(fund.id, filter, cursor),
    queryFn: () => fetchBankRowsPage(fund.id, filter, cursor),
    placeholderData: keepPreviousData,
  });
  const setFilter = (f: BankRowsFilter) => {
    setCursors([]);
    onFilter(f);
  };
  const driveCode = (r: BankRow) => r.driveCode ?? drives.find((d) => d.id === r.driveId)?.code ?? null;
  const accountNo = (id: string) => accounts.find((a) => a.id === id)?.accountNo ?? '';
  const total = page.data?.total;

  return (
    <Card size="small" title={t('fundBankRows')} data-testid="bank-rows">
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <Select<BankRowStatus | ''>
          aria-label={t('status')}
          value={filter.status ?? ''}
          onChange={(s) => setFilter({ ...filter, status: s || undefined })}
          options={[
            { value: '', label: t('all') },
            ...BANK_ROW_STATUSES.map((s) => ({ value: s, label: t(bankStatusKey(s)) })),
          ]}
          style={{ minWidth: 140 }}
        />
        {accounts.length > 1 && (
          <Select<string>
            aria-label={t('fundImpAccount')}
            value={filter.accountId ?? ''}
            onChange={(a) => setFilter({ ...filter, accountId: a || undefined })}
            options={[
              { value: '', label: t('fundRowsFilterAll') },
              ...accounts.map((a) => ({ value: a.id, label: `${a.bankName} – ${a.accountNo}` })),
            ]}
            style={{ minWidth: 200 }}
          />
        )}
        <DatePicker.RangePicker
          format={DATE_FORMATS}
          value={filter.from && filter.to ? [dayjs(filter.from), dayjs(filter.to)] : null}
          onChange={(v) =>
            setFilter({ ...filter, from: v?.[0]?.format('YYYY-MM-DD'), to: v?.[1]?.format('YYYY-MM-DD') })
          }
          style={{ maxWidth: 280 }}
        />
        {filter.statementId && (
          <Tag
            closable
            onClose={() => setFilter({ ...filter, statementId: undefined })}
            style={{ alignSelf: 'center' }}
          >
            {t('fundRowsStatement')}
          </Tag>
        )}
      </Flex>
      {total && (
        <Typography.Paragraph strong data-testid="bank-rows-total">
          {fill(t('fundRowsTotal'), { count: formatInteger(total.count), amount: formatMoney(total.amount) })}
        </Typography.Paragraph>
      )}
      <ResponsiveTable<BankRow>
        rowKey="id"
        size="small"
        loading={page.isFetching}
        dataSource={page.data?.items ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('fundBankEmpty')} /> }}
        columns={[
          {
            title: t('fundBankDescription'),
            key: 'txn',
            card: 'title',
            render: (_, r) => (
              <div style={{ maxWidth: 520, minWidth: 220, whiteSpace: 'normal', wordBreak: 'break-word' }}>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateVi(r.date)} · {r.txnId}
                  {accounts.length > 1 && ` · ${accountNo(r.accountId)}`}
                </Typography.Text>
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
            title: t('fundAmount'),
            key: 'amount',
            align: 'right',
            render: (_, r) => <b style={{ whiteSpace: 'nowrap' }}>{formatMoney(r.amount)}</b>,
          },
          {
            title: t('status'),
            key: 'status',
            render: (_, r) => (
              <Flex vertical gap={2} align="start">
                <BankStatusTag status={r.status} />
                {driveCode(r) && <Typography.Text style={{ fontSize: 12 }}>{driveCode(r)}</Typography.Text>}
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
              </Flex>
            ),
          },
          {
            title: '',
            key: 'actions',
            render: (_, r) =>
              r.can.assign ? (
                <Button size="small" type="primary" ghost onClick={() => setAssigning(r)}>
                  {t('fundBankAssign')}
                </Button>
              ) : null,
          },
        ]}
      />
      <Flex gap={8} justify="end" align="center" style={{ marginTop: 12 }}>
        <Typography.Text type="secondary">{fill(t('fundRowsPage'), { n: cursors.length + 1 })}</Typography.Text>
        <Button disabled={cursors.length === 0} onClick={() => setCursors((c) => c.slice(0, -1))}>
          {t('fundRowsPrev')}
        </Button>
        <Button
          disabled={!page.data?.nextCursor || page.isPlaceholderData}
          onClick={() => {
            const next = page.data?.nextCursor;
            if (next) setCursors((c) => [...c, next]);
          }}
        >
          {t('fundRowsNext')}
        </Button>
      </Flex>
      <AssignModal row={assigning} drives={drives} onClose={() => setAssigning(null)} />
    </Card>
  );
}
