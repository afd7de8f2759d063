import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Typography } from 'antd';
import { formatMoney } from '../../../../lib/numbers';
import { useI18n, type Key } from '../../../i18n';
import type { Balance } from '../shared';
import { fundKeys, fetchBalance } from '../api';

const PARTS: { key: keyof Balance; label: Key; color?: string }[] = [
  { key: 'received', label: 'fundReceived', color: '#237804' },
  { key: 'disbursed', label: 'fundDisbursed', color: '#a8071a' },
  { key: 'transferredOut', label: 'fundTransferredOut' },
  { key: 'transferredIn', label: 'fundTransferredIn' },
];

/** The fund's balance and its parts, all computed by the server from the ledger. */
export function FundBalanceCards({ fundId }: { fundId: string }) {
  const { t } = useI18n();
  const balance = useQuery({
    queryKey: fundKeys.balance(fundId),
    queryFn: () => fetchBalance(fundId),
  });
  const b = balance.data;
  const card = (label: Key, value: number | undefined, color?: string, big = false) => (
    <Card
      size="small"
      loading={balance.isLoading}
      styles={{ body: { padding: '8px 12px' } }}
      style={{ height: '100%', ...(big ? { borderColor: '#b71c1c' } : {}) }}
    >
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {t(label)}
      </Typography.Text>
      <div
        data-testid={`fund-balance-${label}`}
        style={{ fontSize: big ? 20 : 16, fontWeight: 600, color: color ?? (big ? '#b71c1c' : undefined) }}
      >
        {value === undefined ? '—' : formatMoney(value)}
      </div>
    </Card>
  );
  return (
    <Row gutter={[8, 8]}>
      {PARTS.map((p) => (
        <Col key={p.key} xs={12} md={12} xl={4}>
          {card(p.label, b?.[p.key], p.color)}
        </Col>
      ))}
      <Col xs={24} md={24} xl={8}>
        {card('fundBalance', b?.balance, undefined, true)}
      </Col>
    </Row>
  );
}
