import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Empty, Row, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../i18n';
import { bankKeys, fetchAccounts, type BankRowsFilter } from '../bank-api';
import type { Drive, Fund } from '../shared';
import { BankRowsList } from './BankRowsList';
import { FundAccounts } from './FundAccounts';
import { FundReconciliation } from './FundReconciliation';
import { Reattribution } from './Reattribution';
import { StatementImportModal } from './StatementImportModal';

type Props = { fund: Fund; drives: Drive[] };

/**
 * The bank tab: the fund's accounts, statements imported for one of them (every credit counted at import), the
 * imported rows a page at a time, re-attribution to drives by rules, and the bank against the book.
 */
export function BankStatements({ fund, drives }: Props) {
  const { t } = useI18n();
  const [importing, setImporting] = useState(false);
  const [filter, setFilter] = useState<BankRowsFilter>({});
  const accounts = useQuery({ queryKey: bankKeys.accounts(fund.id), queryFn: () => fetchAccounts(fund.id) });
  const list = accounts.data ?? [];
  const canImport = list.some((a) => a.can.importStatement);

  if (accounts.isError) {
    return (
      <Card size="small" title={t('fundBank')}>
        <Empty description={t('fundNotAvailable')} />
      </Card>
    );
  }

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24}>
        <FundAccounts fund={fund} drives={drives} />
      </Col>
      <Col xs={24}>
        <Card size="small" title={t('fundBankUpload')}>
          <Typography.Paragraph type="secondary">{t('fundBankUploadHint')}</Typography.Paragraph>
          <Button type="primary" disabled={!canImport} onClick={() => setImporting(true)}>
            {t('fundImpOpen')}
          </Button>
        </Card>
      </Col>
      <Col xs={24}>
        <BankRowsList fund={fund} drives={drives} accounts={list} filter={filter} onFilter={setFilter} />
      </Col>
      {fund.can.manage && drives.length > 0 && (
        <Col xs={24}>
          <Reattribution fund={fund} drives={drives} />
        </Col>
      )}
      <Col xs={24}>
        <FundReconciliation fund={fund} />
      </Col>
      <StatementImportModal
        open={importing}
        accounts={list}
        drives={drives}
        onClose={() => setImporting(false)}
        onShowRows={(statementId) => setFilter({ statementId })}
      />
    </Row>
  );
}
