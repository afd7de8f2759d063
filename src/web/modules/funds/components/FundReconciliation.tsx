import { useQuery } from '@tanstack/react-query';
import { Card, Col, DatePicker, Empty, Flex, Row, Typography } from 'antd';
import { formatInteger, formatMoney } from '../../../../lib/numbers';
import { useI18n } from '../../../i18n';
import { DATE_FORMATS } from '../../../lib/dates';
import { NoDataInPeriod } from '../../../lib/latest-year';
import { fetchReconciliation, fundKeys } from '../api';
import type { Fund } from '../shared';
import { useFundPeriod } from './fund-period';

/** The bank against the book for a period. */
export function FundReconciliation({ fund }: { fund: Fund }) {
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
